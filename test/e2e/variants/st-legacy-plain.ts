// ServiceTitan in its older wording and without ARIA: View/Modify, View Connections, a self-closing secret box.
import { stLegacyPlainSites } from '../../sandbox/renderings/st-legacy-plain/index';
import { chooseByLabel, clickText, waitForText, waitForTextGone } from '../person';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import type { Page } from 'puppeteer';
import { addHeavySetTag, checkCreatedApp, completeNewAppForm, MAIN_APP, PORTAL, prepareServiceTitan, SEED_LABELS, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;

/** Main app: a tag named "HeavySet Tech", then the app connected with the booking restriction. */
async function tagAndAuthorize(ctx: VariantWalkContext, main: Page): Promise<void> {
  await addHeavySetTag(ctx, main, { addButton: '+ Add Tag' });
  await waitForText(main, HEAVYSET_ROW);
  await ctx.checkpoint(main, ST_STEPS.openApiApps.id);
  await clickText(main, 'API Application Access');
  await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
  await clickText(main, 'Connect New App');
  await ctx.checkpoint(main, ST_STEPS.pickApp.id);
  await clickText(main, 'Connect', { near: HEAVYSET_ROW });
  await waitForText(main, 'Terms and Conditions');
  await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
  await chooseByLabel(main, 'Restriction by booking_provider for Bookings', 'HeavySet Tech');
  await clickText(main, 'Accept');
  await waitForText(main, 'Connected');
}

export const stLegacyPlain: MarkupVariant = {
  id: 'st-legacy-plain',
  description: 'ServiceTitan as older docs word it, no ARIA at all: "My Applications", "New Apps", View/Modify scope columns, "View Connections", "Not Connected Yet", "Generate Secret"; labels in sibling divs, home-made drop-downs (App Category, booking restriction), tags as cards (dl), Add Tag in a side drawer (description by placeholder only, Add as <input type=button>), and a role-less box showing the Client Secret that closes itself 2 s later.',
  sites: stLegacyPlainSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'the whole seed in older wording; connections seen "Not Connected Yet" first; secret box closes itself after 2 s',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
        const portal = await ctx.open(`${PORTAL}/signin`);
        await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
        await clickText(portal, 'Login as Production Environment User');
        await waitForText(portal, 'Acme Dispatch Sync');
        await ctx.checkpoint(portal, ST_STEPS.newApp.id);
        await clickText(portal, 'New Apps');
        await waitForText(portal, 'API Scopes');
        await ctx.checkpoint(portal, ST_STEPS.newAppForm.id);
        await ctx.cardClick(portal, 'Fill for me');
        await completeNewAppForm(portal, { ...SEED_LABELS, read: 'View', write: 'Modify' });
        await clickText(portal, 'Create App');
        await waitForText(portal, HEAVYSET_ROW);
        await checkCreatedApp(ctx.sandbox);
        await ctx.checkpoint(portal, ST_STEPS.appListed.id);
        await clickText(portal, 'View Connections', { near: HEAVYSET_ROW });
        await waitForText(portal, 'Not Connected Yet');

        const main = await ctx.open(`${MAIN_APP}/#/dispatch`);
        await ctx.checkpoint(main, ST_STEPS.openBookingProviders.id);
        await clickText(main, 'Settings');
        await clickText(main, 'Integrations');
        await clickText(main, 'Booking Providers');
        await tagAndAuthorize(ctx, main);

        await portal.bringToFront();
        await portal.reload({ waitUntil: 'load' });
        await waitForText(portal, 'Generate Secret');
        await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
        await clickText(portal, 'Generate Secret');
        await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
        await clickText(portal, 'Yes, Continue');
        await waitForText(portal, 'closes by itself');
        await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
        await waitForTextGone(portal, 'closes by itself', 5_000);
        await clickText(portal, 'My Applications');
        await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
        await clickText(portal, 'Edit', { near: HEAVYSET_ROW });
        await waitForText(portal, 'Application Key');
        await ctx.checkpoint(portal, ST_STEPS.appKey.id);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'entered at Booking Providers in the main app (1024×640), the app made earlier: tag, restriction, Accept',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
        const main = await ctx.open(`${MAIN_APP}/#/settings/integrations/booking-provider-tags`);
        await tagAndAuthorize(ctx, main);
        return serviceTitanOutcome(ctx.sandbox, ['bookingProviderId']);
      },
    },
  ],
};
