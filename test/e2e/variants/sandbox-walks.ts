// Walks on the default sandbox pages (test/sandbox/sites), as a person does them by the words on
// screen, for the mutated renderings (./mutations.ts): the same walks whatever the markup; only the
// words change when a variant rewords the page (`words`), and a dialog that closes itself is waited
// for instead of closed.
import type { Page } from 'puppeteer';
import type { Wording } from '../../sandbox/renderings/mutations/index';
import { chooseByLabel, clickText, setChecked, typeByLabel, waitForText, waitForTextGone } from '../person';
import { LEAP_STEPS, ST_STEPS, ZOHO_STEPS } from './steps';
import type { CrmName, VariantWalk, VariantWalkContext } from './types';
import { issuedToken, prepareLeap } from './walks/leap';
import { addHeavySetTag, checkCreatedApp, completeNewAppForm, heavySetAppId, MAIN_APP, PORTAL, prepareServiceTitan, SEED_LABELS, serviceTitanOutcome } from './walks/servicetitan';
import { connected, consentUrl, leaveWithout, refused } from './walks/zoho';

export interface SandboxWalkOptions {
  /** The variant's wording of the pages (what the person reads instead of the default words). */
  words?: Wording;
  /** Dialogs showing a value close by themselves: the person waits instead of closing them. */
  selfClosing?: boolean;
  viewport?: { width: number; height: number };
  /** A short name for the screenshots `ctx.shot` takes (README pictures). */
  shots?: string;
}

const HEAVYSET_ROW = /^HeavySet Tech$/;
const LEAP_HELP = 'A name that tells you later which application uses this token.';
const LEAP_SHOWN_ONCE = /only be shown once/i;
const ST_SHOWN_ONCE = /will not be shown again/i;

function reader(crm: CrmName, options: SandboxWalkOptions) {
  const map = options.words?.[crm] ?? {};
  return (text: string) => map[text] ?? text;
}

async function shot(ctx: VariantWalkContext, options: SandboxWalkOptions, page: Page, what: string): Promise<void> {
  if (options.shots) await ctx.shot(page, `${options.shots}-${what}`);
}

/** Leap: Developers, Generate Token, the name, the token shown once (copied, or gone by itself). */
async function leapGenerate(ctx: VariantWalkContext, page: Page, options: SandboxWalkOptions): Promise<void> {
  await ctx.checkpoint(page, LEAP_STEPS.generateToken.id);
  await clickText(page, 'Generate Token');
  await waitForText(page, LEAP_HELP);
  await ctx.checkpoint(page, LEAP_STEPS.nameToken.id);
  await ctx.cardClick(page, 'Fill for me');
  await typeByLabel(page, 'Token Name', 'HeavySet Tech');
  await clickText(page, 'Generate Token', { near: LEAP_HELP });
  await waitForText(page, LEAP_SHOWN_ONCE);
  await ctx.checkpoint(page, LEAP_STEPS.tokenCaptured.id);
  await shot(ctx, options, page, 'leap-token');
  if (!options.selfClosing) await clickText(page, 'Copy to Clipboard');
  await waitForTextGone(page, LEAP_SHOWN_ONCE, 5_000);
}

export function leapWalk(options: SandboxWalkOptions = {}): VariantWalk {
  const w = reader('leap', options);
  return {
    crm: 'leap',
    name: `dashboard → profile name → Settings → ${w('Developers')} → Generate Token → token${options.selfClosing ? ' (the dialog closes itself)' : ', Copy to Clipboard'}`,
    viewport: options.viewport,
    async walk(ctx) {
      const { before } = await prepareLeap(ctx.sandbox);
      const page = await ctx.open('https://www.jobprogress.com/app/#/dashboard');
      await waitForText(page, 'Welcome back');
      await ctx.checkpoint(page, LEAP_STEPS.openDevelopers.id);
      await clickText(page, 'Jordan Miller');
      await clickText(page, 'Settings');
      await waitForText(page, 'Manage your company');
      await clickText(page, w('Developers'));
      await waitForText(page, 'Created By');
      await leapGenerate(ctx, page, options);
      return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [] } };
    },
  };
}

export function leapMidFlowWalk(options: SandboxWalkOptions = {}): VariantWalk {
  return {
    crm: 'leap',
    name: 'Developers opened directly (jobprogress.com) with an earlier "HeavySet Tech" token listed',
    viewport: options.viewport,
    async walk(ctx) {
      const { before, earlier } = await prepareLeap(ctx.sandbox, { earlierHeavySetToken: true });
      const page = await ctx.open('https://jobprogress.com/app/#/settings/developers');
      await waitForText(page, 'HeavySet Tech');
      await leapGenerate(ctx, page, options);
      return { issued: { apiToken: await issuedToken(ctx.sandbox, before) }, decoys: { apiToken: [earlier!] } };
    },
  };
}

