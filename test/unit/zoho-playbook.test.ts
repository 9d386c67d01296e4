// The Zoho playbook on the engine: consent page recognition per data centre, the client_id
// check, the steps of the consent page, facts, the redirect's parameters (never the code),
// the OAuth progress the background reports, read-only fields and the settings.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { consentPage, HEAVYSET_ZOHO_CLIENT_ID, ZOHO_DATA_CENTRES, zohoPlaybook } from '@/utils/crm/zoho';
import { holds, type ConditionEnv } from '@/utils/guide/conditions';
import { currentStep } from '@/utils/guide/steps';
import { readPage } from '@/utils/guide/present';
import { readFacts } from '@/utils/guide/facts';
import { returnedParams } from '@/utils/guide/oauth-return';
import { oauthProgress, type OAuthWatch } from '@/utils/background/oauth';
import { ContentRequest, type GuideState } from '@/utils/messages';
import type { ConnectionStatus } from '@/utils/heavyset/contract';
import { SettingsValues } from '../sandbox/server/contract-tables';
import { defaultFor, toSaved } from '@/components/settings/settingValues';
import { createQueue, type QueueDeps } from '@/utils/heavyset/queue';
import type { HeavySetClient } from '@/utils/heavyset/client';

const STATE: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const env = (url: string, state: Partial<GuideState> = {}): ConditionEnv => ({ page: { root: document, url }, state: { ...STATE, ...state } });
const auth = (host: string, clientId = HEAVYSET_ZOHO_CLIENT_ID, extra = '') =>
  `https://${host}/oauth/v2/auth?client_id=${clientId}&response_type=code&scope=ZohoCRM.modules.ALL&redirect_uri=https%3A%2F%2Fapi.heavyset.tech%2Fzoho%2Fcallback&state=s1${extra}`;
const matchesPages = (url: string) => zohoPlaybook.pages.some((p) => new MatchPattern(p).includes(url));

