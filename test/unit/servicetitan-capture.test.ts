// Capture with the ServiceTitan playbook on ServiceTitan-like DOM shapes, through the running
// guide: what is sent to the background, from which page, and what is refused or guarded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuideState } from '../../utils/messages';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import { startGuide, type Ask } from '../../utils/guide/guide';
import { fakeLifecycle } from './support/fake-lifecycle';
import { findValue } from '../../utils/guide/capture';
import { serviceTitanPlaybook as playbook } from '../../utils/crm/servicetitan';

const TENANT = '1046823970';
const CID = 'cid.' + 'p3k8w1n6z9q2m5x7c4v0b8r1t';
const CS = 'cs1.' + 'abcdefghij0123456789abcdefghij0123456789abcdefghij';
const AK = 'ak1.' + 'f7x2m9q4k1w8z3n6b5v0c7r2ty';
const fieldOf = (key: string) => playbook.fields.find((f) => f.key === key)!;

function setup(initial: Partial<GuideState> = {}) {
  const state: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {}, ...initial };
  const captures: { field: string; value: string }[] = [];
  const ask = vi.fn(async (req: { type: string; field?: string; value?: string }) => {
    if (req.type === 'guide/state') return { ok: true, value: { ...state, captured: [...state.captured] } };
    if (req.type === 'capture') {
      captures.push({ field: req.field!, value: req.value! });
      state.captured.push(req.field!);
      return { ok: true, value: { outcome: 'stored', lastFour: req.value!.slice(-4) } };
    }
    return { ok: true, value: null };
  });
  const { lifecycle, invalidate } = fakeLifecycle();
  let view: GuideView | undefined;
  let actions: GuideActions | undefined;
  const guide = startGuide({
    playbook,
    doc: document,
    lifecycle,
    ask: ask as unknown as Ask,
    render(v, a) {
      view = v;
      actions = a;
    },
  });
  return { guide, captures, view: () => view!, actions: () => actions!, invalidate };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const PORTAL = 'https://developer.servicetitan.io/custom/my-apps/2/connections';