/** Main app: a tag named "HeavySet Tech" (its ID recorded), then the app connected with the booking restriction. */
async function tagAndAuthorize(ctx: VariantWalkContext, main: Page): Promise<void> {
  await addHeavySetTag(ctx, main);
  await waitForText(main, HEAVYSET_ROW);
  await ctx.checkpoint(main, ST_STEPS.bookingProviderId.id);
  await clickText(main, 'API Application Access');
  await waitForText(main, 'Fleet Tracker');
  await ctx.checkpoint(main, ST_STEPS.connectNewApp.id);
  await clickText(main, 'Connect New App');
  await waitForText(main, HEAVYSET_ROW);
  await ctx.checkpoint(main, ST_STEPS.pickApp.id);
  await clickText(main, 'Connect', { near: HEAVYSET_ROW });
  await waitForText(main, 'Terms and Conditions');
  await ctx.checkpoint(main, ST_STEPS.restrictAndAccept.id);
  await chooseByLabel(main, 'Restriction by booking_provider for Bookings', 'HeavySet Tech');
  await clickText(main, 'Accept');
  await waitForTextGone(main, 'Terms and Conditions');
}

async function stSignIn(ctx: VariantWalkContext): Promise<Page> {
  const portal = await ctx.open(`${PORTAL}/signin`);
  await waitForText(portal, 'Login as Production Environment User');
  await ctx.checkpoint(portal, ST_STEPS.portalSignIn.id);
  await clickText(portal, 'Login as Production Environment User');
  await waitForText(portal, 'Acme Dispatch Sync');
  return portal;
}

/** App Connections: Generate, Yes, Continue, the secret shown once; then My Apps → Edit → Application Key. */
async function stSecretAndKey(ctx: VariantWalkContext, portal: Page, options: SandboxWalkOptions): Promise<void> {
  const w = reader('servicetitan', options);
  await waitForText(portal, 'Allowed by Tenant');
  await ctx.checkpoint(portal, ST_STEPS.generateSecret.id);
  await clickText(portal, w('Generate'));
  await waitForText(portal, 'Please confirm you want to generate');
  await ctx.checkpoint(portal, ST_STEPS.confirmGenerate.id);
  await clickText(portal, 'Yes, Continue');
  await waitForText(portal, ST_SHOWN_ONCE);
  await ctx.checkpoint(portal, ST_STEPS.captureSecret.id);
  await shot(ctx, options, portal, 'st-secret');
  if (!options.selfClosing) await clickText(portal, 'Done');
  await waitForTextGone(portal, ST_SHOWN_ONCE, 5_000);
  await clickText(portal, w('My Apps'));
  await waitForText(portal, HEAVYSET_ROW);
  await ctx.checkpoint(portal, ST_STEPS.openEdit.id);
  await clickText(portal, 'Edit', { near: HEAVYSET_ROW });
  await waitForText(portal, 'Send this key in the ST-App-Key header');
  await ctx.checkpoint(portal, ST_STEPS.appKey.id);
}

const wholeSeedWalks = new WeakSet<VariantWalk>();
/** A walk of the whole ServiceTitan seed (the longest: the matrix runs them in a file of their own). */
export const isWholeSeed = (walk: VariantWalk) => wholeSeedWalks.has(walk);

export function stWholeWalk(options: SandboxWalkOptions = {}): VariantWalk {
  const w = reader('servicetitan', options);
  const walk: VariantWalk = {
    crm: 'servicetitan',
    name: `the whole seed: sign-in → ${w('+ New App')} → tag → tenant authorization → secret${options.selfClosing ? ' (closes itself)' : ''} → Application Key`,
    viewport: options.viewport,
    async walk(ctx) {
      await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true });
      const portal = await stSignIn(ctx);
      await ctx.checkpoint(portal, ST_STEPS.newApp.id);
      await clickText(portal, w('+ New App'));
      await waitForText(portal, 'API Scopes');
      await ctx.checkpoint(portal, ST_STEPS.newAppForm.id);
      await shot(ctx, options, portal, 'st-new-app');
      await ctx.cardClick(portal, 'Fill for me');
      await completeNewAppForm(portal, { ...SEED_LABELS, read: w('Read'), write: w('Write') });
      await clickText(portal, 'Create App');
      await waitForText(portal, HEAVYSET_ROW);
      await checkCreatedApp(ctx.sandbox);
      await ctx.checkpoint(portal, ST_STEPS.appListed.id);

      const main = await ctx.open(`${MAIN_APP}/#/`);
      await waitForText(main, 'Revenue this week');
      await ctx.checkpoint(main, ST_STEPS.openBookingProviders.id);
      await clickText(main, 'Settings');
      await clickText(main, 'Booking Providers');
      await tagAndAuthorize(ctx, main);

      await portal.bringToFront();
      await clickText(portal, w('My Apps'));
      await waitForText(portal, HEAVYSET_ROW);
      await ctx.checkpoint(portal, ST_STEPS.openConnections.id);
      await clickText(portal, 'View Connections', { near: HEAVYSET_ROW });
      await stSecretAndKey(ctx, portal, options);
      return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey', 'bookingProviderId']);
    },
  };
  wholeSeedWalks.add(walk);
  return walk;
}