const CONSENT_HTML = `<div class="top"><div>Signed in as <strong>admin@acmeroofing.com</strong></div></div>
<h1>HeavySet Tech would like to access the following data</h1>
<label><input type="checkbox" name="consent"><span>I allow HeavySet Tech to access the above data from my Zoho account</span></label>
<button>Accept</button><button>Reject</button>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Zoho consent page recognition', () => {
  it.each(ZOHO_DATA_CENTRES.map((dc) => [dc.location, dc.accounts]))('recognises the %s data centre (%s)', (_location, host) => {
    expect(holds(consentPage, env(auth(host)))).toBe(true);
    expect(matchesPages(auth(host))).toBe(true);
  });

  it('includes Canada on zohocloud.ca, and refuses look-alike hosts, http and other paths', () => {
    expect(ZOHO_DATA_CENTRES.find((dc) => dc.location === 'ca')?.accounts).toBe('accounts.zohocloud.ca');
    for (const url of [
      auth('accounts.zoho.com.evil.example'),
      auth('accounts.zoho.ca'),
      'http://accounts.zoho.com/oauth/v2/auth?client_id=x',
      'https://accounts.zoho.com/oauth/v2/authorize-not',
      'https://accounts.zoho.com/signin',
    ]) {
      expect(holds(consentPage, env(url)), url).toBe(false);
      expect(matchesPages(url) && holds(consentPage, env(url)), url).toBe(false);
    }
  });

  it('runs on HeavySet’s one redirect page in production and the sandbox’s exact path on loopback (any port)', () => {
    const returnPage = zohoPlaybook.oauth!.returnPage;
    for (const url of [
      'https://api.heavyset.tech/oauth/zoho/callback?code=x&location=eu',
      'https://api.heavyset.tech/oauth/zoho/callback',
      'http://127.0.0.1:49152/sandbox/zoho/callback?code=x',
      'http://localhost:3000/sandbox/zoho/callback?error=access_denied',
    ]) {
      expect(matchesPages(url), url).toBe(true);
      expect(holds(returnPage, env(url)), url).toBe(true);
    }
    for (const url of [
      'https://api.heavyset.tech/v1/zoho/callback?code=x',
      'https://api.heavyset.tech/anything/zoho/callback',
      'https://api.heavyset.tech/oauth/zoho/callback-not',
      'http://127.0.0.1:5000/zoho/callback',
      'http://127.0.0.1:5000/app/zoho/callback?code=x',
      'http://localhost:3000/sandbox/zoho/callbacks',
      'https://evil.example/oauth/zoho/callback',
    ]) {
      expect(matchesPages(url) && holds(returnPage, env(url)), url).toBe(false);
    }
    // Match patterns (as the browser reads them: path and query together) for each page, bare and with parameters.
    expect(zohoPlaybook.pages.filter((p) => p.includes('callback'))).toEqual([
      'https://api.heavyset.tech/oauth/zoho/callback',
      'https://api.heavyset.tech/oauth/zoho/callback?*',
      'http://127.0.0.1/sandbox/zoho/callback',
      'http://127.0.0.1/sandbox/zoho/callback?*',
      'http://localhost/sandbox/zoho/callback',
      'http://localhost/sandbox/zoho/callback?*',
    ]);
  });
});

describe('Zoho consent page steps', () => {
  it('points at the consent checkbox, then Accept, for HeavySet’s client_id', () => {
    document.body.innerHTML = CONSENT_HTML;
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.eu')))?.id).toBe('allow');
    (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.eu')))?.id).toBe('accept');
  });

  it('stops on another client_id, whatever name the page shows, with a danger check', () => {
    document.body.innerHTML = CONSENT_HTML;
    const e = env(auth('accounts.zoho.com', '1000.LOOKALIKE'));
    const step = currentStep(zohoPlaybook, e);
    expect(step?.id).toBe('check-app');
    const check = step!.checks![0]!;
    expect(check.severity).toBe('danger');
    expect(holds(check.failWhen!, e)).toBe(true);
    expect(holds(check.passWhen, env(auth('accounts.zoho.com')))).toBe(true);
    // Also when HeavySet is already connected: a look-alike is never "done".
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.com', '1000.LOOKALIKE'), { sent: ['refreshToken'] }))?.id).toBe('check-app');
  });

  it('has its own hints for the org picker and the no_org page', () => {
    document.body.innerHTML = '<h1>Choose your organization</h1><label><input type="radio" name="org">Acme</label><button>Submit</button>';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.in')))?.id).toBe('choose-org');
    // Rows of divs and a div Submit (no radios, no ARIA): the words name the organisations.
    document.body.innerHTML = '<div class="head">Choose an organization</div><div class="org"><span class="dot"></span>Production · 7001</div><div class="org"><span class="dot"></span>Sandbox · 7002</div><div class="btn" style="cursor: pointer">Submit</div>';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.eu')))?.id).toBe('choose-org');
    document.body.innerHTML = '<h1>Organisation auswählen</h1><div class="org">Produktion</div><a href="#">Weiter</a>';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.eu')))?.id).toBe('choose-org');
    document.body.innerHTML = '<h1>No Zoho CRM account found</h1><button>Back to app</button>';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zohocloud.ca')))?.id).toBe('no-org');
    // Said without "Zoho" before "CRM", as membership: still no organization to choose, though the
    // words name organizations (which alone would look like the picker).
    document.body.innerHTML = '<h1>No CRM organization</h1><p>admin@acmeroofing.com is not a member of any Zoho CRM organization. HeavySet Tech needs one.</p><input type="button" value="Go back to HeavySet Tech">';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.jp')))?.id).toBe('no-org');
    document.body.innerHTML = '<p>This account doesn’t have a CRM organization yet.</p><a href="#">Back</a>';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.jp')))?.id).toBe('no-org');
    document.body.innerHTML = '';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.com', HEAVYSET_ZOHO_CLIENT_ID, '&error=no_org')))?.id).toBe('no-org');
  });

  it('a no-org page in Portuguese, with the footer’s language picker (a combobox), is not the organization picker', () => {
    document.body.innerHTML =
      '<h2>Nenhuma organização do Zoho CRM</h2><p>A conta admin@acme.com não faz parte de nenhuma organização do Zoho CRM.</p><button>Voltar ao aplicativo</button>' +
      '<footer><select aria-label="Idioma"><option>English</option><option selected>Português (Brasil)</option></select></footer>';
    expect(currentStep(zohoPlaybook, env(auth('accounts.zoho.com')))?.id).toBe('no-org');
  });

  it('while the authorization page is still loading: this page’s next step, never the no-org trouble without its evidence', () => {
    document.body.innerHTML = '<div class="loading">Carregando…</div>';
    const reading = readPage(zohoPlaybook, { ...env(auth('accounts.zoho.com')), state: { ...STATE, done: [] } });
    expect(reading.step).toBeUndefined();
    expect(reading.view.waiting).toEqual({ where: 'Zoho → authorization page', next: { place: 'Zoho → authorization page', here: true } });
    expect(reading.view.title).toBe('Choose the Zoho CRM organization, then Submit');
    expect(reading.view.hint).toMatch(/Production organization/);
  });

  it('guards Reject without any captured field', () => {
    const guards = zohoPlaybook.steps.flatMap((s) => s.guards ?? []);
    expect(guards).toHaveLength(1);
    expect(guards[0]!.field).toBeUndefined();
  });

  it('lists which app asks, the data centre and the account', () => {
    document.body.innerHTML = CONSENT_HTML;
    const facts = readFacts(zohoPlaybook.facts, env(auth('accounts.zohocloud.ca')));
    expect(facts).toEqual([
      { label: 'App asking', value: 'HeavySet Tech (HeavySet’s registered Zoho app)' },
      { label: 'Data centre', value: 'Canada (accounts.zohocloud.ca)' },
      { label: 'Zoho account', value: 'admin@acmeroofing.com' },
    ]);
    const foreign = readFacts(zohoPlaybook.facts, env(auth('accounts.zoho.com', '1000.OTHER')));
    expect(foreign[0]).toEqual({ label: 'App asking', value: 'NOT HeavySet Tech: unknown client ID', danger: true });
  });
});

describe('Zoho redirect', () => {
  const redirect =
    'http://127.0.0.1:5000/sandbox/zoho/callback?code=1000.secretcode.abc&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state=n1';

  it('reads only location and accounts-server, never the code', () => {
    const params = returnedParams(redirect, zohoPlaybook.oauth!);
    expect(params).toEqual({ location: 'eu', 'accounts-server': 'https://accounts.zoho.eu' });
    expect(JSON.stringify(params)).not.toContain('secretcode');
    expect(returnedParams(redirect, { returnParams: { code: 'region' } })).toEqual({});
  });

  it('on a refused consent the redirect page says to repeat Steps 4–6', () => {
    const step = zohoPlaybook.steps.find((s) => s.id === 'tokens')!;
    const denied = 'http://127.0.0.1:5000/sandbox/zoho/callback?error=access_denied&state=n1';
    expect(currentStep(zohoPlaybook, env(denied))?.id).toBe('tokens');
    expect(step.troubles!.filter((t) => holds(t.when, env(denied))).map((t) => t.message)).toEqual([expect.stringMatching(/Repeat Steps 4–6/)]);
    expect(step.troubles!.filter((t) => holds(t.when, env(redirect)))).toEqual([]);
  });

  it('the message refuses a code parameter', () => {
    const ok = ContentRequest.safeParse({ type: 'oauth/returned', crm: 'zoho', params: { location: 'eu' } });
    const withCode = ContentRequest.safeParse({ type: 'oauth/returned', crm: 'zoho', params: { location: 'eu', code: 'x' } });
    expect(ok.success).toBe(true);
    expect(withCode.success).toBe(false);
  });
});

describe('Zoho OAuth progress', () => {
  const now = Date.parse('2026-11-23T10:00:30Z');
  const watch = (patch: Partial<OAuthWatch> = {}): OAuthWatch => ({
    crm: 'zoho',
    configId: 'cfg',
    since: '2026-11-23T09:59:00Z',
    deadline: '2026-11-23T10:02:00Z',
    region: 'eu',
    ...patch,
  });
  const status = (hints: Record<string, string>, updatedAt = '2026-11-23T10:00:20Z'): ConnectionStatus => ({
    crmType: 'zoho',
    fields: Object.fromEntries(Object.entries(hints).map(([k, hint]) => [k, { set: true, hint, updatedAt }])),
    complete: Object.keys(hints).length === 3,
  });
  const eu = { refreshToken: 'a1b2', apiDomain: 's.eu', accountsDomain: 'o.eu' };

  it('waits, then says connected with the data centre', () => {
    expect(oauthProgress(zohoPlaybook, watch(), status({ refreshToken: 'a1b2' }), now)).toMatchObject({
      state: 'waiting',
      message: 'Waiting for HeavySet to save the API Domain and Accounts Domain…',
    });
    expect(oauthProgress(zohoPlaybook, watch(), status(eu), now)).toMatchObject({
      state: 'connected',
      message: 'Connected: HeavySet has the Refresh Token, API Domain and Accounts Domain (Europe data centre).',
    });
  });

  it('does not count fields from before Connect was pressed, and fails after the wait', () => {
    const stale = status(eu, '2026-11-20T10:00:00Z');
    expect(oauthProgress(zohoPlaybook, watch(), stale, now).state).toBe('waiting');
    const late = oauthProgress(zohoPlaybook, watch(), stale, Date.parse('2026-11-23T10:03:00Z'));
    expect(late.state).toBe('failed');
    expect(late.message).toMatch(/Repeat Steps 4–6/);
  });

  it('fails when the data centre does not match', () => {
    const usFields = { refreshToken: 'a1b2', apiDomain: '.com', accountsDomain: '.com' };
    const mismatch = oauthProgress(zohoPlaybook, watch(), status(usFields), now);
    expect(mismatch.state).toBe('failed');
    expect(mismatch.message).toMatch(/does not belong to the Europe data centre/);
    const returned = watch({ returned: { params: { location: 'eu', 'accounts-server': 'https://accounts.zoho.com' }, at: '' } });
    expect(oauthProgress(zohoPlaybook, returned, status({}), now).state).toBe('failed');
    const unknown = watch({ returned: { params: { location: 'xx' }, at: '' } });
    expect(oauthProgress(zohoPlaybook, unknown, status(eu), now).message).toMatch(/unknown data centre/);
  });

  it('uses the region the redirect names over the one picked', () => {
    const returned = watch({ region: 'us', returned: { params: { location: 'eu', 'accounts-server': 'https://accounts.zoho.eu' }, at: '' } });
    expect(oauthProgress(zohoPlaybook, returned, status(eu), now)).toMatchObject({ state: 'connected', region: 'eu' });
  });
});

describe('read-only fields', () => {
  beforeEach(() => fakeBrowser.reset());

  it('every Zoho connection field is read-only and never captured from a page', () => {
    expect(zohoPlaybook.fields.map((f) => [f.key, f.readOnly, f.capture])).toEqual([
      ['refreshToken', true, undefined],
      ['apiDomain', true, undefined],
      ['accountsDomain', true, undefined],
    ]);
  });

  it('the send queue drops them from a job and never reads them', async () => {
    const valueOf = vi.fn(async () => ({ value: 'value', id: 'v1' }));
    const patchConnection = vi.fn(async () => ({ crmType: 'zoho', fields: {}, complete: false }));
    const deps: QueueDeps = {
      client: async () => ({ client: { patchConnection } as unknown as HeavySetClient, configId: 'cfg', crm: 'zoho' }),
      valueOf,
      fieldLabels: () => ({}),
      isReadOnly: (_crm, field) => field === 'refreshToken',
      onSending: async () => {},
      onSent: async () => {},
      onFailed: async () => {},
      onWaiting: async () => {},
      scheduleWake: async () => {},
    };
    const queue = createQueue(deps);
    const job = await queue.add({ crm: 'zoho', configId: 'cfg', kind: 'connection', fields: ['refreshToken', 'other'] });
    expect(job.fields).toEqual(['other']);
    await queue.run();
    expect(valueOf).not.toHaveBeenCalledWith('cfg', 'zoho', 'refreshToken');
    expect(patchConnection).toHaveBeenCalledWith('cfg', { crmType: 'zoho', values: { other: 'value' } }, expect.any(String));
  });
});

describe('Zoho settings', () => {
  const spec = (key: string) => zohoPlaybook.settings.find((s) => s.key === key)!;
  const modules = { modules: ['Leads', 'Contacts', 'Events', 'Contact_Us'] };

  it('defaults to Leads / Events / Contacts when offered, Contact Us to none, slot source to CRM Appointments', () => {
    expect(defaultFor(spec('leadModule'), modules)).toBe('Leads');
    expect(defaultFor(spec('appointmentModule'), modules)).toBe('Events');
    expect(defaultFor(spec('relatedRecordModule'), modules)).toBe('Contacts');
    expect(defaultFor(spec('relatedRecordModule'), { modules: ['Leads'] })).toBeNull();
    expect(defaultFor(spec('contactUsModule'), modules)).toBeNull();
    expect(defaultFor(spec('slotAvailabilitySource'), modules)).toBe('crm_appointments');
    expect(spec('slotAvailabilitySource').input).toMatchObject({ kind: 'choice', choices: [{}, {}, {}] });
  });

  it('requires the three modules, accepts no Contact Us, validates and caps the e-mails', () => {
    expect(toSaved(spec('leadModule'), null)).toEqual({ problem: 'Choose Lead Module.' });
    expect(toSaved(spec('contactUsModule'), null)).toEqual({ value: null });
    expect(toSaved(spec('tokenExpiryAlertEmails'), 'a@b.co, admin@acme.com')).toEqual({ value: ['a@b.co', 'admin@acme.com'] });
    expect(toSaved(spec('tokenExpiryAlertEmails'), 'not-an-address')).toMatchObject({ problem: expect.stringMatching(/Not an e-mail/) });
    const many = Array.from({ length: 21 }, (_, i) => `p${i}@acme.com`).join('\n');
    expect(toSaved(spec('tokenExpiryAlertEmails'), many)).toMatchObject({ problem: expect.stringMatching(/At most 20/) });
  });

  it('what the popup saves passes the contract’s schema', () => {
    const values = {
      leadModule: 'Leads',
      appointmentModule: 'Events',
      relatedRecordModule: 'Contacts',
      contactUsModule: null,
      slotAvailabilitySource: 'zoho_calendar',
      tokenExpiryAlertEmails: ['engineer@heavyset.tech', 'owner@acme.com'],
    };
    expect(SettingsValues.zoho.safeParse(values).success).toBe(true);
    for (const choice of (spec('slotAvailabilitySource').input as { choices: { value: string }[] }).choices)
      expect(SettingsValues.zoho.safeParse({ slotAvailabilitySource: choice.value }).success).toBe(true);
    expect(zohoPlaybook.settings.map((s) => s.key).sort()).toEqual(Object.keys(SettingsValues.zoho.shape).sort());
  });
});
