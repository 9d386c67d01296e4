// ServiceTitan as Material UI renders it: portaled dialogs, virtualised DataGrid rows, floating labels, a Select popover, a password-masked secret.
import type { Page } from 'puppeteer';
import { stMuiPortalsSites } from '../../sandbox/renderings/st-mui-portals/index';
import { chooseByLabel, clickText, clickUntil, shows, sleep, waitForText, waitForTextGone, type TextMatch } from '../person';
import { press } from '../person-actions';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { addHeavySetTag, MAIN_APP, PORTAL, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;

/** The person turns the mouse wheel over the list showing `inList` until `wanted` shows. */
async function scrollListBelow(page: Page, inList: string, wanted: TextMatch): Promise<void> {
  await waitForText(page, inList);
  for (let turn = 0; turn < 10 && !(await shows(page, wanted)); turn++) {
    const where = await page.evaluate((text) => {
      const el = [...document.querySelectorAll('body *')].find((e) => e.children.length === 0 && e.textContent?.trim() === text);
      const r = el?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, inList);
    if (where) await page.mouse.move(where.x, where.y);
    await page.mouse.wheel({ deltaY: 120 });
    await sleep(150);
  }
  await waitForText(page, wanted);
}

/** A button in the HeavySet Tech row of My Apps, until `then` shows: under load a click sometimes did
 *  nothing (on Edit once the grid repainted its rows; on Connections once in a fresh clone's run). */
async function rowButton(page: Page, label: string, then: string): Promise<void> {
  await clickUntil(page, label, () => shows(page, then), { near: HEAVYSET_ROW });
}

/**
 * My Apps → Connections → Generate → Yes, Continue → the eye reveals the secret → Done → Edit.
 * `sawConnection`: the assistant saw the tag and the tenant's Accept in this walk; otherwise My Apps
 * shows nothing of them, and the card may rightly point to the main app first.
 */
async function secretAndKey(ctx: VariantWalkContext, portal: Page, sawConnection: boolean): Promise<void> {
  await waitForText(portal, 'Acme Dispatch Sync');
  if (sawConnection) await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
  await rowButton(portal, 'Connections', 'Allowed by Tenant');
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  await clickText(portal, 'Generate');
  await waitForText(portal, /visible only once/);
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await clickText(portal, 'Yes, Continue');
  await waitForText(portal, /shown only once/);
  await press(portal, 'button', 'toggle password visibility');
  await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
  await ctx.shot(portal, 'st-mui-portals-secret');
  await clickText(portal, 'Done');
  await waitForTextGone(portal, /shown only once/);
  await clickText(portal, 'Back to My Apps');
  await waitForText(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await rowButton(portal, 'Edit', 'Application Key');
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
}

export const stMuiPortals: MarkupVariant = {
  id: 'st-mui-portals',
  description: 'ServiceTitan as Material UI v5 renders it: dialogs portaled to <body> (role=presentation root and container, the Paper role=dialog, the rest of the page aria-hidden, focus kept inside), DataGrids of role=row divs with aria-rowindex and only the rows in view rendered (translateY; the tags oldest first, three in view, so a new tag is in the DOM only once scrolled to), outlined TextFields with floating <label for>, a Select (div combobox, listbox in a popover portal) for the booking restriction, snackbars; the Client Secret in a read-only <input type=password> revealed by an eye IconButton ("toggle password visibility"); the Application Key in a read-only TextField with a copy IconButton.',
  sites: stMuiPortalsSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'main app from Booking Provider Tags (app made earlier): Add Tag dialog, restriction in a Select popover, Accept; then the portal: secret revealed with the eye, Application Key',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
        const main = await ctx.open(`${MAIN_APP}/#/settings/integrations/booking-provider-tags`);
        await addHeavySetTag(ctx, main);
        // Three rows in view, oldest first: the new tag is further down the list.
        await scrollListBelow(main, 'Angi Leads', HEAVYSET_ROW);
        await ctx.checkpoint(main, ST_STEPS.openApiApps.id);
        await clickText(main, 'API Application Access');
        await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
        await clickText(main, 'Connect New App');
        await waitForText(main, 'Applications waiting for your approval');
        await ctx.checkpoint(main, ST_STEPS.pickApp.id);
        await clickText(main, 'Connect', { near: HEAVYSET_ROW });
        await waitForText(main, /^Terms and Conditions/);
        await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
        await chooseByLabel(main, 'Restriction by booking_provider for Bookings', HEAVYSET_ROW);
        await clickText(main, 'Accept');
        await waitForTextGone(main, /^Terms and Conditions/);

        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        await secretAndKey(ctx, portal, true);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'portal only (1024×640), tenant connected earlier: Connections, Generate, the eye reveals the masked secret, Edit → Application Key',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        await secretAndKey(ctx, portal, false);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
      },
    },
  ],
};
