// Leap, classic rendering (no ARIA; home-made modal; "Access Token" filled by script; Copy closes it).
import { LEAP_CLASSIC_EXAMPLE_TOKEN, leapClassicModalSites } from '../../sandbox/renderings/leap-classic-modal/index';
import { clickText, typeByLabel, visibleTexts, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const MASKED = /•{3,}[A-Za-z0-9]{4}/;

export const leapClassicModal: MarkupVariant = {
  id: 'leap-classic-modal',
  description: 'JobProgress without ARIA: clickable divs, a link styled as "Generate Token", a role-less fixed box over a dimmed backdrop whose "Access Token" input is filled by script and which closes itself right after "Copy to Clipboard"; masked token tails and an off-screen example token in the API docs.',
  sites: leapClassicModalSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → profile name → Settings → Developers → Generate Token; Copy to Clipboard closes the box',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'Jane Cooper');
        await clickText(page, 'Settings');
        await waitForText(page, 'Company Info');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
        const masked = await visibleTexts(page, MASKED);
        await clickText(page, 'Generate Token');
        await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
        await ctx.cardClick(page, 'Fill for me');
        await typeByLabel(page, 'Token Name', 'HeavySet Tech');
        await clickText(page, 'Generate');
        await waitForText(page, /copy your access token now/i);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-classic-modal-token');
        await clickText(page, 'Copy to Clipboard');
        await waitForTextGone(page, /copy your access token now/i);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, LEAP_CLASSIC_EXAMPLE_TOKEN] } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; closed with ×',
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
        await typeByLabel(page, 'Token Name', 'HeavySet Tech');
        await clickText(page, 'Generate');
        await waitForText(page, /copy your access token now/i);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await clickText(page, '×');
        await waitForTextGone(page, /copy your access token now/i);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!, LEAP_CLASSIC_EXAMPLE_TOKEN] } };
      },
    },
  ],
};
