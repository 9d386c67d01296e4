// Leap as Element-UI renders it: div buttons, el-table split in two tables, the token in a right-hand drawer.
import { leapElementAlertSites, leapElementDrawerSites, leapElementNotifySites } from '../../sandbox/renderings/leap-element-drawer/index';
import { clickText, clickUntil, shows, sleep, typeByLabel, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS } from './steps';
import type { Page } from 'puppeteer';
import type { MarkupVariant, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';

const ONCE = /won’t be shown again/;

/** On Developers, the same in every flavour: Generate Token, the New Token dialog named (Fill for me, then as a person checks it), Generate. */
async function generateNamedToken(ctx: VariantWalkContext, page: Page): Promise<void> {
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await clickText(page, 'Generate Token');
  await waitForText(page, 'New Token');
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeByLabel(page, 'Token Name', 'HeavySet Tech');
  await clickText(page, 'Generate');
}
const SLIDE_MS = 400;

export const leapElementDrawer: MarkupVariant = {
  id: 'leap-element-drawer',
  description: 'JobProgress as a Vue/Element-UI SPA: el-menu, the avatar’s el-dropdown menu appended to <body>, el-table with the header row in a table of its own, buttons as <div class="el-button"> without a role, an el-dialog "New Token" (Token Name), then the token in an el-drawer sliding in from the right ("Your new API token"; an el-descriptions table: "Access Token" a <th>, the value coloured by JWT part, three <span>s joined by plain dots, in the <td>) and an el-notification toast; listed tokens shown as dots.',
  sites: leapElementDrawerSites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → avatar menu (in <body>) → Settings → Developers → Generate Token → New Token dialog → token in a right-hand drawer, Done',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await waitForText(page, 'Good morning, Jane. 3 appointments today.');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'Jane Cooper');
        await clickText(page, 'Settings');
        await waitForText(page, 'Users & Roles');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        await generateNamedToken(ctx, page);
        await waitForText(page, ONCE);
        await sleep(SLIDE_MS); // the drawer slides in: the person reads it once it stops
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-element-drawer-token');
        await clickUntil(page, 'Done', async () => !(await shows(page, ONCE))); // the drawer may still be sliding in
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) } };
      },
    },
    {
      crm: 'leap',
      name: 'Developers opened directly (jobprogress.com, 1024×640) with an earlier "HeavySet Tech" token; drawer closed with its ✕',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
        await waitForText(page, 'HeavySet Tech');
        await generateNamedToken(ctx, page);
        await waitForText(page, ONCE);
        await sleep(SLIDE_MS); // the drawer slides in: the person reads it once it stops
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await clickUntil(page, '✕', async () => !(await shows(page, ONCE)), { near: ONCE });
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [earlier!] } };
      },
    },
  ],
};

export const leapElementAlert: MarkupVariant = {
  id: 'leap-element-alert',
  description: 'The Element-UI JobProgress above, the new token shown in an Element MessageBox ($alert "Token generated": role=dialog named by aria-label, the token in a <code> inside the sentence "Your new API token is … . Copy it now: it won’t be shown again.", OK its only button).',
  sites: leapElementAlertSites,
  walks: [
    {
      crm: 'leap',
      name: 'Developers opened directly, an earlier "HeavySet Tech" token: the token in a "Token generated" message box sentence, OK',
      async walk(ctx) {
        const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
        const page = await ctx.open('https://www.jobprogress.com/app/#/settings/developers');
        await waitForText(page, 'QuickBooks sync');
        await generateNamedToken(ctx, page);
        await waitForText(page, 'Token generated');
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-element-alert-token');
        await clickText(page, 'OK');
        await waitForTextGone(page, 'Token generated');
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [earlier!] } };
      },
    },
  ],
};

export const leapElementNotify: MarkupVariant = {
  id: 'leap-element-notify',
  description: 'The Element-UI JobProgress above, the new token shown only in an el-notification toast in the top right corner ($notify with duration 0, role=alert: "Token created", "Copy your API token now, it won’t be shown again:", the token in a <code>), closed with its ×; no dialog.',
  sites: leapElementNotifySites,
  walks: [
    {
      crm: 'leap',
      name: 'dashboard → Settings → Developers: the token in a toast that stays until its × is pressed',
      async walk(ctx) {
        const { before } = await prepareLeap(ctx.sandbox);
        const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
        await waitForText(page, 'Good morning, Jane. 3 appointments today.');
        await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
        await clickText(page, 'Jane Cooper');
        await clickText(page, 'Settings');
        await clickText(page, 'Developers');
        await waitForText(page, 'QuickBooks sync');
        await generateNamedToken(ctx, page);
        await waitForText(page, 'Token created');
        await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
        await ctx.shot(page, 'leap-element-notify-token');
        await clickText(page, '×', { near: 'Token created' });
        await waitForTextGone(page, 'Token created');
        return { issued: { apiToken: await issuedToken(ctx.sandbox, before) } };
      },
    },
  ],
};
