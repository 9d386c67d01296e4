// ServiceTitan reproduced as Anvil2 and KendoReact 4.x render it (test/sandbox/renderings/servicetitan-anvil),
// and what a person does on it, by what they see.
import type { Page } from 'puppeteer';
import { serviceTitanAnvilSite } from '../../sandbox/renderings/servicetitan-anvil/index';
import { callSandbox } from '../../sandbox/server/testing';
import type { ServerState } from '../../sandbox/server/state';
import { serverState, type Sandbox } from '../harness';
import {
  chooseIfNeeded,
  comboboxShows,
  fillIfNeeded,
  hoverCellTooltip,
  press,
  pressInRow,
  row,
  tick,
  tickCell,
  valueOf,
  waitForTextGone,
  waitForVisibleText,
  waitUntilLoaded,
} from '../person-actions';
import type { MarkupVariant, VariantWalkContext, WalkResult } from './types';

/** The ServiceTitan playbook's step ids (utils/crm/servicetitan.ts) where the walks check the card. */
const STEP = {
  signIn: 'portal-sign-in',
  newApp: 'new-app',
  newAppForm: 'new-app-form',
  appListed: 'app-listed',
  openBookingProviders: 'open-booking-providers',
  addTag: 'add-tag',
  nameTag: 'name-tag',
  bookingProviderId: 'booking-provider-id',
  connectNewApp: 'connect-new-app',
  pickApp: 'pick-app',
  restrictAndAccept: 'restrict-and-accept',
  openConnections: 'open-connections',
  generateSecret: 'generate-secret',
  confirmGenerate: 'confirm-generate',
  captureSecret: 'capture-secret',
  oauthValues: 'oauth-values',
  openEdit: 'open-edit',
  appKey: 'app-key',
} as const;

const PORTAL_MY_APPS = 'https://developer.servicetitan.io/custom/my-apps/';
const GO_SETTINGS = 'https://go.servicetitan.com/#/Settings';
const APP = 'HeavySet Tech';
const SEEDED_TAG_ID = '384120957';

/** The seed's New App values (Homepage: the product's default for the guide's "heavysset" typo). */
const FORM = {
  'Application Name': APP,
  Organization: APP,
  Homepage: 'https://heavyset.tech',
};
const DESCRIPTION = 'HeavySet Tech Web Scheduler: online booking, customer and lead sync, job tracking.';
const EMAIL = 'engineer@heavyset.tech';
const CATEGORY = 'Web Scheduler';
const CREDENTIALS = 'I, the app developer, will configure the credentials on behalf of each tenant';
const READ = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs', 'Campaigns', 'Business Units', 'Technicians'];
const WRITE = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs'];
/** The seed's API scopes (Step 6). */
export const SEED_SCOPES = { read: READ, write: WRITE };

async function signInIfAsked(ctx: VariantWalkContext, page: Page, checkpoint: boolean): Promise<void> {
  await page.waitForFunction(() => /My Apps|Login as Production Environment User/.test(document.body.innerText));
  if (!(await page.evaluate(() => document.body.innerText.includes('Login as Production Environment User')))) return;
  if (checkpoint) await ctx.checkpoint(page, STEP.signIn);
  await press(page, 'button', 'Login as Production Environment User');
}

/** Steps 5–8: + New App, the card's Fill for me, then whatever is still empty by hand, Create App. */
async function createApp(ctx: VariantWalkContext, portal: Page): Promise<void> {
  await waitUntilLoaded(portal);
  await ctx.checkpoint(portal, STEP.newApp);
  await press(portal, 'button', '+ New App');
  await waitForVisibleText(portal, 'App details');
  await ctx.checkpoint(portal, STEP.newAppForm);
  await ctx.cardClick(portal, 'Fill for me');
  for (const [label, value] of Object.entries(FORM)) if (!(await valueOf(portal, label)).trim()) await fillIfNeeded(portal, label, value);
  if (!(await valueOf(portal, 'Description')).trim()) await fillIfNeeded(portal, 'Description', DESCRIPTION);
  if (!/@/.test(await comboboxShows(portal, 'Email Address'))) await chooseIfNeeded(portal, 'Email Address', EMAIL);
  await chooseIfNeeded(portal, 'App Category', CATEGORY);
  await tick(portal, 'radio', CREDENTIALS);
  for (const scope of READ) await tickCell(portal, scope, 'Read');
  for (const scope of WRITE) await tickCell(portal, scope, 'Write');
  await ctx.shot(portal, 'st-anvil-new-app');
  await press(portal, 'button', 'Create App');
  await row(portal, APP);
  await ctx.checkpoint(portal, STEP.appListed);
}

