// Leap with rich ARIA: the token shown inline under "Generate Token" (grid of sibling divs).
import { LEAP_NEXT_SAMPLE_TOKEN, leapAriaInlineSites } from '../../sandbox/renderings/leap-aria-inline/index';
import { clickText, typeByLabel, visibleTexts, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const PREVIEW = /eyJ[\w-]+\.[\w-]+…/;
const SHOWN_ONCE = /shown only this once/i;

export const leapAriaInline: MarkupVariant = {
  id: 'leap-aria-inline',
  description: 'Leap with rich ARIA (menu button, landmarks, aria-current, a labelled native <dialog> for the name); the new token appears inline under the Generate button as "API Token" + value in sibling divs of a CSS grid; token cards with truncated previews; a visible aria-hidden sample request with a bearer token.',
  sites: leapAriaInlineSites,
  walks: [
    {
      crm: 'leap',
      name: 'home → profile menu → Settings → Developers (1024×640); token in an inline grid panel, copied, then Done',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/home');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'Jane Cooper');
        await clickText(page, 'Settings');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
        const previews = await visibleTexts(page, PREVIEW);
        await clickText(page, 'Generate Token');
        await waitForText(page, 'Name your new token');
        await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
        await ctx.cardClick(page, 'Fill for me');
        await typeByLabel(page, 'Token name', 'HeavySet Tech');
        await clickText(page, 'Generate');
        await waitForText(page, SHOWN_ONCE);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-aria-inline-token');
        await clickText(page, 'Copy to Clipboard');
        await clickText(page, 'Done');
        await waitForTextGone(page, SHOWN_ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...previews, LEAP_NEXT_SAMPLE_TOKEN] } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly with an earlier "HeavySet Tech" token; panel dismissed at once with Done',
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://www.jobprogress.com/app/#/company-settings/developers');
        await waitForText(page, 'HeavySet Tech');
        await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
        const previews = await visibleTexts(page, PREVIEW);
        await clickText(page, 'Generate Token');
        await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
        await ctx.cardClick(page, 'Fill for me');
        await typeByLabel(page, 'Token name', 'HeavySet Tech');
        await clickText(page, 'Generate');
        await waitForText(page, SHOWN_ONCE);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await clickText(page, 'Done');
        await waitForTextGone(page, SHOWN_ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...previews, earlier!, LEAP_NEXT_SAMPLE_TOKEN] } };
      },
    },
  ],
};
