// Leap as a Lit web-components app renders it (test/sandbox/renderings/leap-lit): everything in open
// shadow roots, nested four deep; the avatar's jp-dropdown → Settings → Developers (jp-nav-item) →
// Generate Token → jp-dialog "Token Name" (jp-input) → Generate → the token once in a read-only
// jp-input (value a property) → "Copy to Clipboard" closes the dialog (www), or the icon-only Copy
// in the input's suffix, then Done (jobprogress.com).
//
// The person finds things by the words on screen, as test/e2e/person.ts does, but person.ts cannot
// see into shadow roots (it lists `document.body.querySelectorAll('*')`, reads `innerText`, which
// leaves shadow content out, and checks a click with `document.elementFromPoint`, which answers the
// outermost host): on this page it sees no words at all. So the looking and clicking go through
// test/e2e/person-deep.ts, the same person through the shadow roots (visible words, their place on
// screen, a mouse click there; the assistant's card is not part of the page); typing goes through
// person-actions' `fillIfNeeded` (the accessibility tree, which does reach into shadow roots). When the
// card lies over what the person wants to click they minimise it, as person.ts has the matrix do, and
// the walk fails at its end with what it covered.
import type { Page } from 'puppeteer';
import { leapLitSites } from '../../sandbox/renderings/leap-lit/index';
import { press } from '../person-actions';
import { DeepPerson, gone, sees, shownTexts, sleep, typeInto } from '../person-deep';
import { LEAP_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /will not be shown again/;
const MASKED = /•{4}[0-9a-f]{4}/;
const TOKEN_NAME = 'HeavySet Tech';
/** The jp-dialog's 250 ms show animation: the person reads it once it has settled. */
const SETTLE_MS = 350;

/** On Developers: Generate Token, the dialog's Token Name (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, person: DeepPerson, page: Page): Promise<void> {
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await person.click(page, 'Generate Token');
  await sees(page, 'Give the token a name');
  await sleep(SETTLE_MS);
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeInto(page, 'Token Name', TOKEN_NAME);
  await person.click(page, 'Generate');
}

export const leapLit: MarkupVariant = {
  id: 'leap-lit',
  description:
    'JobProgress as a Lit web-components app (Shoelace-style kit, reproduced): the whole app in nested OPEN shadow roots (jp-app → jp-settings-view → jp-developers-panel → jp-dialog / jp-input / jp-table), Lit marker comments, adoptedStyleSheets, `part`s; the avatar’s jp-dropdown (trigger slot, panel hidden until opened) with jp-menu-item hosts role=menuitem; Settings side nav of jp-nav-items; tokens in a jp-table (its <table> in its own shadow root) with masked previews "••••1a2b"; Generate Token → jp-dialog (overlay + part=panel role=dialog aria-modal aria-labelledby in its shadow root, body and footer slotted, focus trapped) with a jp-input "Token Name" (label + input inside the shadow root; its value written back from the component on every render, as sl-input’s live() binding) → the token once in a read-only jp-input (value a property) with "Copy to Clipboard" closing the dialog (www) or an icon-only jp-copy-button in the suffix and Done (no www); toasts in a light-DOM stack.',
  sites: leapLitSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → avatar jp-dropdown → Settings → Developers (jp-nav-item) → Generate Token jp-dialog → token in a read-only jp-input in shadow roots, Copy to Clipboard closes it',
      async walk(ctx) {
        const person = new DeepPerson(ctx, 'leap-lit');
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await sees(page, 'Good morning, Jane. 3 appointments today.');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await person.click(page, 'Jane Cooper');
        await person.click(page, 'Settings');
        await sees(page, 'Company Profile');
        await person.click(page, 'Developers');
        await sees(page, 'QuickBooks sync');
        const masked = await shownTexts(page, MASKED);
        await generateNamedToken(ctx, person, page);
        await sees(page, ONCE);
        await sleep(SETTLE_MS);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-lit-token-clipboard');
        await person.click(page, 'Copy to Clipboard');
        await gone(page, ONCE);
        await sees(page, 'Token copied to clipboard.');
        return person.done({ issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: masked } });
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; token in a read-only jp-input, icon-only Copy in its suffix, Done',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const person = new DeepPerson(ctx, 'leap-lit');
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        await sees(page, TOKEN_NAME);
        const masked = await shownTexts(page, MASKED);
        await generateNamedToken(ctx, person, page);
        await sees(page, ONCE);
        await sleep(SETTLE_MS);
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-lit-token-copy-button');
        await press(page, 'button', 'Copy');
        await sees(page, 'Copied');
        await person.click(page, 'Done');
        await gone(page, ONCE);
        return person.done({ issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!] } });
      },
    },
  ],
};