/** Steps 9–11 in the main app: Booking Providers → Add Tag (a native modal dialog) → the tag's ID listed. */
async function addTag(ctx: VariantWalkContext, go: Page): Promise<void> {
  await ctx.checkpoint(go, STEP.openBookingProviders);
  await press(go, 'link', 'Booking Providers');
  await waitUntilLoaded(go);
  await ctx.checkpoint(go, STEP.addTag);
  await press(go, 'button', 'Add Tag');
  await waitForVisibleText(go, 'Fill out details to create a tag');
  await ctx.checkpoint(go, STEP.nameTag);
  // The dialog is modal: the page around it, the card included, is inert while it is open.
  await ctx.cardClick(go, 'Fill for me');
  await fillIfNeeded(go, 'Name', APP);
  await press(go, 'button', 'Add');
  await waitForTextGone(go, 'Fill out details to create a tag');
  await row(go, APP);
  await ctx.checkpoint(go, STEP.bookingProviderId);
}

/** Steps 12–16: API Application Access → Connect New App → Connect → restriction → Accept. */
async function connectApp(ctx: VariantWalkContext, go: Page): Promise<void> {
  await press(go, 'link', 'API Application Access');
  await waitUntilLoaded(go);
  await ctx.checkpoint(go, STEP.connectNewApp);
  await press(go, 'button', 'Connect New App');
  await waitUntilLoaded(go);
  await ctx.checkpoint(go, STEP.pickApp);
  await pressInRow(go, APP, 'Connect');
  await waitForVisibleText(go, 'Terms and Conditions');
  await ctx.checkpoint(go, STEP.restrictAndAccept);
  await chooseIfNeeded(go, 'Restriction by booking_provider for Bookings', APP);
  await ctx.shot(go, 'st-anvil-connect');
  await press(go, 'button', 'Accept');
  await waitForTextGone(go, 'Terms and Conditions');
  await row(go, APP);
}

/** Steps 17–22 in the portal: View Connections → green dot → Generate → Yes, Continue → the secret once → Edit → Application Key. */
async function secretAndKey(ctx: VariantWalkContext, portal: Page, sawConnection: boolean): Promise<void> {
  await waitUntilLoaded(portal);
  // Entered in the middle, the assistant has not seen the tenant accept the app: My Apps alone cannot tell it.
  if (sawConnection) await ctx.checkpoint(portal, STEP.openConnections);
  await pressInRow(portal, APP, 'View Connections');
  await waitUntilLoaded(portal);
  await waitForVisibleText(portal, 'App Connections');
  await ctx.checkpoint(portal, STEP.generateSecret);
  // The person knows their tenant's ID: its row is where they check the dot.
  const tenantId = (await serverState(ctx.sandbox)).crm.servicetitan.tenantId;
  const allowed = await hoverCellTooltip(portal, tenantId, 'Allowed by Tenant');
  if (allowed !== 'Allowed') throw new Error(`the Allowed by Tenant dot says "${allowed}"`);
  await press(portal, 'button', 'Generate');
  await waitForVisibleText(portal, 'Would you like to continue?');
  await ctx.checkpoint(portal, STEP.confirmGenerate);
  await press(portal, 'button', 'Yes, Continue');
  await waitForVisibleText(portal, 'This client secret is visible only once');
  await ctx.checkpoint(portal, STEP.captureSecret);
  await ctx.shot(portal, 'st-anvil-secret');
  await press(portal, 'button', 'Close Dialog');
  await waitForTextGone(portal, 'This client secret is visible only once');
  // Still on App Connections: the card confirms the three values and points back to My Apps.
  await ctx.checkpoint(portal, STEP.oauthValues);
  await press(portal, 'button', 'Back to all apps');
  await waitUntilLoaded(portal);
  await ctx.checkpoint(portal, STEP.openEdit);
  await pressInRow(portal, APP, 'Edit');
  await waitForVisibleText(portal, 'Application Key');
  await ctx.checkpoint(portal, STEP.appKey);
}