const GO = 'https://go.servicetitan.com/#/Settings/booking-providers';
/** The person presses a control (what appears after it is new). */
const press = (el: Element) => el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
const buttonNamed = (name: RegExp) => [...document.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

const connectionsPage = (app: string) => `<nav aria-label="Breadcrumb"><a href="/custom/my-apps/">My Apps</a> / <span>${app}</span> / <span>App Connections</span></nav>
  <h1>App Connections</h1><p>Tenants connected to ${app} and their OAuth credentials.</p>
  <table><thead><tr><th>Tenant</th><th>Tenant ID</th><th>Client ID</th><th>Allowed by Tenant</th><th>Client Secret</th></tr></thead>
  <tbody><tr><td>Acme Roofing</td><td>${TENANT}</td><td>${CID}</td><td><span role="img" aria-label="Allowed by Tenant"></span> Allowed</td>
  <td><span>•••••••• generated Nov 23, 2026</span> <button>Generate</button></td></tr></tbody></table>`;

function dialog(title: string, body: string): HTMLElement {
  const backdrop = document.createElement('div');
  backdrop.innerHTML = `<div role="dialog" aria-modal="true" aria-labelledby="t"><div><h2 id="t">${title}</h2></div><div>${body}</div><div><button>Done</button></div></div>`;
  return backdrop;
}

function secretDialog(value: string): HTMLElement {
  const el = dialog('Client Secret', '<div>Copy this secret now. It will not be shown again.</div><label for="s">Client Secret</label><div><input id="s" readonly><button aria-label="Copy Client Secret">Copy</button></div>');
  (el.querySelector('input') as HTMLInputElement).value = value; // set by property, as frameworks do
  return el;
}

let current: ReturnType<typeof setup> | undefined;
beforeEach(() => {
  document.body.innerHTML = '';
  setURL(PORTAL);
});
afterEach(() => {
  setURL('http://localhost:3000/');
  current?.invalidate();
  current = undefined;
});

describe('App Connections', () => {
  it('captures Tenant ID and Client ID from the table of HeavySet Tech, not of another app', async () => {
    document.body.innerHTML = connectionsPage('Fleet Tracker');
    current = setup();
    await current.guide.start();
    expect(current.captures).toEqual([]);
    current.invalidate();

    document.body.innerHTML = connectionsPage('HeavySet Tech');
    current = setup();
    await current.guide.start();
    expect(current.captures).toEqual([
      { field: 'tenantId', value: TENANT },
      { field: 'clientId', value: CID },
    ]);
  });

  it('takes HeavySet Tech’s Client ID from My Apps’ list of every app’s, without asking which', async () => {
    setURL('https://developer.servicetitan.io/custom/my-apps/');
    const OTHER = 'cid.' + 'z9y8x7w6v5u4t3s2r1q0p9o8n';
    document.body.innerHTML = `<h1>My Apps</h1><table><thead><tr><th>Application Name</th><th>App ID</th><th>Client ID</th><th>Actions</th></tr></thead>
      <tbody><tr><td><div>Acme Dispatch Sync</div><div>Acme Roofing</div></td><td>529879</td><td>${OTHER}</td><td><button>Edit</button></td></tr>
      <tr><td><div>HeavySet Tech</div><div>HeavySet Tech · Created Dec 2, 2026</div></td><td>158423</td><td>${CID}</td><td><button>Edit</button></td></tr></tbody></table>`;
    current = setup();
    await current.guide.start();
    expect(current.captures).toEqual([{ field: 'clientId', value: CID }]);
    await tick(20);
    expect(current.view().alerts).toEqual([]);
  });

  it('never takes another app’s Client ID from My Apps while HeavySet Tech’s row shows none', async () => {
    setURL('https://developer.servicetitan.io/custom/my-apps/');
    const OTHER = 'cid.' + 'z9y8x7w6v5u4t3s2r1q0p9o8n';
    document.body.innerHTML = `<h1>My Apps</h1><table><thead><tr><th>Application Name</th><th>App ID</th><th>Client ID</th><th>Actions</th></tr></thead>
      <tbody><tr><td><div>Acme Dispatch Sync</div><div>Acme Roofing</div></td><td>529879</td><td>${OTHER}</td><td><button>Edit</button></td></tr>
      <tr><td><div>HeavySet Tech</div><div>HeavySet Tech · Created Dec 2, 2026</div></td><td>158423</td><td>—</td><td><button>Edit</button></td></tr></tbody></table>`;
    current = setup();
    await current.guide.start();
    await tick(20);
    expect(current.captures).toEqual([]);
  });

  it('takes the Client ID from an app’s details shown as label and value rows (its name in a row of its own)', async () => {
    setURL('https://developer.servicetitan.io/custom/my-apps/');
    document.body.innerHTML = `<h1>App details</h1><table><tbody><tr><th>Application Name</th><td>HeavySet Tech</td></tr>
      <tr><th>App ID</th><td>158423</td></tr><tr><th>Client ID</th><td>${CID}</td></tr></tbody></table>`;
    current = setup();
    await current.guide.start();
    expect(current.captures).toEqual([{ field: 'clientId', value: CID }]);
  });

  it('reads rows that are a shadow root’s own children (a list component) without failing, another app’s ID refused', async () => {
    setURL('https://developer.servicetitan.io/custom/my-apps/');
    const OTHER = 'cid.' + 'z9y8x7w6v5u4t3s2r1q0p9o8n';
    const list = document.createElement('x-app-list');
    document.body.innerHTML = '<h1>My Apps</h1>';
    document.body.append(list);
    list.attachShadow({ mode: 'open' }).innerHTML = `<div role="row"><span role="cell">Application Name</span><span role="columnheader">Client ID</span></div>
      <div role="row"><span role="cell">Acme Dispatch Sync</span><span role="cell">${OTHER}</span></div>
      <div role="row"><span role="cell">HeavySet Tech</span><span role="cell">—</span></div>`;
    current = setup();
    await current.guide.start();
    await tick(20);
    expect(current.captures).toEqual([]);
  });

  it('captures the secret from the dialog that follows the person’s confirmation, never the confirm dialog’s Client ID', async () => {
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    current = setup();
    await current.guide.start();
    press(buttonNamed(/generate/i));
    const confirm = dialog('Generate Client Secret', `<dl><dt>Tenant ID</dt><dd>${TENANT}</dd><dt>Client ID</dt><dd>${CID}</dd></dl><button>Yes, Continue</button>`);
    document.body.append(confirm);
    await tick();
    expect(current.captures.filter((c) => c.field === 'clientSecret')).toEqual([]);
    press(buttonNamed(/yes, continue/i));
    confirm.remove();
    const shown = secretDialog(CS);
    document.body.append(shown);
    await tick();
    shown.remove(); // closed before anyone copied it
    expect(current.captures.filter((c) => c.field === 'clientSecret')).toEqual([{ field: 'clientSecret', value: CS }]);
    await tick(20);
    expect(current.view().captures.map((c) => c.label)).toContain('Client Secret');
    expect(JSON.stringify(current.view())).not.toContain(CS.slice(0, 20));
  });

  it('captures the secret a web component’s dialog shows from its host’s light DOM (slotted), in a field’s own shadow root', async () => {
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    // Present (closed) from page load, as Lit/Shoelace pages keep their dialogs.
    const host = document.createElement('st-dialog');
    host.innerHTML = '<div>This is the only time the client secret is shown.</div><st-text-field></st-text-field><button slot="footer">Done</button>';
    host.attachShadow({ mode: 'open' }).innerHTML = '<dialog><h2>Client Secret</h2><slot></slot><footer><slot name="footer"></slot></footer></dialog>';
    const field = host.querySelector('st-text-field')!.attachShadow({ mode: 'open' });
    field.innerHTML = '<label for="i">Client Secret</label><div><input id="i" readonly></div>';
    document.body.append(host);
    current = setup();
    await current.guide.start();
    press(buttonNamed(/generate/i));
    await tick();
    (field.querySelector('input') as HTMLInputElement).value = CS; // a property: no mutation
    host.shadowRoot!.querySelector('dialog')!.setAttribute('open', ''); // shown
    await tick();
    expect(current.captures.filter((c) => c.field === 'clientSecret')).toEqual([{ field: 'clientSecret', value: CS }]);
  });

  it('records the Application Key of an Edit view swapped in place inside web components, its value set by property after', async () => {
    setURL('https://developer.servicetitan.io/custom/my-apps/');
    const field = (label: string) => {
      const el = document.createElement('st-text-field');
      el.attachShadow({ mode: 'open' }).innerHTML = `<div><label for="input">${label}</label></div><div><input id="input"></div>`;
      return el;
    };
    // The app in a shadow root, the view a component of its own (its fields' shadow roots inside it).
    const app = document.createElement('st-app');
    const appRoot = app.attachShadow({ mode: 'open' });
    appRoot.innerHTML = '<a href="/custom/my-apps/">My Apps</a><main><h1>My Apps</h1></main>';
    document.body.append(app);
    current = setup({ captured: ['tenantId', 'clientId', 'clientSecret'] });
    await current.guide.start();
    press(appRoot.querySelector('h1')!);
    const editor = document.createElement('st-app-editor');
    const view = editor.attachShadow({ mode: 'open' });
    view.innerHTML = '<h1>Edit App</h1><span>HeavySet Tech · App ID 807379</span><form></form>';
    const fields = ['Application Name', 'Organization', 'Homepage', 'Application Key'].map(field);
    view.querySelector('form')!.append(...fields);
    appRoot.querySelector('main')!.replaceChildren(editor);
    await tick(5);
    // The app loads a moment later: values written to the inputs' properties (no mutation).
    const input = (i: number) => fields[i]!.shadowRoot!.querySelector('input')!;
    input(0).value = 'HeavySet Tech';
    input(3).value = AK;
    await tick(300);
    expect(current.captures).toEqual([{ field: 'applicationKey', value: AK }]);
  });

  it('never takes a secret dialog added and removed in the same task (never painted, no person saw it)', async () => {
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    current = setup({ captured: ['tenantId', 'clientId'] });
    await current.guide.start();
    press(buttonNamed(/generate/i));
    const shown = secretDialog(CS);
    document.body.append(shown);
    shown.remove();
    await tick(10);
    expect(current.captures.filter((c) => c.field === 'clientSecret')).toEqual([]);
  });

  it('takes values only on the pages they belong to (a Client Secret on another site is not one)', async () => {
    setURL('https://example.com/custom/my-apps/2/connections');
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    current = setup();
    await current.guide.start();
    press(buttonNamed(/generate/i));
    document.body.append(secretDialog(CS));
    await tick(10);
    expect(current.captures).toEqual([]);
  });

  it('does not take a Client ID shown where the secret belongs', async () => {
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    current = setup({ captured: ['tenantId', 'clientId'] });
    await current.guide.start();
    document.body.append(secretDialog(CID));
    document.body.append(dialog('Client Secret', `<p>Your secret:</p><code>${CID}</code>`));
    await tick();
    expect(current.captures.filter((c) => c.field === 'clientSecret')).toEqual([]);
    expect(findValue(fieldOf('clientSecret'), document)).toBeNull();
  });

  it('asks before Generate when a secret is captured; Cancel stops it, Continue lets it through', async () => {
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    const clicks: string[] = [];
    document.querySelector('button')!.addEventListener('click', () => clicks.push('generate'));
    current = setup({ captured: ['tenantId', 'clientId', 'clientSecret'] });
    await current.guide.start();
    (document.querySelector('button') as HTMLButtonElement).click();
    expect(clicks).toEqual([]);
    expect(current.view().guard).toMatch(/invalidates it/);
    current.actions().onGuardCancel();
    expect(current.view().guard).toBeUndefined();
    (document.querySelector('button') as HTMLButtonElement).click();
    current.actions().onGuardContinue();
    expect(clicks).toEqual(['generate']);
  });

  it('lets Generate through at once when no secret was captured yet', async () => {
    document.body.innerHTML = connectionsPage('HeavySet Tech');
    const clicks: string[] = [];
    document.querySelector('button')!.addEventListener('click', () => clicks.push('generate'));
    current = setup();
    await current.guide.start();
    (document.querySelector('button') as HTMLButtonElement).click();
    expect(clicks).toEqual(['generate']);
  });
});

describe('Application Key and Booking Provider ID', () => {
  const editPage = (app: string, key: string) => {
    document.body.innerHTML = `<nav aria-label="Breadcrumb"><a href="/custom/my-apps/">My Apps</a> / <span>${app}</span> / <span>Edit</span></nav><h1>Edit App</h1>
      <section><h2>App Details</h2><label for="n">Application Name</label><input id="n" readonly><label for="k">Application Key</label><div><input id="k" readonly><button aria-label="Copy Application Key">Copy</button></div></section>`;
    (document.getElementById('n') as HTMLInputElement).value = app;
    (document.getElementById('k') as HTMLInputElement).value = key;
  };

  it('reads the Application Key on HeavySet Tech’s Edit screen only', () => {
    editPage('Fleet Tracker', AK);
    expect(findValue(fieldOf('applicationKey'), document)).toBeNull();
    editPage('HeavySet Tech', AK);
    expect(findValue(fieldOf('applicationKey'), document)).toBe(AK);
    // Without a breadcrumb: the Application Name box alone names the app.
    for (const [app, expected] of [['Fleet Tracker', null], ['HeavySet Tech', AK]] as const) {
      editPage(app, AK);
      document.querySelector('nav')!.remove();
      expect(findValue(fieldOf('applicationKey'), document), app).toBe(expected);
    }
  });

  it('reads the ID in the HeavySet Tech row when the table appears, not another tag’s', async () => {
    setURL(GO);
    document.body.innerHTML = '<main><h1>Booking Providers</h1><button>Add Tag</button><div id="slot"><div role="status">Loading…</div></div></main>';
    current = setup();
    await current.guide.start();
    const table = (rows: string) =>
      `<div><table><thead><tr><th>Name</th><th>Description</th><th>ID</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    document.getElementById('slot')!.innerHTML = table('<tr><td>Angi Leads</td><td>—</td><td>41230077</td><td>Active</td></tr>');
    await tick();
    expect(current.captures).toEqual([]);
    document.getElementById('slot')!.innerHTML = table(
      '<tr><td>Angi Leads</td><td>—</td><td>41230077</td><td>Active</td></tr><tr><td>HeavySet Tech</td><td>—</td><td>568589504</td><td>Active</td></tr><tr><td>Home Advisor</td><td>—</td><td>77001234</td><td>Active</td></tr>',
    );
    await tick();
    expect(current.captures).toEqual([{ field: 'bookingProviderId', value: '568589504' }]);
  });
});
