// ServiceTitan as Chakra UI v2 renders it: portaled Modals / AlertDialogs / Drawers, chakra-table tables, row actions in a Menu, Tabs, an InputGroup with "Show" for the secret, the Application Key in a Code element.
import type { Page } from 'puppeteer';
import { stChakraSites } from '../../sandbox/renderings/st-chakra/index';
import { chooseByLabel, clickText, setChecked, shows, waitForText, waitForTextGone } from '../person';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { addHeavySetTag, MAIN_APP, PORTAL, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;

/** Opens the HeavySet Tech row's "Actions" menu and picks an entry (the menu may need a second click while the list settles). */
async function rowAction(page: Page, entry: string, then: string | RegExp): Promise<void> {
  for (let attempt = 0; attempt < 3 && !(await shows(page, then)); attempt++) {
    await clickText(page, 'Actions', { near: HEAVYSET_ROW });
    await clickText(page, entry, { timeout: 3_000 }).catch(() => undefined);
    await waitForText(page, then, 3_000).catch(() => undefined);
  }
  await waitForText(page, then);
}

/**
 * My Apps → Actions → Connections → Generate secret → Yes, Continue → "Show" reveals the secret →
 * Done → breadcrumb My Apps → Actions → View details → Application Key.
 */
async function secretAndKey(ctx: VariantWalkContext, portal: Page, sawConnection: boolean): Promise<void> {
  await waitForText(portal, 'Acme Dispatch Sync');
  if (sawConnection) await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
  await rowAction(portal, 'Connections', 'Allowed by Tenant');
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  await clickText(portal, 'Generate secret');
  await waitForText(portal, /visible only once/);
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await clickText(portal, 'Yes, Continue');
  await waitForText(portal, /will not see this client secret again/);
  await clickText(portal, 'Show');
  await waitForText(portal, 'Hide');
  await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
  await ctx.shot(portal, 'st-chakra-secret');
  await clickText(portal, 'Done');
  await waitForTextGone(portal, /will not see this client secret again/);
  await clickText(portal, 'My Apps', { near: /HeavySet Tech/ });
  await waitForText(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await rowAction(portal, 'View details', 'Application Key');
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
}

export const stChakra: MarkupVariant = {
  id: 'st-chakra',
  description:
    'ServiceTitan as Chakra UI v2 renders it: chakra-* classes beside Emotion css-xxxx hashes; Modals, an AlertDialog (role=alertdialog) and a Drawer in a div.chakra-portal appended to <body> (overlay, content container, section.chakra-modal__content[aria-modal] named by its header, the rest of <body> aria-hidden, focus locked, exit animation); real table.chakra-table tables; My Apps row actions in a Menu whose list is always in the DOM (hidden while closed); the app page in Tabs (Details / Connections, inactive panel hidden); an expired masked secret beside Generate secret; the Client Secret in an InputGroup (read-only password input, "Show" in the InputRightElement) under a warning Alert; the Application Key in a Code element with a copy IconButton; the main app with FormControls (<label for>), a native Chakra Select for the restriction and a Checkbox (visually hidden input) for the terms; toasts in ul#chakra-toast-manager-top.',
  sites: stChakraSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'portal only (1024×640), tenant connected earlier: Actions menu → Connections tab, Generate secret (AlertDialog), Show reveals the secret, View details → Application Key',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        await secretAndKey(ctx, portal, false);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'main app from Booking Providers (app made earlier): Add Tag modal, Connect New App drawer, restriction Select + terms Checkbox, Accept; then the portal',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
        const main = await ctx.open(`${MAIN_APP}/#/settings/integrations/booking-providers`);
        await addHeavySetTag(ctx, main);
        await waitForText(main, HEAVYSET_ROW);
        await ctx.checkpoint(main, ST_STEPS.openApiApps.id);
        await clickText(main, 'API Application Access');
        await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
        await clickText(main, 'Connect New App');
        await waitForText(main, 'Applications waiting for your approval');
        await ctx.checkpoint(main, ST_STEPS.pickApp.id);
        await clickText(main, 'Connect', { near: HEAVYSET_ROW });
        await waitForText(main, 'Terms and Conditions');
        await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
        await chooseByLabel(main, 'Restriction by booking_provider for Bookings', HEAVYSET_ROW);
        await setChecked(main, 'I agree to the Terms and Conditions');
        await clickText(main, 'Accept');
        await waitForTextGone(main, 'I agree to the Terms and Conditions');

        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        await secretAndKey(ctx, portal, true);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
  ],
};
