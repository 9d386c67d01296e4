// Leap as a React app built with shadcn/ui (Radix primitives, Tailwind, Sonner) renders it: History API
// routes under /app/, the avatar's Radix DropdownMenu (opens on pointerdown, portaled, only in the DOM
// while open), Settings with a sidebar of links, a DataTable of tokens with masked previews and a
// sample bearer token in a code block, Generate Token → a Radix Dialog (portaled, the rest of <body>
// aria-hidden and pointer-events:none, focus trapped, dismissed by a pointer-down outside while it asks
// for the name) whose content switches to the token: read-only type=password input, "Show token" eye,
// icon-only Copy (Sonner toast "Copied to clipboard"), Done / Escape.
import { leapShadcnSites } from '../../sandbox/renderings/leap-shadcn/index';
import { clickText, sleep, typeByLabel, visibleTexts, waitForText, waitForTextGone } from '../person';
import { press } from '../person-actions';
import { LEAP_STEPS } from './steps';
import type { Page } from 'puppeteer';
import type { MarkupVariant, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /won't be able to see this token again/;
const MASKED = /•{4}[0-9a-f]{4}/;
/** The sample bearer token in the page's "Using a token" code block. */
const SAMPLE_JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
/** Radix Dialog's enter animation (0.2 s): the person reads it once it has settled. */
const SETTLE_MS = 300;

/** What the Developers page shows that looks like a token but is not the new one. */
async function decoysOnPage(page: Page): Promise<string[]> {
  return [...(await visibleTexts(page, MASKED)), ...(await visibleTexts(page, SAMPLE_JWT))];
}

/** On Developers (tokens listed): Generate Token, the dialog's name (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, page: Page): Promise<void> {
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await clickText(page, 'Generate Token');
  await waitForText(page, 'Create a token for an application');
  await sleep(SETTLE_MS);
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeByLabel(page, 'Token name', 'HeavySet Tech');
  await clickText(page, 'Generate');
  await waitForText(page, ONCE);
  await sleep(SETTLE_MS);
}

export const leapShadcn: MarkupVariant = {
  id: 'leap-shadcn',
  description:
    'JobProgress as a React + shadcn/ui app renders it (reproduced): Tailwind class soup, History API routes (/app/settings/developers), the avatar’s Radix DropdownMenu (opens on pointerdown; div[data-radix-popper-content-wrapper] > role=menu portaled to <body> while open), Settings sidebar links, a DataTable (<table>, rows data-state) with masked previews "••••1a2b" and a sample bearer JWT in a code block, Generate Token → Radix Dialog (overlay + role=dialog aria-labelledby/aria-describedby portaled; the rest aria-hidden, body pointer-events:none, focus trapped, pointer-down outside closes it while naming) switching in place to the token: read-only type=password input with a "Show token" eye, icon-only Copy (sr-only "Copy"), Sonner toast; Done / Escape clear it.',
  sites: leapShadcnSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → avatar DropdownMenu (portaled) → Settings → Developers link → Generate Token dialog → token (password input): Show token, Copy, Done',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/');
        await waitForText(page, 'Good morning, Jane. 3 appointments today.');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'JC');
        await clickText(page, 'Settings');
        await waitForText(page, 'Manage your account settings and preferences.');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        const decoys = await decoysOnPage(page);
        await generateNamedToken(ctx, page);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-shadcn-token-password');
        // The person shows the token to check it, then copies it.
        await press(page, 'button', 'Show token');
        await sleep(200);
        await press(page, 'button', 'Copy');
        await waitForText(page, 'Copied to clipboard');
        await clickText(page, 'Done');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: decoys } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; token hidden in the password input, Copy, Escape',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/settings/developers');
        await waitForText(page, 'HeavySet Tech');
        const decoys = await decoysOnPage(page);
        await generateNamedToken(ctx, page);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-shadcn-token-1024');
        await press(page, 'button', 'Copy');
        await waitForText(page, 'Copied to clipboard');
        await page.keyboard.press('Escape');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...decoys, earlier!] } };
      },
    },
  ],
};
