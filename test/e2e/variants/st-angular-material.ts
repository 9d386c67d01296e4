// ServiceTitan's main app as Angular Material 15+ (MDC) renders it: cdk overlay dialogs, mat-table, mat-select in the overlay, mat-checkbox gating Accept.
import type { Page } from 'puppeteer';
import { stAngularMaterialSites } from '../../sandbox/renderings/st-angular-material/index';
import { clickText, setChecked, waitForText, waitForTextGone } from '../person';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { addHeavySetTag, MAIN_APP, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;
const TERMS_BOX = 'I have read and agree to the Terms and Conditions';

/** Booking Provider Tags: Add Tag → HeavySet Tech → Add → its row shows the ID. */
async function tagWithId(ctx: VariantWalkContext, main: Page): Promise<void> {
  await addHeavySetTag(ctx, main);
  await waitForText(main, HEAVYSET_ROW);
  await ctx.checkpoint(main, ST_STEPS.bookingProviderId.id);
  await ctx.shot(main, 'st-angular-material-tag-id');
}

/** API Application Access: Connect New App → HeavySet Tech → Connect → restriction → terms → Accept. */
async function connectApp(ctx: VariantWalkContext, main: Page): Promise<void> {
  await waitForText(main, 'Acme Dispatch Sync');
  await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
  await clickText(main, 'Connect New App');
  await waitForText(main, HEAVYSET_ROW);
  await ctx.checkpoint(main, ST_STEPS.pickApp.id);
  await clickText(main, 'Connect', { near: HEAVYSET_ROW });
  await waitForText(main, 'Terms and Conditions');
  await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
  // The mat-select is a div: its floating label's `for` names no labelable element, so the person clicks the label's words (the form field opens the panel) and then the option.
  await clickText(main, 'Restriction by booking_provider for Bookings');
  await waitForText(main, 'No restriction');
  await clickText(main, HEAVYSET_ROW);
  await waitForTextGone(main, 'No restriction');
  await setChecked(main, TERMS_BOX);
  await clickText(main, 'Accept');
  await waitForTextGone(main, TERMS_BOX);
  await waitForText(main, 'HeavySet Tech is now connected');
}

export const stAngularMaterial: MarkupVariant = {
  id: 'st-angular-material',
  description: 'ServiceTitan main app as Angular Material 15+ (MDC) renders it: custom element hosts with _nghost/_ngcontent attributes and Angular comment anchors, mat-toolbar, mat-sidenav with a mat-nav-list, tags in a native <table mat-table> (Name, Description, Status mat-chip, ID) with a mat-paginator, connected apps in the <mat-table> element flavour; dialogs in the cdk overlay container (dark backdrop, global wrapper, pane, mat-dialog-container role=dialog aria-modal aria-labelledby, the rest of <body> aria-hidden, MDC open/close animation); outline mat-form-fields with floating label[for] holding mat-label; the booking restriction a mat-select (div combobox) whose listbox opens in the overlay over a transparent backdrop; a mat-checkbox (opacity-0 native input + label[for]) that enables Accept; snackbars with aria-live; mat-icon ligature text inside buttons.',
  sites: stAngularMaterialSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'main app from Booking Provider Tags (app made earlier): Add Tag mat-dialog, ID in the mat-table, Connect New App, restriction in a mat-select overlay, terms mat-checkbox, Accept',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
        const main = await ctx.open(`${MAIN_APP}/#/settings/integrations/booking-provider-tags`);
        await tagWithId(ctx, main);
        await clickText(main, 'API Application Access');
        await connectApp(ctx, main);
        return serviceTitanOutcome(ctx.sandbox, ['bookingProviderId']);
      },
    },
    {
      crm: 'servicetitan',
      name: 'at 1024×640 from the Dispatch Board (app made earlier): Settings → Booking Provider Tags in the mat-nav-list, Add Tag, the ID, then Connect New App, mat-select restriction, terms, Accept',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
        const main = await ctx.open(`${MAIN_APP}/#/dispatch`);
        await waitForText(main, 'Dispatch Board');
        await ctx.checkpoint(main, ST_STEPS.openBookingProviders.id);
        await clickText(main, 'Settings');
        await clickText(main, 'Booking Provider Tags');
        await tagWithId(ctx, main);
        await clickText(main, 'API Application Access');
        await connectApp(ctx, main);
        return serviceTitanOutcome(ctx.sandbox, ['bookingProviderId']);
      },
    },
  ],
};