/** Entered at App Connections (a bookmark, once signed in): app, tag and tenant authorization done before. */
export function stConnectionsWalk(options: SandboxWalkOptions = {}): VariantWalk {
  return {
    crm: 'servicetitan',
    name: `entered at App Connections (app, tag and tenant authorization done earlier): secret${options.selfClosing ? ' (closes itself)' : ''} → Application Key`,
    viewport: options.viewport,
    async walk(ctx) {
      await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'connected' });
      const portal = await stSignIn(ctx);
      await portal.goto(`${PORTAL}/custom/my-apps/${await heavySetAppId(ctx.sandbox)}/connections`, { waitUntil: 'load' });
      await stSecretAndKey(ctx, portal, options);
      return serviceTitanOutcome(ctx.sandbox, ['tenantId', 'clientId', 'clientSecret', 'applicationKey']);
    },
  };
}

/** Entered at Booking Providers in the main app, the app made earlier: tag, restriction, Accept. */
export function stBookingWalk(options: SandboxWalkOptions = {}): VariantWalk {
  return {
    crm: 'servicetitan',
    name: 'entered at Booking Providers in the main app (the app made earlier): tag, restriction, Accept',
    viewport: options.viewport,
    async walk(ctx) {
      await prepareServiceTitan(ctx.sandbox, { decoyTags: true, otherApp: true, done: 'app' });
      const main = await ctx.open(`${MAIN_APP}/#/Settings/Integrations/BookingProviders`);
      await tagAndAuthorize(ctx, main);
      return serviceTitanOutcome(ctx.sandbox, ['bookingProviderId']);
    },
  };
}

const CONSENT = 'I allow HeavySet Tech to access the above data from my Zoho account';
const PRODUCTION_ORG = /^Acme Roofing Organization ID/;

export function zohoOrgWalk(options: SandboxWalkOptions = {}): VariantWalk {
  const w = reader('zoho', options);
  return {
    crm: 'zoho',
    name: 'EU, two organizations: Acme Roofing picked, Submit, tick, Accept',
    viewport: options.viewport,
    async walk(ctx) {
      // The default consent page reads the organizations from `sandbox_orgs` (the renderings: `sandbox_account`).
      const page = await ctx.open(`${await consentUrl(ctx.sandbox, 'eu', 'multi')}&sandbox_orgs=2`);
      await waitForText(page, w('Choose your organization'));
      await ctx.checkpoint(page, ZOHO_STEPS.chooseOrg.id);
      await setChecked(page, PRODUCTION_ORG);
      await clickText(page, 'Submit');
      await waitForText(page, CONSENT);
      await ctx.checkpoint(page, ZOHO_STEPS.allow.id);
      await setChecked(page, CONSENT);
      await ctx.checkpoint(page, ZOHO_STEPS.accept.id);
      await clickText(page, 'Accept');
      return connected(ctx.sandbox, page, 'eu');
    },
  };
}

export function zohoNoCrmWalk(options: SandboxWalkOptions = {}): VariantWalk {
  return {
    crm: 'zoho',
    name: 'India, an account without Zoho CRM: Back to app (error=no_org)',
    viewport: options.viewport,
    async walk(ctx) {
      const page = await ctx.open(`${await consentUrl(ctx.sandbox, 'in', 'nocrm')}&sandbox_orgs=0`);
      await waitForText(page, 'No Zoho CRM account found');
      await ctx.checkpoint(page, ZOHO_STEPS.noOrg.id);
      await leaveWithout(ctx, page, 'Back to app');
      return refused(ctx.sandbox, page, 'no_org');
    },
  };
}