function issuedFor(state: ServerState, withTag: boolean): Record<string, string> {
  const st = state.crm.servicetitan;
  const app = st.apps.find((a) => a.name === APP);
  if (!app?.clientSecret) throw new Error('ServiceTitan issued no HeavySet Tech app with a client secret');
  const issued: Record<string, string> = { tenantId: app.tenantId, clientId: app.clientId, clientSecret: app.clientSecret, applicationKey: app.applicationKey };
  if (withTag) {
    const tag = st.tags.find((t) => t.name === APP);
    if (!tag) throw new Error('ServiceTitan holds no HeavySet Tech booking provider tag');
    issued.bookingProviderId = tag.id;
  }
  return issued;
}

/** The backend as after steps 1–16: the app created, the tag added, the tenant's connection accepted (what is missing only). */
async function prepareConnectedApp(sandbox: Sandbox): Promise<void> {
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await callSandbox(sandbox.server, method, `/sandbox/crm/servicetitan/${path}`, body);
    if (answer.status >= 300) throw new Error(`${method} ${path} → ${answer.status}`);
    return answer.body;
  };
  const state = await serverState(sandbox);
  const app =
    state.crm.servicetitan.apps.find((a) => a.name === APP) ??
    (await call('POST', 'apps', {
      name: APP,
      organization: APP,
      homepage: FORM.Homepage,
      email: EMAIL,
      description: DESCRIPTION,
      category: CATEGORY,
      credentialsManagement: CREDENTIALS,
      scopes: { read: READ, write: WRITE },
    }));
  const tag = state.crm.servicetitan.tags.find((t) => t.name === APP) ?? (await call('POST', 'tags', { name: APP, description: '' }));
  if (!app.allowedByTenant) await call('POST', `apps/${app.id}/connect`, { bookingProviderTagId: tag.id });
}

export const serviceTitanAnvilVariant: MarkupVariant = {
  id: 'servicetitan-anvil2-kendo',
  description:
    'ServiceTitan as Anvil2 + KendoReact 4.x render it: headers and rows in separate tables tied by aria-colindex, a virtual scopes grid, React-controlled inputs, downshift comboboxes, native modal <dialog>s (the card is inert under them), a status dot with a tooltip only, My Apps views switched in place',
  sites: [serviceTitanAnvilSite],
  walks: [
    {
      crm: 'servicetitan',
      name: 'the whole guide: sign-in, New App (virtual scopes grid), Add Tag and Connect in native modal dialogs, secret once, Application Key',
      async walk(ctx): Promise<WalkResult> {
        if ((await serverState(ctx.sandbox)).crm.servicetitan.apps.some((a) => a.name === APP)) {
          throw new Error('this walk needs a ServiceTitan backend without a HeavySet Tech app');
        }
        const portal = await ctx.open(PORTAL_MY_APPS);
        await signInIfAsked(ctx, portal, true);
        await createApp(ctx, portal);
        const go = await ctx.open(GO_SETTINGS);
        await addTag(ctx, go);
        await connectApp(ctx, go);
        await portal.bringToFront();
        await press(portal, 'link', 'My Apps');
        await secretAndKey(ctx, portal, true);
        return { issued: issuedFor(await serverState(ctx.sandbox), true), decoys: { bookingProviderId: [SEEDED_TAG_ID] } };
      },
    },
    {
      crm: 'servicetitan',
      name: 'entered in the middle: app, tag and tenant connection exist; App Connections → secret → Application Key; 1024×640',
      viewport: { width: 1024, height: 640 },
      async walk(ctx): Promise<WalkResult> {
        await prepareConnectedApp(ctx.sandbox);
        const portal = await ctx.open(PORTAL_MY_APPS);
        await signInIfAsked(ctx, portal, false);
        await secretAndKey(ctx, portal, false);
        return { issued: issuedFor(await serverState(ctx.sandbox), false) };
      },
    },
  ],
};
