// ServiceTitan as Anvil + KendoReact render it (reproduced): native modal dialogs, split-header grids.
import { stAnvilKendoSites } from '../../sandbox/renderings/st-anvil-kendo/index';
import { chooseByLabel, clickText, waitForText, waitForTextGone } from '../person';
import { ST_STEPS } from './steps';
import type { MarkupVariant } from './types';
import { addHeavySetTag, heavySetAppId, MAIN_APP, newAppFromMyApps, PORTAL, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;

export const stAnvilKendo: MarkupVariant = {
  id: 'st-anvil-kendo',
  description: 'ServiceTitan as Anvil2 and KendoReact render it, reproduced: label-over-input fields, native modal <dialog>s (page inert behind), grids whose headers are a separate table tied by aria-colindex (My Apps, scopes, connections, booking providers); seed wording (+ New App, Read/Write, App Connections, Generate, Yes, Continue); App ID next to the Client ID; decoy tags.',
  sites: stAnvilKendoSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'the whole seed: sign-in → New App → tag → tenant authorization → secret → Application Key',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
        const portal = await ctx.open(`${PORTAL}/signin`);
        await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
        await clickText(portal, 'Login as Production Environment User');
        await waitForText(portal, 'Welcome back');
        await ctx.checkpoint(portal, ST_STEPS.openMyApps.id);
        await newAppFromMyApps(ctx, portal, { newApp: '+ New App', formShows: 'API Scopes' });

        const main = await ctx.open(`${MAIN_APP}/#/Dashboard`);
        await ctx.checkpoint(main, ST_STEPS.openBookingProviders.id);
        await clickText(main, 'Settings');
        await clickText(main, 'Booking Providers');
        await addHeavySetTag(ctx, main);
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
        await waitForTextGone(main, 'Terms and Conditions');

        await portal.bringToFront();
        await clickText(portal, 'My Apps');
        await waitForText(portal, HEAVYSET_ROW);
        await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
        await clickText(portal, 'App Connections', { near: HEAVYSET_ROW });
        await waitForText(portal, 'Allowed by Tenant');
        await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
        await clickText(portal, 'Generate');
        await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
        await clickText(portal, 'Yes, Continue');
        await waitForText(portal, 'shown only once');
        await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
        await ctx.shot(portal, 'st-anvil-kendo-secret');
        await clickText(portal, 'Done');
        await clickText(portal, 'My Apps');
        await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
        await clickText(portal, 'Edit', { near: HEAVYSET_ROW });
        await waitForText(portal, 'All fields are required');
        await ctx.checkpoint(portal, ST_STEPS.appKey.id);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'entered at App Connections (1024×640): app, tag and tenant authorization done earlier',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/${await heavySetAppId(ctx.sandbox)}/connections`);
        await waitForText(portal, 'Allowed by Tenant');
        await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
        await clickText(portal, 'Generate');
        await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
        await clickText(portal, 'Yes, Continue');
        await waitForText(portal, 'shown only once');
        await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
        await clickText(portal, 'Done');
        await clickText(portal, '‹ My Apps');
        await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
        await clickText(portal, 'Edit', { near: HEAVYSET_ROW });
        await waitForText(portal, 'All fields are required');
        await ctx.checkpoint(portal, ST_STEPS.appKey.id);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
      },
    },
  ],
};
