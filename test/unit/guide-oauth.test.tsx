// Generic engine pieces the Zoho flow added: URL-parameter and checked conditions, danger checks
// and page facts in the overlay, guards without a field, and the OAuth return page (only the
// named parameters are reported; the state is re-read while HeavySet is awaited).
import { patternOf as re } from '../../utils/guide/text';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Playbook } from '../../utils/guide/playbook';
import type { GuideState, OAuthView } from '../../utils/messages';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import { Overlay } from '../../components/overlay/Overlay';
import { holds } from '../../utils/guide/conditions';
import { startGuide, type Ask } from '../../utils/guide/guide';
import type { Lifecycle } from '../../utils/guide/ports';
import { followOAuthReturn } from '../../utils/guide/oauth-return';

const STATE: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const RETURN_URL = 'http://127.0.0.1:5000/app/zoho/callback?code=1000.SECRETCODE.x&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state=n';

const playbook: Playbook = {
  crm: 'zoho',
  name: 'Test CRM',
  guide: 'test',
  pages: [],
  fields: [{ key: 'token', label: 'Token', secret: true, readOnly: true, format: { pattern: re(/.+/), description: 'x' }, sendTo: 'connection', capture: { labels: ['Token'] } }],
  facts: [{ label: 'Region', from: { param: 'location', map: { eu: 'Europe' }, otherwise: 'Unknown' } }],
  oauth: {
    provider: 'Test',
    label: 'Connect',
    help: '',
    endpoint: 'test/authorize',
    regionParam: 'location',
    regionLabel: 'Region',
    regionWord: 'region',
    fieldsNote: 'Set by HeavySet',
    regions: [{ value: 'eu', label: 'Europe', expect: {} }],
    fields: ['token'],
    returnPage: { url: re(/zoho\/callback/) },
    returnParams: { location: 'region', 'accounts-server': 'accountsDomain', code: 'region' },
    waitSeconds: 60,
    retry: 'Again.',
  },
  steps: [
    {
      id: 'wait',
      guideStep: '6',
      title: 'Waiting',
      place: 'x',
      when: { url: re(/callback/) },
      done: { sent: 'token' },
      hint: 'h',
      checks: [{ name: 'Known app', passWhen: { param: 'client', equals: 'good' }, failWhen: { param: 'client' }, failMessage: 'Phishing!', severity: 'danger' }],
      guards: [{ click: { role: 'button', name: 'Reject' }, message: 'Sure?' }],
    },
  ],
  settings: [],
  popupTroubles: [],
};

// Every timer fires at once; none after the test (a guide left running would render on a torn-down page).
let live = true;
const lifecycle: Lifecycle = {
  setTimeout: (fn) => setTimeout(() => live && fn(), 1) as unknown as number,
  addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, options),
  onInvalidated: () => () => undefined,
};
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));
const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

beforeEach(() => {
  live = true;
  document.body.innerHTML = '<p>Token</p><code>should-never-be-captured-1234</code><button>Reject</button>';
});
afterEach(() => {
  live = false;
  setURL('http://localhost:3000/');
});

describe('conditions', () => {
  const env = (url: string) => ({ page: { root: document, url }, state: { ...STATE, oauth: { state: 'waiting' as const, message: '' } } });
  it('param: present, equal, matching', () => {
    expect(holds({ param: 'location' }, env(RETURN_URL))).toBe(true);
    expect(holds({ param: 'location', equals: 'eu' }, env(RETURN_URL))).toBe(true);
    expect(holds({ param: 'location', equals: 'us' }, env(RETURN_URL))).toBe(false);
    expect(holds({ param: 'accounts-server', matches: re(/zoho\.eu$/) }, env(RETURN_URL))).toBe(true);
    expect(holds({ param: 'error' }, env(RETURN_URL))).toBe(false);
  });
  it('checked and oauth state', () => {
    document.body.innerHTML = '<label><input type="checkbox"> I allow it</label>';
    expect(holds({ checked: { label: re(/i allow/i) } }, env(RETURN_URL))).toBe(false);
    document.querySelector('input')!.checked = true;
    expect(holds({ checked: { label: re(/i allow/i) } }, env(RETURN_URL))).toBe(true);
    expect(holds({ oauth: 'waiting' }, env(RETURN_URL))).toBe(true);
    expect(holds({ oauth: 'connected' }, env(RETURN_URL))).toBe(false);
  });
});

