// ServiceTitan as a modern ARIA-rich SPA: display:contents grid rows, sheets, comboboxes, "New secret".
import type { Page } from 'puppeteer';
import { stAriaGridSites } from '../../sandbox/renderings/st-aria-grid/index';
import { chooseByLabel, clickText, waitForText, waitForTextGone } from '../person';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { addHeavySetTag, heavySetAppId, MAIN_APP, newAppFromMyApps, PORTAL, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;

/** App Connections → New secret → Yes, Continue → Close → My Apps → Actions → Edit. */
async function secretAndKey(ctx: VariantWalkContext, portal: Page): Promise<void> {
  await waitForText(portal, 'Allowed by Tenant');
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  await clickText(portal, 'New secret');
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await clickText(portal, 'Yes, Continue');
  await waitForText(portal, 'displayed only once');
  await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
  await ctx.shot(portal, 'st-aria-grid-secret');
  await clickText(portal, 'Close');
  await waitForTextGone(portal, 'displayed only once');
  await clickText(portal, '← Back to My Apps');
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await clickText(portal, 'Actions', { near: HEAVYSET_ROW });
  await clickText(portal, 'Edit');
  await waitForText(portal, 'All fields are required');
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
}

export const stAriaGrid: MarkupVariant = {
  id: 'st-aria-grid',
  description: 'ServiceTitan as a modern ARIA-rich SPA: grids are CSS grids with display: contents rows (My Apps with an Actions menu per row, the scopes as role=checkbox spans, the booking provider tags with their ID in a cell), "New Application" opens a side sheet headed "Register an application" with fields named by aria-labelledby spans and a combobox; Add Tag fields named by placeholder and aria-label only; Connect New App as a listbox; the restriction as a custom combobox; App Connections with the App ID beside the Client ID and "New secret"; div dialogs with aria-modal, "Yes, Continue" as a span role=button.',
  sites: stAriaGridSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'the whole seed at 1024×640: "New Application" sheet, grid rows as display: contents, "New secret"',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
        const portal = await ctx.open(`${PORTAL}/signin`);
        await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
        await clickText(portal, 'Login as Production Environment User');
        await waitForText(portal, 'Production environment');
        await ctx.checkpoint(portal, ST_STEPS.openMyApps.id);
        await newAppFromMyApps(ctx, portal, { newApp: 'New Application', formShows: 'Register an application' });

        const main = await ctx.open(`${MAIN_APP}/#/Home`);
        await ctx.checkpoint(main, ST_STEPS.openBookingProviders.id);
        await clickText(main, 'Settings');
        await clickText(main, 'Booking Providers');
        await addHeavySetTag(ctx, main, { nameLabel: 'Tag name' });
        await waitForText(main, HEAVYSET_ROW);
        await ctx.checkpoint(main, ST_STEPS.openApiApps.id);
        await clickText(main, 'API Application Access');
        await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
        await clickText(main, 'Connect New App');
        await ctx.checkpoint(main, ST_STEPS.pickApp.id);
        await clickText(main, /^HeavySet Tech · /);
        await clickText(main, 'Connect');
        await waitForText(main, 'Terms and Conditions');
        await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
        await chooseByLabel(main, 'Restriction by booking_provider for Bookings', 'HeavySet Tech');
        await clickText(main, 'Accept');
        await waitForText(main, /HeavySet Tech\s+— connected/);

        await portal.bringToFront();
        await clickText(portal, 'My Apps');
        await waitForText(portal, HEAVYSET_ROW);
        await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
        await clickText(portal, 'Actions', { near: HEAVYSET_ROW });
        await clickText(portal, 'App Connections');
        await secretAndKey(ctx, portal);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'entered at App Connections: app, tag and tenant authorization done earlier (the tenant row says Allowed)',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/connections?appId=${await heavySetAppId(ctx.sandbox)}`);
        await secretAndKey(ctx, portal);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
      },
    },
  ],
};
