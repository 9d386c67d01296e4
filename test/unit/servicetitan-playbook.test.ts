// The ServiceTitan playbook on ServiceTitan-like DOM shapes: which step each page shows, its
// checks and troubles, Fill for me on the New App form, and the value formats.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GuideState } from '../../utils/messages';
import { holds, type ConditionEnv } from '../../utils/guide/conditions';
import { currentStep, progressOf } from '../../utils/guide/steps';
import { fillHere as fillForMe } from './support/fill';
import { checkValue } from '../../utils/guide/values';
import { serviceTitanPlaybook as playbook, serviceTitanScopes } from '../../utils/crm/servicetitan';

const PORTAL = 'https://developer.servicetitan.io/custom/my-apps/';
const GO = 'https://go.servicetitan.com/#/Settings/Api-Apps';
const CID = 'cid.' + 'p3k8w1n6z9q2m5x7c4v0b8r1t';
const CS = 'cs1.' + 'abcdefghij0123456789abcdefghij0123456789abcdefghij';
const AK = 'ak1.' + 'f7x2m9q4k1w8z3n6b5v0c7r2ty';

const base: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const env = (url: string, state: Partial<GuideState> = {}): ConditionEnv => ({ page: { root: document, url }, state: { ...base, ...state } });
const step = (url: string, state: Partial<GuideState> = {}) => currentStep(playbook, env(url, state));

function checksOf(id: string, e: ConditionEnv) {
  const s = playbook.steps.find((x) => x.id === id)!;
  return (s.checks ?? []).map((c) => ({ name: c.name, ok: holds(c.passWhen, e) ? true : c.failWhen && holds(c.failWhen, e) ? false : undefined }));
}
const troublesOf = (id: string, e: ConditionEnv) => (playbook.steps.find((x) => x.id === id)!.troubles ?? []).filter((t) => holds(t.when, e)).map((t) => t.message);

const myApps = (rows: string) => `<header><nav><a href="/">Home</a><a href="/custom/my-apps/">My Apps</a></nav><button>Sign out</button></header>
  <main><h1>My Apps</h1><button>+ New App</button>
  <table><thead><tr><th>Name</th><th>App Connections</th><th>Actions</th></tr></thead><tbody>
  <tr><td>Fleet Tracker</td><td><a href="/custom/my-apps/1/connections">View Connections</a></td><td><a href="/custom/my-apps/1/edit">Edit</a></td></tr>${rows}</tbody></table></main>`;
