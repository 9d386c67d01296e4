// Leap as a legacy jQuery-era app: its dialogs are Fancybox 2-style IFRAME MODALS (the top page draws
// the overlay, the box and its "×"; the box's content is a same-origin <iframe> loading a small page).
// www.jobprogress.com: the name form POSTs inside the frame, which loads the server's token page (the
// token in a <code>); "Copy to Clipboard" closes the modal, the top page reloads. jobprogress.com: the
// frame's script shows the token in a read-only input (set as a property), Copy, then the top page's "×".
import type { Frame, Page } from 'puppeteer';
import { leapIframeModalSites } from '../../sandbox/renderings/leap-iframe-modal/index';
import { clickText, clickUntil, shows, typeByLabel, visibleTexts, waitForText } from '../person';
import { frameArea, whenCardCoversFrame } from '../person-frames';
import { LEAP_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /will not be shown again/;
const MASKED = /•{4}[0-9a-f]{4}/;
/** The modal's title, floating under the box on the top page while it is open. */
const MODAL_TITLE = 'New API Token';
const TOKEN_PAGES = /^https:\/\/(www\.)?jobprogress\.com\/app\/developers\/tokens\//;

/** The modal's iframe as the person sees it (person-frames.ts); the card lying over it is noted and minimised. */
function modalFrame(ctx: VariantWalkContext, top: Page, inTheWay: string[]): Page {
  const find = (t: Page): Frame | undefined => t.mainFrame().childFrames().find((f) => TOKEN_PAGES.test(f.url()));
  const area = frameArea(top, find, 'token modal frame');
  whenCardCoversFrame(area, async (wanted) => {
    inTheWay.push(wanted);
    await ctx.shot(top, `leap-iframe-modal--in-the-way-${inTheWay.length}`);
    await ctx.cardClick(top, /^minimi[sz]e$/i);
  });
  return area;
}

/** On Developers: Generate Token, the iframe modal's name form (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, top: Page, modal: Page): Promise<void> {
  await ctx.checkpoint(top, LEAP_STEPS.generateToken.id);
  await clickText(top, 'Generate Token');
  await waitForText(modal, 'Give the token a name');
  await waitForText(top, MODAL_TITLE);
  await ctx.checkpoint(top, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(top, 'Fill for me');
  await typeByLabel(modal, 'Token Name', 'HeavySet Tech');
  await clickText(modal, 'Generate');
  await waitForText(modal, ONCE);
}

export const leapIframeModal: MarkupVariant = {
  id: 'leap-iframe-modal',
  description:
    'JobProgress as a legacy jQuery-era app: Bootstrap 2 navbar with the profile-name dropdown (Settings), Settings nav-list (Developers), a striped token table with masked tails "••••1a2b"; Generate Token is a link opened in a Fancybox 2-style IFRAME MODAL (top page: div.fancybox-overlay holding div.fancybox-wrap > skin > outer > inner > iframe.fancybox-iframe, an "×" close link, a floating title; the wrap hidden until the frame loads, sized to the frame\'s body, reset to about:blank and removed on close). Inside the frame, "Token Name" + Generate; www: a real form POST answered 303 by a server-rendered page with the token in a <code> and "Copy to Clipboard", which closes the modal (parent.$.fancybox.close()) and the top page reloads; jobprogress.com: the frame\'s script shows the token in a read-only input set as a property, Copy ("Copied!"), Done, the list reloaded by XHR after close.',
  sites: leapIframeModalSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → profile name → Settings → Developers → Generate Token iframe modal → form POST in the frame → token in a server-rendered <code>; Copy to Clipboard closes the modal, the page reloads',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const inTheWay: string[] = [];
        const top = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        const modal = modalFrame(ctx, top, inTheWay);
        await waitForText(top, 'Good morning, Jane. 3 appointments scheduled today.');
        await ctx.checkpoint(top, LEAP_STEPS.openDevelopers.id);
        await clickText(top, 'Jane Cooper');
        await clickText(top, 'Settings');
        await waitForText(top, 'Company Settings');
        await clickText(top, 'Developers');
        await waitForText(top, 'QuickBooks sync');
        const masked = await visibleTexts(top, MASKED);
        await generateNamedToken(ctx, top, modal);
        await ctx.checkpoint(top, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(top, 'leap-iframe-modal-token-code');
        // It closes the modal: clicked again when nothing happened (a click during the frame's load).
        await clickUntil(modal, 'Copy to Clipboard', async () => !(await shows(top, MODAL_TITLE)));
        await waitForText(top, /^HeavySet Tech$/);
        if (inTheWay.length) throw new Error(`the card lay over what the person wanted in the modal's frame: ${inTheWay.join('; ')}`);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: masked } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; iframe modal, token in a read-only input set by the frame\'s script, Copy, closed with the top page\'s ×',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const inTheWay: string[] = [];
        const top = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        const modal = modalFrame(ctx, top, inTheWay);
        await waitForText(top, 'HeavySet Tech');
        const masked = await visibleTexts(top, MASKED);
        await generateNamedToken(ctx, top, modal);
        await ctx.checkpoint(top, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(top, 'leap-iframe-modal-token-input');
        await clickUntil(modal, 'Copy', () => shows(modal, 'Copied!'));
        await clickUntil(top, '×', async () => !(await shows(top, MODAL_TITLE)));
        if (inTheWay.length) throw new Error(`the card lay over what the person wanted in the modal's frame: ${inTheWay.join('; ')}`);
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [...masked, earlier!] } };
      },
    },
  ],
};
