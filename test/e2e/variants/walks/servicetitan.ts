// ServiceTitan backend preparation, the New App form as the seed fills it, and what the sandbox
// issued, for the variants' ServiceTitan walks.
import type { Page } from 'puppeteer';
import { serverState, type Sandbox } from '../../harness';
import { chooseByLabel, clickText, fieldInfo, setCell, setChecked, typeByLabel, waitForText, waitForTextGone, type TextMatch } from '../../person';
import { ST_STEPS } from '../steps';
import type { VariantWalkContext } from '../types';
import { mustCall } from './leap';

export const PORTAL = 'https://developer.servicetitan.io';
export const MAIN_APP = 'https://go.servicetitan.com';

export const READ_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs', 'Campaigns', 'Business Units', 'Technicians'];
export const WRITE_SCOPES = ['Bookings', 'Customers', 'Leads', 'Appointments', 'Jobs'];
export const DEVELOPER_MANAGES = 'I, the app developer, will configure the credentials on behalf of each tenant';

const HEAVYSET_APP = {
  name: 'HeavySet Tech',
  organization: 'HeavySet Tech',
  homepage: 'https://heavyset.tech',
  email: 'engineer@heavyset.tech',
  description: 'HeavySet Tech Web Scheduler: online booking, customer and lead sync.',
  category: 'Web Scheduler',
  credentialsManagement: DEVELOPER_MANAGES,
  scopes: { read: READ_SCOPES, write: WRITE_SCOPES },
};
const OTHER_APP = { ...HEAVYSET_APP, name: 'Acme Dispatch Sync', organization: 'Acme Roofing', homepage: 'https://acmeroofing.com', email: 'it@acmeroofing.com', category: 'CRM', credentialsManagement: 'The tenant will configure the credentials' };

export interface StPrep {
  /** "Home Advisor" and "HeavySet Tech (old)" tags next to the seeded "Angi Leads". */
  decoyTags?: boolean;
  /** Another app of the account ("Acme Dispatch Sync"), connected to the tenant. */
  otherApp?: boolean;
  /** Steps done before the walk starts: the app created, the tag made, the tenant connected (app restricted to the tag). */
  done?: 'app' | 'app+tag' | 'connected';
}

export async function prepareServiceTitan(s: Sandbox, prep: StPrep = {}): Promise<void> {
  if (prep.decoyTags) {
    await mustCall(s, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'Home Advisor', description: 'HomeAdvisor leads' });
    await mustCall(s, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'HeavySet Tech (old)', description: 'Do not use' });
  }
  if (prep.otherApp) {
    const other = await mustCall(s, 'POST', '/sandbox/crm/servicetitan/apps', OTHER_APP);
    await mustCall(s, 'POST', `/sandbox/crm/servicetitan/apps/${other.id}/connect`, {});
  }
  if (!prep.done) return;
  const app = await mustCall(s, 'POST', '/sandbox/crm/servicetitan/apps', HEAVYSET_APP);
  if (prep.done === 'app') return;
  const tag = await mustCall(s, 'POST', '/sandbox/crm/servicetitan/tags', { name: 'HeavySet Tech', description: '' });
  if (prep.done === 'connected') await mustCall(s, 'POST', `/sandbox/crm/servicetitan/apps/${app.id}/connect`, { bookingProviderTagId: tag.id });
}

/** The id of the newest "HeavySet Tech" app (to open its pages directly in walks entered in the middle). */
export async function heavySetAppId(s: Sandbox): Promise<string> {
  const app = (await serverState(s)).crm.servicetitan.apps.filter((a) => a.name === 'HeavySet Tech').pop();
  if (!app) throw new Error('no HeavySet Tech app in the sandbox');
  return app.id;
}

export type StField = 'tenantId' | 'clientId' | 'clientSecret' | 'applicationKey' | 'bookingProviderId';

/** The values ServiceTitan issued that the walk showed (`fields`), and the look-alikes the pages showed too. */
export async function serviceTitanOutcome(s: Sandbox, fields: StField[]): Promise<{ issued: Record<string, string>; decoys: Record<string, string[]> }> {
  const st = (await serverState(s)).crm.servicetitan;
  const app = st.apps.filter((a) => a.name === 'HeavySet Tech').pop();
  const tag = st.tags.filter((t) => t.name === 'HeavySet Tech').pop();
  if (!app) throw new Error('ServiceTitan has no HeavySet Tech app');
  const all: Record<StField, string | undefined> = {
    tenantId: st.tenantId,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    applicationKey: app.applicationKey,
    bookingProviderId: tag?.id,
  };
  const issued: Record<string, string> = {};
  for (const field of fields) {
    const value = all[field];
    if (!value) throw new Error(`ServiceTitan issued no ${field} during the walk`);
    issued[field] = value;
  }
  const others = st.apps.filter((a) => a !== app);
  return {
    issued,
    decoys: {
      bookingProviderId: [...st.tags.filter((t) => t !== tag).map((t) => t.id), ...st.apps.map((a) => a.id)],
      clientId: others.map((a) => a.clientId),
      applicationKey: others.map((a) => a.applicationKey),
      tenantId: st.apps.map((a) => a.id),
    },
  };
}