const heavySetRow = '<tr><td>HeavySet Tech</td><td><a href="/custom/my-apps/2/connections">View Connections</a></td><td><a href="/custom/my-apps/2/edit">Edit</a></td></tr>';
const connections = (app: string, allowed: boolean) => `<nav aria-label="Breadcrumb"><a href="/custom/my-apps/">My Apps</a> / <span>${app}</span></nav>
  <h1>App Connections</h1><table><thead><tr><th>Tenant ID</th><th>Client ID</th><th>Allowed by Tenant</th><th>Client Secret</th></tr></thead>
  <tbody><tr><td>1046823970</td><td>${CID}</td><td><span role="img" aria-label="${allowed ? 'Allowed by Tenant' : 'Not allowed'}"></span></td><td><button>Generate</button></td></tr></tbody></table>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('steps on the Developer Portal', () => {
  it('sign-in page → the production login is the target', async () => {
    document.body.innerHTML = '<h1>Sign in</h1><button>Login as Production Environment User</button><button>Developer login</button>';
    const s = step('https://developer.servicetitan.io/signin');
    expect(s?.id).toBe('portal-sign-in');
    expect(s?.target).toBeTruthy();
  });

  it('signed in to the integration environment → back to sign-in, with the trouble', async () => {
    document.body.innerHTML = myApps('') + '<div>You are signed in to the integration environment. Apps created here are for testing only.</div>';
    expect(step(PORTAL)?.id).toBe('portal-sign-in');
    expect(troublesOf('portal-sign-in', env(PORTAL))[0]).toMatch(/integration \(test\) environment/);
    expect(step('https://integration.servicetitan.com/')?.id).toBe('portal-sign-in');
  });

  it('My Apps without HeavySet Tech → + New App; while loading → nothing yet', async () => {
    document.body.innerHTML = '<h1>My Apps</h1><button>+ New App</button><div role="status">Loading…</div>';
    expect(step(PORTAL)?.id).not.toBe('new-app');
    document.body.innerHTML = myApps('');
    expect(step(PORTAL)?.id).toBe('new-app');
  });

  it('HeavySet Tech listed → the app steps are done; nothing to do here until the Booking Provider ID is captured (next: the main app)', async () => {
    document.body.innerHTML = myApps(heavySetRow);
    expect(step(PORTAL)).toBeUndefined();
    const progress = progressOf(playbook, env(PORTAL));
    expect([...progress.done]).toEqual(expect.arrayContaining(['portal-sign-in', 'new-app', 'new-app-form', 'app-listed']));
    expect(progress.next?.id).toBe('open-booking-providers');
    expect(progress.next?.opens?.url).toBe('https://go.servicetitan.com/');
    expect(step(PORTAL, { captured: ['bookingProviderId'] })?.id).toBe('open-connections');
    expect(step(PORTAL, { captured: ['bookingProviderId', 'clientSecret'] })?.id).toBe('open-edit');
    expect(step(PORTAL, { sent: ['bookingProviderId', 'clientSecret', 'applicationKey'] })).toBeUndefined();
  });

  it('an "Active" HeavySet Tech row in My Apps is the app, not the tenant’s connection', async () => {
    document.body.innerHTML = myApps(heavySetRow.replace('<td>HeavySet Tech</td>', '<td>HeavySet Tech</td><td><span class="badge">Active</span></td>'));
    expect(step(PORTAL)).toBeUndefined();
    expect(progressOf(playbook, env(PORTAL)).done.has('restrict-and-accept')).toBe(false);
  });

  it('a form with the New App’s fields and the Application Key is the app’s Edit view, not a new app', async () => {
    document.body.innerHTML = `<main><h1>HeavySet Tech</h1><form><label>Application Name<input value="HeavySet Tech"></label>
      <label>Organization<input value="HeavySet Tech"></label><label>Homepage<input value="https://heavyset.tech"></label>
      <label>App Category<select><option>Web Scheduler</option></select></label><label>Application Key<input readonly value="${AK}"></label></form></main>`;
    const e = env(PORTAL, { captured: ['tenantId', 'clientId', 'clientSecret'] });
    expect(playbook.places!.find((place) => holds(place.when, e))?.name).toBe('Developer Portal → My Apps → Edit');
    expect(step(PORTAL, { captured: ['tenantId', 'clientId', 'clientSecret'] })?.id).toBe('app-key');
  });

  it('App Connections: warns when the dot is not green, passes when it is, and knows another app’s page', async () => {
    document.body.innerHTML = connections('HeavySet Tech', false);
    const state = { captured: ['tenantId', 'clientId'] };
    expect(step(PORTAL, state)?.id).toBe('generate-secret');
    const notAllowed = checksOf('generate-secret', env(PORTAL, state));
    expect(notAllowed).toEqual([
      { name: 'Tenant ID and Client ID shown', ok: true },
      { name: 'Allowed by Tenant (green dot)', ok: false },
    ]);
    expect(playbook.steps.find((s) => s.id === 'generate-secret')!.checks![1]!.failMessage).toMatch(/finish the tenant authorization/);
    expect(troublesOf('generate-secret', env(PORTAL))).toEqual([]);
    document.body.innerHTML = connections('HeavySet Tech', true);
    expect(checksOf('generate-secret', env(PORTAL, state))[1]).toEqual({ name: 'Allowed by Tenant (green dot)', ok: true });
    document.body.innerHTML = connections('Fleet Tracker', true);
    expect(troublesOf('generate-secret', env(PORTAL))[0]).toMatch(/another app/);
  });

  it('guards Generate only while a secret is captured or sent', async () => {
    const guards = playbook.steps.flatMap((s) => s.guards ?? []);
    expect(guards.length).toBeGreaterThan(0);
    for (const g of guards) {
      expect(g.field).toBe('clientSecret');
      expect(g.message).toMatch(/invalidates/);
    }
  });
});

describe('steps on the main app', () => {
  const settings = (content: string) =>
    `<nav aria-label="Settings"><a href="#/Settings/Api-Apps">API Application Access</a><a href="#/Settings/Integrations/BookingProviders">Booking Providers</a></nav><main>${content}</main>`;
  const tags = (rows: string) =>
    `<h1>Booking Providers</h1><button>Add Tag</button><table><thead><tr><th>Name</th><th>Description</th><th>ID</th></tr></thead><tbody>${rows}</tbody></table>`;

  it('walks Booking Providers: open, Add Tag, name it, ID captured, then API Application Access', async () => {
    const SETTINGS = 'https://go.servicetitan.com/#/Settings';
    const TAGS = 'https://go.servicetitan.com/#/Settings/Integrations/BookingProviders';
    document.body.innerHTML = settings('<h1>Settings</h1>');
    expect(step(SETTINGS)?.id).toBe('open-booking-providers');
    document.body.innerHTML = settings(tags('<tr><td>Angi Leads</td><td>—</td><td>41230077</td></tr>'));
    expect(step(SETTINGS)?.id).toBe('add-tag');
    // A tag that only contains the name is not HeavySet Tech's.
    document.body.innerHTML = settings(tags('<tr><td>Angi Leads</td><td>—</td><td>41230077</td></tr><tr><td>HeavySet Tech (old)</td><td>Do not use</td><td>11112222</td></tr>'));
    expect(step(TAGS)?.id).toBe('add-tag');
    document.body.innerHTML += '<div role="dialog" aria-label="Add Booking Provider Tag"><label for="n">Name *</label><input id="n"><button>Cancel</button><button>Add</button></div>';
    expect(step(TAGS)?.id).toBe('name-tag');
    const result = await fillForMe(step(TAGS)!.fill!, {}, document);
    expect(result.filled).toEqual(['Name']);
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('HeavySet Tech');
    document.body.innerHTML = settings(tags('<tr><td>Angi Leads</td><td>—</td><td>41230077</td></tr><tr><td>HeavySet Tech</td><td>—</td><td>568589504</td></tr>'));
    expect(step(TAGS)?.id).toBe('booking-provider-id');
    expect(step(TAGS, { captured: ['bookingProviderId'] })?.id).toBe('open-api-apps');
    // The tag's row saying "Active" is the tag, not HeavySet Tech connected to the tenant.
    document.body.innerHTML = settings(tags('<tr><td>HeavySet Tech</td><td>—</td><td>568589504</td><td>Active</td></tr>'));
    expect(step(TAGS, { captured: ['bookingProviderId'] })?.id).toBe('open-api-apps');
  });

  it('Connect New App: says the app was made in the integration environment when it is missing', async () => {
    document.body.innerHTML = settings('<h1>API Application Access</h1><button>Connect New App</button>');
    expect(step(GO, { captured: ['bookingProviderId'] })?.id).toBe('connect-new-app');
    document.body.innerHTML += '<div role="dialog" aria-label="Connect New App"><p>Applications registered in the production Developer Portal for your company.</p><ul><li>Other App <button>Connect</button></li></ul></div>';
    expect(step(GO)?.id).toBe('pick-app');
    expect(troublesOf('pick-app', env(GO))[0]).toMatch(/integration environment/);
    document.querySelector('ul')!.innerHTML += '<li>HeavySet Tech <button>Connect</button></li>';
    expect(troublesOf('pick-app', env(GO))).toEqual([]);
  });

  it('restriction dropdown: fills HeavySet Tech, or says to create the tag first', async () => {
    const dialog = (options: string) =>
      `<div role="dialog" aria-label="Connect HeavySet Tech"><label for="r">Restriction by booking_provider for Bookings</label><select id="r">${options}</select><button>Accept</button></div>`;
    document.body.innerHTML = settings('<h1>API Application Access</h1>') + dialog('<option value="">Loading…</option>');
    expect(step(GO)?.id).toBe('restrict-and-accept');
    expect(troublesOf('restrict-and-accept', env(GO))).toEqual([]);
    document.body.innerHTML = settings('<h1>API Application Access</h1>') + dialog('<option value="">Select a booking provider</option><option value="41230077">Angi Leads</option>');
    expect(troublesOf('restrict-and-accept', env(GO))[0]).toMatch(/create it in Settings → Integrations → Booking Providers/);
    document.body.innerHTML =
      settings('<h1>API Application Access</h1>') + dialog('<option value="">Select</option><option value="41230077">Angi Leads</option><option value="568589504">HeavySet Tech</option>');
    expect(troublesOf('restrict-and-accept', env(GO))).toEqual([]);
    expect((await fillForMe(step(GO)!.fill!, {}, document)).filled).toEqual(['Restriction by booking_provider for Bookings']);
    expect((document.getElementById('r') as HTMLSelectElement).value).toBe('568589504');
  });
});

describe('Fill for me on the New App form', () => {
  const ALL = ['Bookings', 'Booking Provider Tags', 'Customers', 'Leads', 'Appointments', 'Appointment Assignments', 'Jobs', 'Job Types', 'Campaigns', 'Business Units', 'Technicians', 'Technician Shifts', 'Invoices'];
  beforeEach(() => {
    const rows = ALL.map((n) => `<tr><td>${n}</td><td><input type="checkbox" aria-label="Read ${n}"></td><td><input type="checkbox" aria-label="Write ${n}"></td></tr>`).join('');
    document.body.innerHTML = `<form><h1>New App</h1>
      <label for="o">Organization *</label><select id="o"><option value="">Select an organization</option><option>Acme Roofing</option><option>HeavySet Tech</option></select>
      <label for="h">Homepage *</label><input id="h" type="url">
      <label for="e">Email Address *</label><select id="e"><option value="">Select</option><option>dana@acme.test</option><option>support@heavyset.tech</option></select>
      <label for="n">Application Name *</label><input id="n">
      <label for="d">Description *</label><textarea id="d"></textarea>
      <label for="c">App Category *</label><select id="c"><option value="">Select a category</option><option>Payments</option><option>Web Scheduler</option></select>
      <label for="t">Tenants</label><select id="t" multiple><option selected value="default">Acme Roofing (production)</option></select>
      <label for="g">External Data Application GUID</label><input id="g">
      <h2>Client Credentials Management</h2><div role="radiogroup">
        <label><input type="radio" name="cc" value="developer"><span>I, the app developer, will configure the credentials on behalf of each tenant</span></label>
        <label><input type="radio" name="cc" value="tenant"><span>Each tenant will configure the credentials for this app themselves</span></label></div>
      <table><thead><tr><th>API Endpoint</th><th>Read</th><th>Write</th></tr></thead><tbody>${rows}</tbody></table>
      <button type="submit">Create App</button></form>`;
  });
  const settingsValues = () => ({ ...playbook.fillDefaults });
  const form = () => ({
    values: [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]),select,textarea')].map((el) => (el as HTMLInputElement).value),
    radio: (document.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value,
    scopes: [...document.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.getAttribute('aria-label')).sort(),
  });

  it('sets the seed’s values and exactly its scopes, never submits, and a second fill changes nothing', async () => {
    let submitted = false;
    document.querySelector('form')!.addEventListener('submit', (e) => {
      submitted = true;
      e.preventDefault();
    });
    const fillStep = playbook.steps.find((s) => s.id === 'new-app-form')!;
    expect(step(PORTAL)?.id).toBe('new-app-form');
    const first = await fillForMe(fillStep.fill!, settingsValues(), document);
    expect(first.missed).toEqual([]);
    const after = form();
    expect(after.values).toEqual([
      'HeavySet Tech',
      'https://heavyset.tech',
      'support@heavyset.tech',
      'HeavySet Tech',
      expect.stringMatching(/HeavySet Tech/),
      'Web Scheduler',
      'default',
      '',
    ]);
    expect(after.radio).toBe('developer');
    expect(after.scopes).toEqual([...serviceTitanScopes.read.map((s) => `Read ${s}`), ...serviceTitanScopes.write.map((s) => `Write ${s}`)].sort());
    const second = await fillForMe(fillStep.fill!, settingsValues(), document);
    expect(second.filled).toEqual([]);
    expect(form()).toEqual(after);
    expect(submitted).toBe(false);
  });

  it('takes the homepage the person set, and names what it could not fill', async () => {
    document.getElementById('e')!.innerHTML = '<option value="">Select</option><option>dana@acme.test</option>';
    const fillStep = playbook.steps.find((s) => s.id === 'new-app-form')!;
    const result = await fillForMe(fillStep.fill!, { ...settingsValues(), homepage: 'https://booking.example.com' }, document);
    expect((document.getElementById('h') as HTMLInputElement).value).toBe('https://booking.example.com');
    expect(result.missed.map((m) => m.name)).toEqual(['Email Address']);
    expect(result.missed[0]!.element).toBe(document.getElementById('e'));
  });
});

describe('formats tell the values apart', () => {
  const ok = (field: string, raw: string) => checkValue(playbook.fields, field, raw);

  it('accepts the seen shapes and reasonable variation, trimmed', async () => {
    expect(ok('tenantId', ' 1046823970\n')).toMatchObject({ ok: true, value: '1046823970' });
    expect(ok('tenantId', '987654321').ok).toBe(true);
    expect(ok('clientId', CID).ok).toBe(true);
    expect(ok('clientSecret', `${CS}\u00a0`)).toMatchObject({ ok: true, value: CS });
    expect(ok('clientSecret', 'cs2.' + 'a'.repeat(48)).ok).toBe(true);
    expect(ok('applicationKey', AK).ok).toBe(true);
    expect(ok('applicationKey', 'ak1.' + 'b'.repeat(25)).ok).toBe(true);
    expect(ok('bookingProviderId', '568589504').ok).toBe(true);
    expect(ok('bookingProviderId', '1234567890').ok).toBe(true);
  });

  it('flags a Client ID where the secret belongs (and other swaps) instead of storing it', async () => {
    expect(ok('clientSecret', CID)).toMatchObject({ ok: false, looksLike: 'clientId' });
    expect(ok('applicationKey', CS)).toMatchObject({ ok: false, looksLike: 'clientSecret' });
    expect(ok('clientId', AK)).toMatchObject({ ok: false, looksLike: 'applicationKey' });
    expect(ok('tenantId', CID)).toMatchObject({ ok: false, looksLike: 'clientId' });
    expect(ok('bookingProviderId', 'HeavySet Tech').ok).toBe(false);
  });

  it('sends the four credentials to the connection and the Booking Provider ID to settings', async () => {
    const to = Object.fromEntries(playbook.fields.map((f) => [f.key, f.sendTo]));
    expect(to).toEqual({ tenantId: 'connection', clientId: 'connection', clientSecret: 'connection', applicationKey: 'connection', bookingProviderId: 'settings' });
    expect(playbook.fields.filter((f) => f.secret).map((f) => f.key)).toEqual(['clientSecret', 'applicationKey']);
  });
});
