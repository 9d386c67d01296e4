// ServiceTitan's main app as an older enterprise shell: the chrome on the top page, the Settings screens
// in a same-origin iframe (WebForms-style GridViews, jQuery UI 1.8-style dialogs, frame-only navigation).
import type { Page } from 'puppeteer';
import { stLegacyFramesSites } from '../../sandbox/renderings/st-legacy-frames/index';
import { chooseByLabel, clickText, setChecked, typeByLabel, waitForText, waitForTextGone } from '../person';
import { frameArea, whenCardCoversFrame } from '../person-frames';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { MAIN_APP, prepareServiceTitan, serviceTitanOutcome } from './walks/servicetitan';

const HEAVYSET_ROW = /^HeavySet Tech$/;
const TERMS_BOX = 'I agree to the Terms and Conditions';

/**
 * The content area as the person sees it (person-frames.ts: the frame's questions, clicks moved by the
 * frame's offset, a spot covered on the top page counts as covered).
 */
function contentArea(ctx: VariantWalkContext, top: Page, inTheWay: string[]): Page {
  const area = frameArea(top, (t) => t.mainFrame().childFrames().find((f) => f.url().startsWith(MAIN_APP)), 'content frame');
  // The card over the frame: the person minimises it (and the walk reports it, as the matrix would).
  whenCardCoversFrame(area, async (wanted) => {
    inTheWay.push(wanted);
    await ctx.shot(top, `st-legacy-frames--in-the-way-${inTheWay.length}`);
    await ctx.cardClick(top, /^minimi[sz]e$/i);
  });
  return area;
}

export const stLegacyFrames: MarkupVariant = {
  id: 'st-legacy-frames',
  description:
    'ServiceTitan main app as an older enterprise shell: the top page (go.servicetitan.com, hash routes) holds the chrome (a table top bar, a Settings tree menu whose Integrations group opens on click) and a same-origin <iframe name=contentFrame> holding the legacy screens at /legacy/settings/…: WebForms-style pages (__VIEWSTATE, ctl00_ ids, GridView tables written with document.write while the page parses, from a synchronous XHR), <input type=button> and <a class="btn"> buttons, labels in sibling <td>/<span> cells; jQuery UI 1.8-style modal dialogs (div.ui-dialog absolute, appended hidden to <body> at load and kept, span.ui-dialog-title, .ui-dialog-buttonpane buttons, div.ui-widget-overlay over the frame only). Saving a tag reloads the frame (the new ID appears after a frame navigation, next to the inactive "HeavySet Tech (old)"); Connect New App is a link loading another page in the frame; the top URL never follows the frame.',
  sites: stLegacyFramesSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'main app in an iframe shell (app made earlier): Dashboard → Settings → Integrations → Booking Provider Tags, Add Tag jQuery UI dialog, the ID after the frame reloads, API Application Access, Connect New App page, Connect dialog (restriction <select>, terms box), Accept',
      async walk(ctx) {
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
        const inTheWay: string[] = [];
        const top = await ctx.open(`${MAIN_APP}/#/Dashboard`);
        const content = contentArea(ctx, top, inTheWay);
        await waitForText(content, 'Dispatch Board');
        await ctx.checkpoint(top, ST_STEPS.openBookingProviders.id);
        await clickText(top, 'Settings');
        await clickText(top, 'Integrations');
        await clickText(top, 'Booking Provider Tags');

        await waitForText(content, 'Angi Leads');
        await ctx.checkpoint(top, ST_STEPS.addTag.id);
        await clickText(content, 'Add Tag');
        await waitForText(content, 'Fill out details to create a tag');
        await ctx.checkpoint(top, ST_STEPS.nameTag.id);
        await ctx.cardClick(top, 'Fill for me');
        await typeByLabel(content, 'Name', 'HeavySet Tech');
        await clickText(content, 'Add');
        await waitForTextGone(content, 'Fill out details to create a tag');
        await waitForText(content, /Booking provider tag "HeavySet Tech" was saved/);
        await waitForText(content, HEAVYSET_ROW);
        await ctx.checkpoint(top, ST_STEPS.bookingProviderId.id);
        await ctx.shot(top, 'st-legacy-frames-tag-id');

        await ctx.checkpoint(top, ST_STEPS.openApiApps.id);
        await clickText(top, 'API Application Access');
        await waitForText(content, 'Acme Dispatch Sync');
        await ctx.checkpoint(top, ST_STEPS.connectNewApp.id);
        await clickText(content, 'Connect New App');
        await waitForText(content, 'Select an application to connect');
        await ctx.checkpoint(top, ST_STEPS.pickApp.id);
        await clickText(content, 'Connect', { near: HEAVYSET_ROW });
        await waitForText(content, 'Terms and Conditions');
        await ctx.checkpoint(top, ST_STEPS.restrictAndAccept.id);
        await chooseByLabel(content, 'Restriction by booking_provider for Bookings', HEAVYSET_ROW);
        await setChecked(content, TERMS_BOX);
        await clickText(content, 'Accept');
        await waitForTextGone(content, TERMS_BOX);
        await waitForText(content, 'HeavySet Tech has been connected');

        if (inTheWay.length) throw new Error(`the card lay over what the person wanted in the content frame: ${inTheWay.join('; ')}`);
        return serviceTitanOutcome(ctx.sandbox, ['bookingProviderId']);
      },
    },
  ],
};
