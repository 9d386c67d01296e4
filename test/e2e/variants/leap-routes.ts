// Leap where the new API token is shown on a page of its own (its own URL), not in a dialog:
// `leap-routes-spa` (a plain-JS SPA: History API routes, the token page rendered after "Loading…")
// and `leap-routes-mpa` (server-rendered pages: a real form POST answered by a 303 to the token's
// page, whose HTML carries the token once). Later loads of the token's URL show it masked.
import { leapRoutesMpaSites, leapRoutesSpaSites } from '../../sandbox/renderings/leap-routes/index';
import { clickText, sleep, typeByLabel, visibleTexts, waitForText } from '../person';
import { LEAP_STEPS } from './steps';
import type { Page } from 'puppeteer';
import type { MarkupVariant, VariantWalk, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const MASKED = /•{4}[0-9a-f]{4}/;
/** After the token's words appear, the person reads the page a moment (as in the other walks). */
const READ_MS = 300;

interface Flavour {
  id: 'spa' | 'mpa';
  /** Words on the token's page once it shows the new token. */
  created: string | RegExp;
}

const SPA: Flavour = { id: 'spa', created: 'API token created' };
const MPA: Flavour = { id: 'mpa', created: /copy it now, it won't be shown again/ };

/** Dashboard → Settings (top nav) → Developers (left menu). */
async function dashboardToDevelopers(ctx: VariantWalkContext, page: Page): Promise<void> {
  await waitForText(page, 'Good morning, Jane. 3 appointments today.');
  await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
  await clickText(page, 'Settings');
  await waitForText(page, 'Company Profile');
  await clickText(page, 'Developers');
}

/** On Developers: the masked previews read, Generate Token, the New API Token page named, Generate; waits for the token's page. */
async function generateOnItsPage(ctx: VariantWalkContext, page: Page, flavour: Flavour): Promise<string[]> {
  await waitForText(page, 'QuickBooks sync');
  await waitForText(page, MASKED);
  const masked = await visibleTexts(page, MASKED);
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await clickText(page, 'Generate Token');
  await waitForText(page, 'New API Token');
  await waitForText(page, 'Token name');
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.shot(page, `leap-routes-${flavour.id}-name-${page.viewport()?.width ?? 0}`);
  await ctx.cardClick(page, 'Fill for me');
  await typeByLabel(page, 'Token name', 'HeavySet Tech');
  await clickText(page, 'Generate');
  await waitForText(page, flavour.created);
  await sleep(READ_MS);
  return masked;
}

function walks(flavour: Flavour): VariantWalk[] {
  const kind = flavour.id === 'spa' ? 'pushState to the token route, "Loading…", then the page' : 'form POST → 303 → the token page’s HTML';
  return [
    {
      crm: 'leap',
      name: `dashboard → Settings → Developers → Generate Token → New API Token page → ${kind} (token in a <code>), Copy, Back to tokens`,
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/dashboard');
        await dashboardToDevelopers(ctx, page);
        const masked = await generateOnItsPage(ctx, page, flavour);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, `leap-routes-${flavour.id}-token`);
        await clickText(page, 'Copy');
        await waitForText(page, 'Copied');
        await clickText(page, 'Back to tokens');
        await waitForText(page, 'Public API Tokens');
        await waitForText(page, 'HeavySet Tech');
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: masked } };
      },
    },
    {
      crm: 'leap',
      name: `1024×640 on jobprogress.com, Developers opened directly, an earlier "HeavySet Tech" token listed → ${kind} (token in a read-only input); the token's URL loaded again shows it masked`,
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/settings/developers');
        await waitForText(page, 'HeavySet Tech');
        const masked = await generateOnItsPage(ctx, page, flavour);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, `leap-routes-${flavour.id}-token-1024`);
        // Later, the same URL again (a reload): the token is masked now.
        await page.reload({ waitUntil: 'load' });
        await waitForText(page, 'shown in full only once');
        await waitForText(page, MASKED);
        await sleep(READ_MS);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, `leap-routes-${flavour.id}-token-again-1024`);
        const maskedAgain = await visibleTexts(page, MASKED);
        await clickText(page, 'Back to tokens');
        await waitForText(page, 'Public API Tokens');
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, ...maskedAgain, earlier!] } };
      },
    },
  ];
}

export const leapRoutesSpa: MarkupVariant = {
  id: 'leap-routes-spa',
  description:
    'JobProgress as a plain-JS SPA with History API routes (/app/dashboard, /app/settings, /app/settings/developers, /app/settings/developers/tokens/new, /app/settings/developers/tokens/<id>): a top nav (Dashboard / Jobs / Settings), Settings with a left menu, the token list as a <table> with masked previews "••••ab12", Generate Token a link to a full page "New API Token" (label[for] "Token name", Generate); Generate POSTs, pushState()s to the token’s route, which shows "Loading…" then (~0.55 s) "API token created", a shown-only-once warning, the token under "Token" (www: a <code> block; jobprogress.com: a read-only input), Copy and Back to tokens; any later visit of the route shows the token masked.',
  sites: leapRoutesSpaSites,
  walks: walks(SPA),
};

export const leapRoutesMpa: MarkupVariant = {
  id: 'leap-routes-mpa',
  description:
    'JobProgress as server-rendered pages (every view a full page load, plain links; the token list filled by a small script, masked previews "••••ab12"): Generate Token a link to a real <form method="post"> "New API Token" (label[for] "Token name", Generate); the form is POSTed and answered with a 303 to /app/settings/developers/tokens/<id>, whose HTML carries the token once in a flash "Your new API token — copy it now, it won\'t be shown again" (www: a <code>; jobprogress.com: an <input readonly> labelled "Token"), Copy and Back to tokens; later loads of that URL show it masked.',
  sites: leapRoutesMpaSites,
  walks: walks(MPA),
};
