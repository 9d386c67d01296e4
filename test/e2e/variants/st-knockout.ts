// ServiceTitan's Developer Portal as its public Knockout source renders it (test/sandbox/renderings/st-knockout):
// data-bind attributes and <!-- ko --> comments, the widget switching views in place, plain div modals
// (no role=dialog, z-index 1), a <table> for App Connections, the Allowed dot "⬤" with a title, the Client
// Secret and the Application Key in disabled inputs set by property. The main app is servicetitan-anvil's.
import type { Page } from 'puppeteer';
import { stKnockoutSites } from '../../sandbox/renderings/st-knockout/index';
import { clickText, shows, waitForText, waitForTextGone } from '../person';
import { chooseIfNeeded, fillIfNeeded, press, pressInRow, row, waitForVisibleText, waitUntilLoaded } from '../person-actions';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { checkCreatedApp, completeNewAppForm, MAIN_APP, PORTAL, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const APP = 'HeavySet Tech';
const HEAVYSET_ROW = /^HeavySet Tech$/;

/** The portal sends a signed-out person to /signin; they pick the production environment. */
async function signIn(ctx: VariantWalkContext, portal: Page, checkpoint: boolean): Promise<void> {
  await waitForText(portal, /Login as Production Environment User|My Apps/);
  if (!(await shows(portal, 'Login as Production Environment User'))) return;
  if (checkpoint) await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
  await clickText(portal, 'Login as Production Environment User');
  await waitForText(portal, '+ New App');
}

/** Steps 5–8: + New App → the card's Fill for me → the rest by hand → Create App → listed. */
async function createApp(ctx: VariantWalkContext, portal: Page): Promise<void> {
  await waitForText(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.newApp.id);
  await clickText(portal, '+ New App');
  await waitForText(portal, 'All fields are required');
  await ctx.checkpoint(portal, ST_STEPS.newAppForm.id);
  await ctx.cardClick(portal, 'Fill for me');
  await completeNewAppForm(portal);
  await ctx.shot(portal, 'st-knockout-new-app');
  await clickText(portal, 'Create App');
  await waitForText(portal, 'View Connections');
  await waitForText(portal, HEAVYSET_ROW);
  await checkCreatedApp(ctx.sandbox);
  await ctx.checkpoint(portal, ST_STEPS.appListed.id);
}

/** Steps 9–16 in servicetitan-anvil's main app (native modal dialogs, Kendo grids), as its own walk does them. */
async function tagAndConnect(ctx: VariantWalkContext, go: Page): Promise<void> {
  await ctx.checkpoint(go, ST_STEPS.openBookingProviders.id);
  await press(go, 'link', 'Booking Providers');
  await waitUntilLoaded(go);
  await ctx.checkpoint(go, ST_STEPS.addTag.id);
  await press(go, 'button', 'Add Tag');
  await waitForVisibleText(go, 'Fill out details to create a tag');
  await ctx.checkpoint(go, ST_STEPS.nameTag.id);
  await ctx.cardClick(go, 'Fill for me');
  await fillIfNeeded(go, 'Name', APP);
  await press(go, 'button', 'Add');
  await waitForTextGone(go, 'Fill out details to create a tag');
  await row(go, APP);
  await ctx.checkpoint(go, ST_STEPS.bookingProviderId.id);
  await press(go, 'link', 'API Application Access');
  await waitUntilLoaded(go);
  await ctx.checkpoint(go, ST_STEPS.connectNewApp.id);
  await press(go, 'button', 'Connect New App');
  await waitUntilLoaded(go);
  await ctx.checkpoint(go, ST_STEPS.pickApp.id);
  await pressInRow(go, APP, 'Connect');
  await waitForVisibleText(go, 'Terms and Conditions');
  await ctx.checkpoint(go, ST_STEPS.restrictAndAccept.id);
  await chooseIfNeeded(go, 'Restriction by booking_provider for Bookings', APP);
  await press(go, 'button', 'Accept');
  await waitForTextGone(go, 'Terms and Conditions');
  await row(go, APP);
}

/** The green dot a person looks at: "⬤" in the HeavySet Tech connection's row, under "Allowed by Tenant". */
async function dotIsGreen(portal: Page): Promise<boolean> {
  return portal.evaluate(() => {
    const dot = [...document.querySelectorAll('td')].find((td) => td.textContent?.trim() === '⬤');
    return dot !== undefined && /rgb\(24, 167, 97\)/.test(getComputedStyle(dot).color);
  });
}

/**
 * Steps 17–22: View Connections → the dot → Generate → "Yes, Continue" → the secret in the plain
 * modal (a disabled input) → ✖ → Back to all apps → Edit → Application Key (a disabled input).
 */
async function secretAndKey(ctx: VariantWalkContext, portal: Page, sawConnection: boolean): Promise<void> {
  await waitForText(portal, 'Acme Dispatch Sync');
  if (sawConnection) await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
  await clickText(portal, 'View Connections', { near: HEAVYSET_ROW });
  await waitForText(portal, 'App Connections');
  await waitForText(portal, 'Allowed by Tenant');
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  if (!(await dotIsGreen(portal))) throw new Error('the Allowed by Tenant dot is not green');
  await clickText(portal, 'Generate');
  await waitForText(portal, 'Would you like to continue?');
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await clickText(portal, 'Yes, Continue');
  await waitForText(portal, /This client secret is visible only once/);
  await ctx.checkpoint(portal, ST_STEPS.captureSecret.id);
  await ctx.shot(portal, 'st-knockout-secret');
  // The person copies the secret into their notes before closing (a few seconds with it on screen).
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await ctx.shot(portal, 'st-knockout-secret-later');
  await clickText(portal, '✖');
  await waitForTextGone(portal, /This client secret is visible only once/);
  // Back on App Connections: the card confirms the three values and points back to My Apps.
  await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
  await clickText(portal, 'Back to all apps');
  await waitForText(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await clickText(portal, 'Edit', { near: HEAVYSET_ROW });
  await waitForText(portal, 'Application Key');
  await ctx.shot(portal, 'st-knockout-edit');
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
}

export const stKnockout: MarkupVariant = {
  id: 'st-knockout',
  description:
    'ServiceTitan Developer Portal as its public Knockout source renders it (servicetitan/api-management-developer-portal, community/widgets/api-apps/ko/runtime): data-bind attributes and <!-- ko --> virtual-element comments in the DOM, one widget switching My Apps list / editor / App Connections in place (URL stays /custom/my-apps/), apps as cards (Edit, View Connections, API Usage Report), the scopes as div rows whose two checkboxes share one id (the label names only Read), a native <select> with optgroups for App Category, Knockout\'s checked binding reading clicks only; App Connections a plain <table> ("Not connected yet", Generate, the dot "⬤" with title="Allowed"); modals a <modal> custom element holding a fixed div (z-index 1) with a dimmed div and a white box, no role/aria, closed with an aria-label="Close" "✖" button; the Client Secret and the Application Key in DISABLED inputs whose value is a property; the main app is servicetitan-anvil\'s.',
  sites: stKnockoutSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'portal only (1024×640), tenant connected earlier: sign-in redirect, View Connections table, Generate → plain div modal → secret in a disabled input, ✖, Edit → Application Key',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        await signIn(ctx, portal, false);
        await secretAndKey(ctx, portal, false);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'the whole guide: sign-in, New App (Knockout form: selects, div scope rows), tag and connection in the main app, then App Connections → secret → Application Key',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        await signIn(ctx, portal, true);
        await createApp(ctx, portal);
        const go = await ctx.open(`${MAIN_APP}/#/Settings`);
        await tagAndConnect(ctx, go);
        await portal.bringToFront();
        await clickText(portal, 'My Apps', { near: /APIs/ });
        await secretAndKey(ctx, portal, true);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
  ],
};
