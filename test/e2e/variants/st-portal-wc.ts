// ServiceTitan's Developer Portal as a web-components app (test/sandbox/renderings/st-portal-wc): Lit
// components on a Spectrum Web Components-style kit, everything in nested OPEN shadow roots. The person
// reads and clicks through test/e2e/person-deep.ts (person.ts sees no words on such a page): sign in →
// My Apps (an st-table of custom-element rows) → New App (st-text-fields, st-pickers whose options show
// in a popover, unlabelled st-checkboxes in the scopes table's own <table>, an st-radio-group) → Create
// App; the tenant connects the app in the main app (not rendered here: the backend does it, as the
// walks entered later prepare it) → App Connections → Generate secret → native modal <dialog> inside a
// shadow root to confirm → the Client Secret once in a read-only st-text-field (value a property) →
// Copy → Done → Edit → the Application Key in a read-only st-text-field.
import type { Page } from 'puppeteer';
import { stPortalWcSites } from '../../sandbox/renderings/st-portal-wc/index';
import { DeepPerson, gone, sees, shownTexts, showsDeep, sleep, stateOf, untilStill } from '../person-deep';
import { ST_STEPS } from './steps';
import type { MarkupVariant, VariantWalkContext } from './types';
import { mustCall } from './walks/leap';
import { checkCreatedApp, DEVELOPER_MANAGES, heavySetAppId, PORTAL, prepareServiceTitan, READ_SCOPES, serviceTitanOutcome, WRITE_SCOPES } from './walks/servicetitan';

const SHOTS = 'st-portal-wc';
const HEAVYSET_ROW = /^HeavySet Tech$/;
const CONFIRM = /visible only once/;
const ONCE = /only time the client secret is shown/;
const MASKED = /•{6,}\w{0,4}/;
/** The st-dialog's 130 ms show animation: the person reads it once it has settled. */
const SETTLE_MS = 300;
const DESCRIPTION = 'HeavySet Tech Web Scheduler: online booking, customer and lead sync.';

/** The New App form completed by hand as the seed's table says, keeping what is already right (after "Fill for me"). */
async function completeForm(person: DeepPerson, page: Page): Promise<void> {
  await person.type(page, 'Organization', 'HeavySet Tech');
  if (!/^https:\/\/heavys?set\.tech\/?$/.test((await stateOf(page, 'Homepage')).value ?? '')) await person.type(page, 'Homepage', 'https://heavyset.tech');
  if (!/^(engineer|support)@heavyset\.tech$/.test((await stateOf(page, 'Email Address')).value ?? '')) await person.choose(page, 'Email Address', 'engineer@heavyset.tech');
  await person.type(page, 'Application Name', 'HeavySet Tech');
  if (!(await stateOf(page, 'Description')).value?.trim()) await person.type(page, 'Description', DESCRIPTION);
  await person.choose(page, 'App Category', 'Web Scheduler');
  await person.tick(page, DEVELOPER_MANAGES);
  for (const scope of READ_SCOPES) await person.tick(page, scope, { target: 'cell', column: 'Read' });
  for (const scope of WRITE_SCOPES) await person.tick(page, scope, { target: 'cell', column: 'Write' });
}

/** A button in the HeavySet Tech row of My Apps, clicked again when nothing happened (a list still settling). */
async function rowButton(person: DeepPerson, page: Page, label: string, then: string | RegExp): Promise<void> {
  for (let attempt = 0; attempt < 3 && !(await showsDeep(page, then)); attempt++) {
    await person.click(page, label, { near: HEAVYSET_ROW });
    await sees(page, then, 3_000).catch(() => undefined);
  }
  await sees(page, then);
}

/**
 * My Apps → App Connections → Generate secret → Yes, Continue → the secret once → Copy → Done → Back
 * to all apps → Edit → Application Key. `sawConnection`: the assistant saw the tag and the tenant's
 * Accept in this walk (never here: the main app is not part of this rendering), so the card may rightly
 * point to the main app at My Apps. Returns the masked secrets the page showed before the new one.
 */
