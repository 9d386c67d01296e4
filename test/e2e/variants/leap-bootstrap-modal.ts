// Leap as Bootstrap 3 / ui-bootstrap render it: a uib modal, the token in a <pre>, Copy closes it.
import { LEAP_BS3_HIDDEN_TOKENS, leapBootstrapModalSites } from '../../sandbox/renderings/leap-bootstrap-modal/index';
import { clickText, typeByLabel, visibleTexts, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const MASKED = /\*{6,}[a-z0-9]{4}/;
const ONLY_TIME = /only time the API token is shown/i;

export const leapBootstrapModal: MarkupVariant = {
  id: 'leap-bootstrap-modal',
  description: 'JobProgress as AngularJS + ui-bootstrap + Bootstrap 3 render it (reproduced): navbar dropdown under the user name, list-group settings menu, striped token table with ****-masked tails, a uib modal (role=dialog, backdrop) with <label for> and <input type=submit>, the token in a <pre> under "Your new API token"; Copy to Clipboard closes the modal at once; a hidden session JWT and a hidden old token.',
  sites: leapBootstrapModalSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → user dropdown → Settings → Developers; token in a <pre>; Copy to Clipboard closes the modal',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'Jane Cooper');
        await clickText(page, 'Settings');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
        const masked = await visibleTexts(page, MASKED);
        await clickText(page, 'Generate Token');
        await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
        await ctx.cardClick(page, 'Fill for me');
        await typeByLabel(page, 'Name', 'HeavySet Tech');
        await clickText(page, 'Generate');
        await waitForText(page, ONLY_TIME);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-bootstrap-modal-token');
        await clickText(page, 'Copy to Clipboard');
        await waitForTextGone(page, ONLY_TIME);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, ...LEAP_BS3_HIDDEN_TOKENS] } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (1024×640) with an earlier "HeavySet Tech" row; modal closed with Close',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        await waitForText(page, 'HeavySet Tech');
        await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
        const masked = await visibleTexts(page, MASKED);
        await clickText(page, 'Generate Token');
        await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
        await ctx.cardClick(page, 'Fill for me');
        await typeByLabel(page, 'Name', 'HeavySet Tech');
        await clickText(page, 'Generate');
        await waitForText(page, ONLY_TIME);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await clickText(page, 'Close');
        await waitForTextGone(page, ONLY_TIME);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!, ...LEAP_BS3_HIDDEN_TOKENS] } };
      },
    },
  ],
};
