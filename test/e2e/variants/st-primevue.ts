// ServiceTitan as Vue 3 + PrimeVue render it: DataTables (one in responsive "stack" mode), teleported Dialogs and a ConfirmDialog, a Password with an eye toggle for the secret, a popup Menu for row actions, Select panels in <body>.
import type { Page } from 'puppeteer';
import { stPrimeVueSites } from '../../sandbox/renderings/st-primevue/index';
import { chooseByLabel, clickText, sleep, waitForText, waitForTextGone } from '../person';
import { pressInRow } from '../person-actions';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { addHeavySetTag, MAIN_APP, newAppFromMyApps, PORTAL, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;

/** The HeavySet Tech row's ⋮ ("More actions") button, then an entry of the menu it opens, until `then` shows. */
async function rowAction(page: Page, entry: string, then: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await pressInRow(page, 'HeavySet Tech', 'More actions');
    try {
      await clickText(page, entry, { timeout: 3_000 });
      await waitForText(page, then, 5_000);
      return;
    } catch (error) {
      if (attempt === 2) throw error;
      await page.keyboard.press('Escape');
      await sleep(200);
    }
  }
}

/**
 * The eye at the right end of the "Client Secret" field (an svg with no role, no name, not focusable): the person
 * clicks it and sees the characters. If the assistant's card lies over it, they minimise the card first (recorded
 * as a card click "minimise", since the eye cannot be reached with the keyboard either).
 */
async function revealSecret(ctx: VariantWalkContext, page: Page): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const at = await page.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.innerText.trim() === 'Client Secret' && l.getBoundingClientRect().width > 0);
      const input = label?.control as HTMLInputElement | null | undefined;
      const r = input?.parentElement?.getBoundingClientRect();
      if (!input || !r) return null;
      const x = r.right - 18;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      return { x, y, shown: input.type === 'text', byCard: hit?.tagName === 'HEAVYSET-ASSISTANT' };
    });
    if (!at) throw new Error('no "Client Secret" field to reveal');
    if (at.shown) return;
    if (at.byCard) await ctx.cardClick(page, /^minimi[sz]e$/i);
    else await page.mouse.click(at.x, at.y);
    await sleep(200);
  }
  throw new Error('the eye did not reveal the Client Secret');
}

/**
 * My Apps → ⋮ → App Connections → Generate → ConfirmDialog "Yes, Continue" → the Client Secret dialog, the eye
 * reveals it → Done → My Apps → ⋮ → Edit → App Details with the Application Key.
 */
async function secretAndKey(ctx: VariantWalkContext, portal: Page, sawConnection: boolean): Promise<void> {
  await waitForText(portal, 'Acme Dispatch Sync');
  if (sawConnection) await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
  await rowAction(portal, 'App Connections', 'Allowed by Tenant');
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  await clickText(portal, 'Generate');
  await waitForText(portal, /visible only once/);
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await clickText(portal, 'Yes, Continue');
  await waitForText(portal, /shown only once/);
  await revealSecret(ctx, portal);
  await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
  await ctx.shot(portal, sawConnection ? 'st-primevue-secret' : 'st-primevue-secret-1024x640');
  await clickText(portal, 'Done');
  await waitForTextGone(portal, /shown only once/);
  await clickText(portal, 'My Apps');
  await waitForText(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await rowAction(portal, 'Edit', 'Application Key');
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
}

export const stPrimeVue: MarkupVariant = {
  id: 'st-primevue',
  description:
    'ServiceTitan as Vue 3 + PrimeVue 3/4 render it, reproduced: data-pc-name/data-pc-section attributes, pv_id_N ids, <!--v-if--> anchors, scoped data-v-* attributes; DataTables (div.p-datatable > .p-datatable-wrapper > table[role=table], th > .p-column-header-content > span.p-column-title), App Connections and Booking Providers in responsive "stack" mode (each cell repeats its column title in a span.p-column-title hidden by CSS on wide screens); My Apps row actions in a popup Menu (ul.p-menu-list[role=menu] teleported to <body>) behind an icon-only "More actions" ⋮ button; Dialogs and a ConfirmDialog (role=alertdialog, "Generate Client Secret?", the Tenant ID and Client ID inside one pre-line message, "Yes, Continue" / "No") in a p-dialog-mask teleported to <body>, removed after a 150 ms leave transition; the Client Secret in a read-only Password (value set as a property, type=password, an eye svg with no role to reveal it), Copy → Toast "Client secret copied"; Selects (span[role=combobox] in div.p-select, panel in <body>) for Email Address, App Category (option groups) and the booking restriction; unlabelled Checkboxes (opacity-0 input over a drawn box) in a scrollable, module-grouped scopes DataTable; v-model that follows input/change events only and writes the model back on re-render; the app page as a TabView whose inactive panels stay rendered (display:none; the Client ID in a hidden Version History tab); decoy tags "HeavySet Tech (old)", "Home Advisor", "Angi Leads".',
  sites: stPrimeVueSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'portal only (1024×640), tenant connected earlier: ⋮ menu → App Connections (stack-mode DataTable), Generate → ConfirmDialog, the eye reveals the Password, ⋮ → Edit → Application Key',
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
      name: 'the whole seed: sign-in → New App (Selects, radios, scopes DataTable) → main app tag (stack-mode DataTable) → Connect (Select panel in <body>) → secret → Application Key',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
        const portal = await ctx.open(`${PORTAL}/signin`);
        await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
        await clickText(portal, 'Login as Production Environment User');
        await waitForText(portal, 'Welcome back');
        await ctx.checkpoint(portal, ST_STEPS.openMyApps.id);
        await newAppFromMyApps(ctx, portal, { newApp: 'New App', formShows: 'API Scopes' }); // a pi-plus icon, then the words

        const main = await ctx.open(`${MAIN_APP}/#/dispatch`);
        await ctx.checkpoint(main, ST_STEPS.openBookingProviders.id);
        await clickText(main, 'Settings');
        await clickText(main, 'Booking Providers');
        await addHeavySetTag(ctx, main);
        await waitForText(main, HEAVYSET_ROW);
        await ctx.checkpoint(main, ST_STEPS.bookingProviderId.id);
        await ctx.shot(main, 'st-primevue-tags');
        await clickText(main, 'API Application Access');
        await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
        await clickText(main, 'Connect New App');
        await waitForText(main, /not connected yet/);
        await ctx.checkpoint(main, ST_STEPS.pickApp.id);
        await clickText(main, 'Connect', { near: HEAVYSET_ROW });
        await waitForText(main, 'Terms and Conditions');
        await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
        await chooseByLabel(main, 'Restriction by booking_provider for Bookings', HEAVYSET_ROW);
        await clickText(main, 'Accept');
        await waitForTextGone(main, 'Terms and Conditions');

        await portal.bringToFront();
        await clickText(portal, 'My Apps');
        await secretAndKey(ctx, portal, true);
        return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
      },
    },
  ],
};