async function secretAndKey(ctx: VariantWalkContext, person: DeepPerson, portal: Page, shots: string): Promise<string[]> {
  await sees(portal, 'Acme Dispatch Sync');
  await rowButton(person, portal, 'App Connections', 'Allowed by Tenant');
  await sees(portal, 'Generate secret');
  const masked = await shownTexts(portal, MASKED);
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  await person.click(portal, 'Generate secret');
  await sees(portal, CONFIRM);
  await sleep(SETTLE_MS);
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await person.click(portal, 'Yes, Continue');
  await sees(portal, ONCE);
  await sleep(SETTLE_MS);
  // Shown once: the card should have the secret already, before the person copies it.
  await ctx.checkpoint(portal, ST_STEPS.oauthValues.id);
  await ctx.shot(portal, `${shots}-secret`);
  await person.click(portal, 'Copy');
  await sees(portal, 'Client secret copied to clipboard.');
  await person.click(portal, 'Done');
  await gone(portal, ONCE);
  await person.click(portal, 'Back to all apps');
  await sees(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await rowButton(person, portal, 'Edit', 'Application Key');
  // The app loads a moment after the view: the person waits for the key to show.
  const deadline = Date.now() + 5_000;
  while (!(await stateOf(portal, 'Application Key')).value) {
    if (Date.now() > deadline) throw new Error('Edit shows no Application Key');
    await sleep(100);
  }
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
  await ctx.shot(portal, `${shots}-app-key`);
  return masked;
}

export const stPortalWc: MarkupVariant = {
  id: 'st-portal-wc',
  description:
    'ServiceTitan Developer Portal as a Lit web-components app (Spectrum Web Components-style kit, reproduced), developer.servicetitan.io only: the whole app in nested OPEN shadow roots (st-theme → st-app → st-my-apps-page → st-app-list / st-app-editor / st-app-connections → st-scopes-table → st-checkbox → native input), Lit marker comments, adoptedStyleSheets, dir="ltr" on every host; My Apps (in place, URL unchanged) as an sp-table-style st-table (roles on custom-element hosts) with App ID and Client ID columns and Edit / App Connections / API Usage Report per row, another app’s row as decoy; New App with st-text-fields (label + input inside the shadow root, value a property written back on every render as live() does, required marker an SVG), st-pickers (role=combobox button, options = light-DOM st-menu-items shown in a native popover in the top layer; App Category grouped), an External Data Application GUID read-only, the scopes as unlabelled st-checkboxes (a transparent native input over a drawn box) in a real <table> inside st-scopes-table’s shadow root (sticky header, scrolling, group rows "All / None"), Client Credentials Management as st-radios (role=radio on the hosts, no native input); App Connections with a masked earlier secret "••••••••••••" and "Generate secret" → st-dialog = a NATIVE modal <dialog> inside its shadow root (top layer, the rest of the page inert; slotted footer st-buttons) "Generate Client Secret" → "Client Secret" dialog, the secret once in a read-only st-text-field (value set as a property), Copy (toast), Done clears it; Edit with the Application Key in a read-only st-text-field with an icon-only Copy in its suffix.',
  sites: stPortalWcSites,
  walks: [
    {
      crm: 'servicetitan',
      name: 'the portal part of the seed: sign in, My Apps (st-table), New App (text fields, pickers in popovers, scope boxes in a shadow <table>, radios on hosts), Create; tenant connected by the backend; App Connections → Generate secret → native <dialog> in a shadow root → secret once → Copy, Done → Edit → Application Key',
      async walk(ctx) {
        const person = new DeepPerson(ctx, SHOTS);
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
        const portal = await ctx.open(`${PORTAL}/signin`);
        await sees(portal, 'Login as Production Environment User');
        await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
        await person.click(portal, 'Login as Production Environment User');
        await sees(portal, 'Production environment');
        await ctx.checkpoint(portal, ST_STEPS.openMyApps.id);
        await person.click(portal, 'My Apps');
        await sees(portal, 'Acme Dispatch Sync');
        await ctx.checkpoint(portal, ST_STEPS.newApp.id);
        await person.click(portal, 'New App');
        await sees(portal, 'Create App');
        await ctx.checkpoint(portal, ST_STEPS.newAppForm.id);
        await ctx.shot(portal, `${SHOTS}-new-app`);
        await ctx.cardClick(portal, 'Fill for me');
        // The person watches the assistant fill the form (it may scroll the scopes list while it looks), then reviews it.
        await untilStill(portal);
        await completeForm(person, portal);
        await person.click(portal, 'Create App');
        // The form's own fields say "HeavySet Tech" too: the list is back once the form is gone.
        await gone(portal, 'Create App');
        await sees(portal, HEAVYSET_ROW);
        await checkCreatedApp(ctx.sandbox);
        await ctx.checkpoint(portal, ST_STEPS.appListed.id);

        // The main app's part (tag, Connect New App, Accept) is not rendered here: done in the backend.
        const tag = await mustCall(ctx.sandbox, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'HeavySet Tech', description: '' });
        await mustCall(ctx.sandbox, 'POST', `/sandbox/crm/servicetitan/apps/${await heavySetAppId(ctx.sandbox)}/connect`, { bookingProviderTagId: tag.id });

        // Back in the portal: My Apps again (the list as it is now).
        await person.click(portal, 'My Apps');
        await sees(portal, HEAVYSET_ROW);
        const masked = await secretAndKey(ctx, person, portal, SHOTS);
        const outcome = await serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
        return person.done({ ...outcome, decoys: { ...outcome.decoys, clientSecret: masked } });
      },
    },
    {
      crm: 'servicetitan',
      name: 'portal only (1024×640), tenant connected earlier, an earlier secret masked: App Connections → Generate secret → native <dialog> in a shadow root → secret once, Copy, Done → Edit → Application Key',
      viewport: { width: 1024, height: 640 },
      async walk(ctx) {
        const person = new DeepPerson(ctx, SHOTS);
        await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
        // A secret generated some time ago (lost since): the page shows it masked only.
        const earlier = await mustCall(ctx.sandbox, 'POST', `/sandbox/crm/servicetitan/apps/${await heavySetAppId(ctx.sandbox)}/secret`, {});
        const portal = await ctx.open(`${PORTAL}/custom/my-apps/`);
        const masked = await secretAndKey(ctx, person, portal, `${SHOTS}-1024`);
        const outcome = await serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
        return person.done({ ...outcome, decoys: { ...outcome.decoys, clientSecret: [...masked, earlier.clientSecret as string] } });
      },
    },
  ],
};