export interface NewAppLabels {
  organization: TextMatch;
  homepage: TextMatch;
  email: TextMatch;
  name: TextMatch;
  description: TextMatch;
  category: TextMatch;
  read: TextMatch;
  write: TextMatch;
}

export const SEED_LABELS: NewAppLabels = {
  organization: 'Organization',
  homepage: 'Homepage',
  email: 'Email Address',
  name: 'Application Name',
  description: 'Description',
  category: 'App Category',
  read: 'Read',
  write: 'Write',
};

/** Completes the New App form by hand as the seed's table says, keeping what is already right. */
export async function completeNewAppForm(page: Page, labels: NewAppLabels = SEED_LABELS): Promise<void> {
  if ((await fieldInfo(page, labels.organization))?.tag === 'select') await chooseByLabel(page, labels.organization, 'HeavySet Tech');
  else await typeByLabel(page, labels.organization, 'HeavySet Tech');
  const homepage = (await fieldInfo(page, labels.homepage))?.value ?? '';
  if (!/^https:\/\/heavys?set\.tech\/?$/.test(homepage)) await typeByLabel(page, labels.homepage, 'https://heavyset.tech');
  const email = await fieldInfo(page, labels.email);
  if (!/^(engineer|support)@heavyset\.tech$/.test(email?.value ?? '')) {
    if (email?.tag === 'input' || email?.tag === 'textarea') await typeByLabel(page, labels.email, 'engineer@heavyset.tech');
    else await chooseByLabel(page, labels.email, 'engineer@heavyset.tech');
  }
  await typeByLabel(page, labels.name, 'HeavySet Tech');
  if (!(await fieldInfo(page, labels.description))?.value.trim()) await typeByLabel(page, labels.description, HEAVYSET_APP.description);
  if ((await fieldInfo(page, labels.category))?.value !== 'Web Scheduler') await chooseByLabel(page, labels.category, 'Web Scheduler');
  await setChecked(page, DEVELOPER_MANAGES);
  for (const scope of READ_SCOPES) await setCell(page, scope, labels.read);
  for (const scope of WRITE_SCOPES) await setCell(page, scope, labels.write);
}

/** The app the form created must be the seed's (the person would have fixed the form otherwise). */
export async function checkCreatedApp(s: Sandbox): Promise<void> {
  const app = (await serverState(s)).crm.servicetitan.apps.filter((a) => a.name === 'HeavySet Tech').pop();
  if (!app) throw new Error('Create App made no "HeavySet Tech" app');
  const wrong: string[] = [];
  const same = (a: string[], b: string[]) => [...a].sort().join('|') === [...b].sort().join('|');
  if (!same(app.scopes.read, READ_SCOPES)) wrong.push(`read scopes ${app.scopes.read.join(', ')}`);
  if (!same(app.scopes.write, WRITE_SCOPES)) wrong.push(`write scopes ${app.scopes.write.join(', ')}`);
  if (app.category !== 'Web Scheduler') wrong.push(`category ${app.category}`);
  // The default sandbox form posts the radio's value ("developer"), the renderings its words.
  if (app.credentialsManagement !== DEVELOPER_MANAGES && app.credentialsManagement !== 'developer') wrong.push(`credentials management "${app.credentialsManagement}"`);
  if (app.organization !== 'HeavySet Tech') wrong.push(`organization ${app.organization}`);
  if (wrong.length) throw new Error(`the app was created with ${wrong.join('; ')}`);
}

/** My Apps → the New App button (in the rendering's words) → its form (shown when `formShows` is): Fill for me, the
 *  rest as the person completes it, Create App → HeavySet Tech listed, created as the seed says. */
export async function newAppFromMyApps(ctx: VariantWalkContext, portal: Page, words: { newApp: string; formShows: string }): Promise<void> {
  await clickText(portal, 'My Apps');
  await waitForText(portal, 'Acme Dispatch Sync');
  await ctx.checkpoint(portal, ST_STEPS.newApp.id);
  await clickText(portal, words.newApp);
  await waitForText(portal, words.formShows);
  await ctx.checkpoint(portal, ST_STEPS.newAppForm.id);
  await ctx.cardClick(portal, 'Fill for me');
  await completeNewAppForm(portal);
  await clickText(portal, 'Create App');
  await waitForText(portal, /^HeavySet Tech$/);
  await checkCreatedApp(ctx.sandbox);
  await ctx.checkpoint(portal, ST_STEPS.appListed.id);
}

/** Booking Providers (main app): Add Tag → "Fill for me" → the name typed as a person would → Add; the
 *  dialog closes. Renderings word the button and the name field in their own ways. */
export async function addHeavySetTag(ctx: VariantWalkContext, main: Page, words: { addButton?: string; nameLabel?: string } = {}): Promise<void> {
  await waitForText(main, 'Angi Leads');
  await ctx.checkpoint(main, ST_STEPS.addTag.id);
  await clickText(main, words.addButton ?? 'Add Tag');
  await waitForText(main, 'Fill out details to create a tag');
  await ctx.checkpoint(main, ST_STEPS.nameTag.id);
  await ctx.cardClick(main, 'Fill for me');
  await typeByLabel(main, words.nameLabel ?? 'Name', 'HeavySet Tech');
  await clickText(main, 'Add');
  await waitForTextGone(main, 'Fill out details to create a tag');
}
