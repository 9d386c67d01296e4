// Leap as a Vue 3 + Vuetify 3 app renders it: v-app layout, the avatar's v-menu teleported to
// .v-overlay-container, a v-data-table of masked tokens, a v-dialog "New API Token" (Token Name, a
// v-text-field with two labels), then the token once in a read-only v-text-field of a second v-dialog.
import { leapVuetifySites } from '../../sandbox/renderings/leap-vuetify/index';
import { clickText, sleep, typeByLabel, visibleTexts, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS } from './steps';
import type { Page } from 'puppeteer';
import type { MarkupVariant, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /won’t be shown again/;
const MASKED = /•{4}[0-9a-f]{4}/;
/** Vuetify's dialog-transition (0.2 s): the person reads the dialog once it has settled. */
const FADE_MS = 300;

/** The person clicks the copy icon beside the token (a button named only by its aria-label). Puppeteer's locator is
 *  not used: its wait for a stable box needs animation frames, which a tab in the background (the dry run walks
 *  three side by side) does not get. */
async function clickCopyIcon(page: Page): Promise<void> {
  await page.waitForSelector('button[aria-label="Copy"]', { visible: true, timeout: 10_000 });
  await page.click('button[aria-label="Copy"]');
}

/** Dashboard → the avatar's menu → Settings → Developers, as a person goes there. */
async function goToDevelopers(ctx: VariantWalkContext, page: Page): Promise<void> {
  await waitForText(page, 'Good morning, Jane. 3 appointments today.');
  await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
  await clickText(page, 'Jane Cooper');
  await clickText(page, 'Settings');
  await waitForText(page, 'Users & Roles');
  await clickText(page, 'Developers');
  await waitForText(page, 'QuickBooks sync');
}

/** On Developers: Generate Token, the "New API Token" dialog named (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, page: Page): Promise<string[]> {
  await waitForText(page, MASKED);
  const masked = await visibleTexts(page, MASKED);
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await clickText(page, 'Generate Token');
  await waitForText(page, 'Give the token a name');
  await sleep(FADE_MS);
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeByLabel(page, 'Token Name', 'HeavySet Tech');
  await clickText(page, 'Generate');
  await waitForText(page, ONCE);
  await sleep(FADE_MS);
  return masked;
}

export const leapVuetify: MarkupVariant = {
  id: 'leap-vuetify',
  description:
    'JobProgress as a Vue 3 + Vuetify 3 SPA renders it (reproduced): v-app layout with a v-navigation-drawer (temporary, hidden, under 1280 px), a v-app-bar whose avatar v-menu is teleported to .v-overlay-container at the end of <body> (div list items, role=option), Settings with a v-list of sections, a v-data-table of tokens with masked previews "••••1a2b" and an "Items per page" footer, Generate Token → v-dialog (role=dialog + aria-modal on the .v-overlay root, no name; scrim; 0.2 s fade/scale) "New API Token" with a v-text-field "Token Name" (floating label copy aria-hidden, label[for]; the DOM value re-written from the model on focus/blur) → v-dialog "Your new API token": the token once in a read-only v-text-field "Access Token" (value as a property), a copy icon button (aria-label "Copy" only) in append-inner, a v-snackbar "Token copied", Done empties the field and fades the dialog out.',
  sites: leapVuetifySites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → avatar v-menu (teleported) → Settings → Developers → Generate Token → New API Token dialog → token in a read-only v-text-field, Copy, Done',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await goToDevelopers(ctx, page);
        const masked = await generateNamedToken(ctx, page);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-vuetify-token');
        await clickCopyIcon(page);
        await waitForText(page, 'Token copied');
        await clickText(page, 'Done');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: masked } };
      },
    },
    {
      crm: 'leap',
      name: 'the same at 1024×640 on jobprogress.com (drawer hidden behind its menu icon), an earlier "HeavySet Tech" token listed; Done without copying',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/#/dashboard');
        await goToDevelopers(ctx, page);
        await waitForText(page, 'HeavySet Tech');
        const masked = await generateNamedToken(ctx, page);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-vuetify-token-1024');
        await clickText(page, 'Done');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!] } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (a bookmark), an earlier "HeavySet Tech" token listed; token copied, then Done',
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://www.jobprogress.com/app/#/settings/developers');
        await waitForText(page, 'HeavySet Tech');
        const masked = await generateNamedToken(ctx, page);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await clickCopyIcon(page);
        await waitForText(page, 'Token copied');
        await clickText(page, 'Done');
        await waitForTextGone(page, ONCE);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!] } };
      },
    },
  ],
};