describe('the guide on an OAuth return page', () => {
  it('reports only the named parameters, re-reads the state while waiting and shows the status', async () => {
    setURL(`${RETURN_URL}&client=evil`);
    let oauth: OAuthView = { state: 'waiting', message: 'Waiting for HeavySet…' };
    const requests: unknown[] = [];
    const ask = vi.fn(async (req: { type: string }) => {
      requests.push(req);
      if (req.type === 'guide/state') return { ok: true, value: { ...STATE, oauth } };
      if (req.type === 'oauth/returned') return { ok: true, value: oauth };
      return { ok: true, value: null };
    });
    let view: GuideView | undefined;
    let actions: GuideActions | undefined;
    let clock = 0;
    const guide = startGuide({ playbook, doc: document, lifecycle, ask: ask as unknown as Ask, render: (v, a) => ((view = v), (actions = a)), now: () => clock, oauthReturn: async () => followOAuthReturn });
    await guide.start();
    const returned = requests.find((r) => (r as { type: string }).type === 'oauth/returned');
    expect(returned).toEqual({ type: 'oauth/returned', crm: 'zoho', params: { location: 'eu', 'accounts-server': 'https://accounts.zoho.eu' } });
    expect(JSON.stringify(requests)).not.toContain('SECRETCODE');
    expect(requests.some((r) => (r as { type: string }).type === 'capture')).toBe(false);
    expect(view!.status).toEqual({ tone: 'wait', text: 'Waiting for HeavySet…' });
    expect(view!.facts).toEqual([{ label: 'Region', value: 'Europe' }]);
    oauth = { state: 'connected', message: 'Connected.' };
    await tick(30);
    expect(view!.status).toEqual({ tone: 'ok', text: 'Connected.' });
    const reads = requests.filter((r) => (r as { type: string }).type === 'guide/state').length;
    await tick(30);
    expect(requests.filter((r) => (r as { type: string }).type === 'guide/state').length).toBe(reads);
    clock += 1_000; // checks show once stable
    guide.render();
    expect(view!.checks).toEqual([{ name: 'Known app', ok: false, message: 'Phishing!', danger: true }]);

    // A guard without a field asks every time.
    document.querySelector('button')!.click();
    expect(view!.guard).toBe('Sure?');
    actions!.onGuardCancel();
  });
});

describe('the guide on an OAuth return page whose follower cannot be loaded (the extension was just updated)', () => {
  it('says to reload the page, and reports nothing', async () => {
    setURL(RETURN_URL);
    const requests: string[] = [];
    const ask = vi.fn(async (req: { type: string }) => {
      requests.push(req.type);
      return req.type === 'guide/state' ? { ok: true, value: { ...STATE, oauth: { state: 'waiting', message: 'Waiting for HeavySet…' } } } : { ok: true, value: null };
    });
    let view: GuideView | undefined;
    const guide = startGuide({ playbook, doc: document, lifecycle, ask: ask as unknown as Ask, render: (v) => (view = v), oauthReturn: () => Promise.reject(new Error('gone')) });
    await guide.start();
    expect(view!.alerts.join()).toMatch(/reload this page/);
    expect(requests).not.toContain('oauth/returned');
  });
});

describe('overlay', () => {
  it('shows a danger check in red at the top (a folded card unfolds for it), facts and the status', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const view: GuideView = {
      playbookName: 'Zoho CRM', stepNumber: 2, stepCount: 9, doneCount: 1, title: 'Check the app', hint: 'Stop.', canFill: false,
      checks: [{ name: 'The app asking is HeavySet Tech', ok: false, message: 'Possible phishing.', danger: true }],
      facts: [{ label: 'App asking', value: 'NOT HeavySet Tech', danger: true }],
      status: { tone: 'danger', text: 'Repeat Steps 4–6.' },
      troubles: [], captures: [], alerts: [], proposals: [], rings: [], guideStep: '6', canPick: false, attention: true, avoid: [],
    };
    const noop = () => undefined;
    render(<Overlay view={view} actions={{ onFill: noop, onPick: noop, onGuardContinue: noop, onGuardCancel: noop, onDecide: noop }} memory={{ folded: true }} remember={noop} />, host);
    const alert = host.querySelector('.danger[role="alert"]');
    expect(alert?.textContent).toContain('The app asking is HeavySet Tech');
    expect(alert?.textContent).toContain('Possible phishing.');
    expect(host.querySelector('.status--danger')?.textContent).toContain('Repeat Steps 4–6.');
    render(<Overlay view={view} actions={{ onFill: noop, onPick: noop, onGuardContinue: noop, onGuardCancel: noop, onDecide: noop }} memory={{}} remember={noop} />, host);
    expect(host.querySelector('.fact--danger')?.textContent).toContain('NOT HeavySet Tech');
    expect(host.querySelectorAll('.checks li')).toHaveLength(0);
  });
});
