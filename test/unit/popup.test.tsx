import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyRequest, PopupState, ValueView } from '../../utils/messages';

const calls: AnyRequest[] = [];
let answer: (request: AnyRequest) => unknown = () => undefined;

vi.mock('../../utils/ask', () => ({
  ask: vi.fn(async (request: AnyRequest) => {
    calls.push(request);
    return answer(request);
  }),
}));

const { PopupApp } = await import('../../components/PopupApp');

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWF2eXNldCJ9.sig9Xk3Q';
const session = {
  organization: { id: 'org_1', name: 'Acme Roofing' },
  crmConfig: { id: 'cfg_1', name: 'Main CRM', crmType: 'leap' as const },
  expiresAt: '2099-01-01T00:00:00Z',
};
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const hoursAhead = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

function token(overrides: Partial<ValueView> = {}): ValueView {
  return {
    field: 'apiToken',
    label: 'API Token',
    secret: true,
    status: 'captured',
    lastFour: 'Xk3Q',
    check: { ok: true, message: 'ok' },
    source: 'https://www.jobprogress.com/app/#/settings/developers',
    how: 'page',
    capturedAt: minutesAgo(2),
    expiresAt: hoursAhead(23),
    history: [],
    ...overrides,
  };
}

function popupState(overrides: Partial<PopupState> = {}): PopupState {
  return {
    configured: true,
    session,
    crm: 'leap',
    values: [token()],
    checklist: [
      { id: 'open-developers', guideStep: '2', title: 'Open Settings → Developers', place: 'Leap', done: true, byHand: false },
      { id: 'verify', guideStep: '5', title: 'Verify the integration', place: 'Popup', done: false, byHand: false },
    ],
    queue: { state: 'idle', attempts: 0 },
    fillValues: {},
    drafts: {},
    expiryHours: 24,
    notices: [],
    elsewhere: [],
    ...overrides,
  };
}

const sentState = () =>
  popupState({
    values: [token({ status: 'sent', sentAt: minutesAgo(0), server: { set: true, hint: 'Xk3Q' } })],
    connection: { crmType: 'leap', fields: { apiToken: { set: true, hint: 'Xk3Q' } }, complete: true },
    queue: { state: 'done', attempts: 1 },
  });

const leapOptions = { jobStageNames: ['Lead', 'Sold', 'Won - Signed'], appointmentResultOptions: ['Cancelled', 'No show', 'Completed'] };

let root: HTMLElement;

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
}

async function mount(state: PopupState, more: (r: AnyRequest) => unknown = () => ({ ok: true, value: null })) {
  answer = (request) => (request.type === 'popup/state' ? { ok: true, value: state } : more(request));
  await act(async () => render(<PopupApp />, root));
  await flush();
}

function group(name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[role="group"][aria-label="${name}"]`);
  if (!found) throw new Error(`no group "${name}"`);
  return found;
}

function button(name: string, within: ParentNode = root): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function checkbox(label: string, within: ParentNode = root): HTMLInputElement {
  const found = [...within.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const input = found?.querySelector('input') ?? (found?.htmlFor ? root.querySelector<HTMLInputElement>(`#${found.htmlFor}`) : null);
  if (!input) throw new Error(`no checkbox "${label}"`);
  return input;
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
  await flush();
}

beforeEach(() => {
  calls.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup values', () => {
  it('shows the API Token row masked with its last 4, where it came from and when it is purged', async () => {
    await mount(popupState());
    const row = group('API Token');
    expect(row.textContent).toContain('••••••••Xk3Q');
    expect(row.textContent).not.toContain(TOKEN);
    expect(row.textContent).toContain('Captured');
    expect(row.textContent).toContain('✓ Format OK');
    expect(row.textContent).toContain('from jobprogress.com/app/#/settings/developers');
    expect(row.textContent).toContain('captured 2 min ago');
    expect(row.textContent).toContain('purged in 23 h if not sent');
    expect(root.textContent).toContain('Acme Roofing · Main CRM');
    expect(root.textContent).toContain('up to 24 h, then purged');
  });

  it('reveals the secret through value/reveal and hides it again', async () => {
    await mount(popupState(), (r) => (r.type === 'value/reveal' ? { ok: true, value: TOKEN } : undefined));
    await click(button('Reveal', group('API Token')));
    expect(calls).toContainEqual({ type: 'value/reveal', crm: 'leap', field: 'apiToken' });
    expect(group('API Token').textContent).toContain(TOKEN);
    await click(button('Hide', group('API Token')));
    expect(group('API Token').textContent).not.toContain(TOKEN);
  });

  it('shows the background\'s problem when a pasted value looks like another field', async () => {
    await mount(popupState({ values: [] }), (r) =>
      r.type === 'value/set' ? { ok: false, problem: 'This is not an API Token.', looksLike: 'apiToken' } : undefined,
    );
    const row = group('API Token');
    expect(row.textContent).toContain('Not captured');
    await click(button('Enter by hand', row));
    const input = row.querySelector('input')!;
    await act(async () => {
      input.dispatchEvent(new Event('paste'));
      input.value = '  cid.abc  ';
      input.dispatchEvent(new Event('input'));
    });
    await click(button('Save value', row));
    expect(calls).toContainEqual({ type: 'value/set', crm: 'leap', field: 'apiToken', value: '  cid.abc  ', how: 'pasted' });
    expect(row.textContent).toContain('This is not an API Token. This looks like the API Token.');
  });
});

describe('sending', () => {
  it('sends on "Send to HeavySet" and shows Sent after success', async () => {
    let state = popupState();
    answer = (r) => {
      if (r.type === 'popup/state') return { ok: true, value: state };
      if (r.type === 'send') {
        state = sentState();
        return { ok: true, value: null };
      }
      if (r.type === 'settings/options') return { ok: true, value: leapOptions };
      return undefined;
    };
    await act(async () => render(<PopupApp />, root));
    await flush();
    const send = button('Send to HeavySet');
    expect(send.disabled).toBe(false);
    await click(send);
    expect(calls).toContainEqual({ type: 'send', crm: 'leap' });
    const row = group('API Token');
    expect(row.textContent).toContain('Sent');
    expect(row.textContent).toContain('HeavySet has …Xk3Q');
    expect(button('Send to HeavySet').disabled).toBe(true);
  });

  it('disables sending with a reason when not configured', async () => {
    await mount(popupState({ configured: false, session: undefined }));
    expect(button('Send to HeavySet').disabled).toBe(true);
    expect(root.textContent).toContain('Connect to HeavySet in Settings first.');
    expect(button('Open Settings')).toBeTruthy();
  });

  it('shows the failure in words with the playbook\'s hint', async () => {
    const message = 'HeavySet refused API Token: Leap rejected the token (401).';
    await mount(popupState({ values: [token({ status: 'failed' })], queue: { state: 'failed', message, attempts: 1 } }));
    expect(group('API Token').textContent).toContain('Failed');
    expect(root.querySelector('[role="status"].queue')?.textContent).toContain(message);
    expect(root.textContent).toContain('generate a new token and capture it again');
  });
});

describe('settings', () => {
  it('is not offered before the token is sent', async () => {
    await mount(popupState());
    expect(calls.some((c) => c.type === 'settings/options')).toBe(false);
    expect(root.textContent).toContain('Send the API Token first');
  });

  it('saves the chosen options of each multi-select', async () => {
    await mount(sentState(), (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : { ok: true, value: null }));
    await act(async () => checkbox('Sold').click());
    await act(async () => checkbox('Won - Signed').click());
    await act(async () => checkbox('Cancelled').click());
    expect(root.textContent).toContain('2 selected');
    expect(calls).toContainEqual({ type: 'draft/set', key: 'settings.leap.jobSoldStageNames', value: ['Sold', 'Won - Signed'] });
    await click(button('Save settings'));
    expect(calls).toContainEqual({
      type: 'settings/save',
      values: { jobSoldStageNames: ['Sold', 'Won - Signed'], appointmentCancelledResultOptions: ['Cancelled'] },
    });
    expect(root.textContent).toContain('✓ Settings saved');
  });

  it('refuses to save an empty required choice', async () => {
    await mount(sentState(), (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : { ok: true, value: null }));
    await act(async () => checkbox('Sold').click());
    await click(button('Save settings'));
    expect(calls.some((c) => c.type === 'settings/save')).toBe(false);
    expect(root.textContent).toContain('Choose at least one for Appointment Cancelled Result Options.');
  });

  it('restores drafts when the popup opens again', async () => {
    const state = { ...sentState(), drafts: { 'settings.leap.appointmentCancelledResultOptions': ['No show'] } };
    await mount(state, (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : { ok: true, value: null }));
    expect(checkbox('No show').checked).toBe(true);
    expect(checkbox('Cancelled').checked).toBe(false);
  });
});

describe('verify and checklist', () => {
  it('lists each check with its message', async () => {
    const result = {
      ok: false,
      checks: [
        { id: 'session', label: 'Connect code accepted', ok: true },
        { id: 'token', label: 'API token accepted by Leap', ok: false, message: 'Leap rejected the token' },
      ],
    };
    await mount(sentState(), (r) => {
      if (r.type === 'verify') return { ok: true, value: result };
      if (r.type === 'settings/options') return { ok: true, value: leapOptions };
      return undefined;
    });
    await click(button('Verify'));
    const items = [...root.querySelectorAll('.verify-list li')].map((li) => li.textContent);
    expect(items[0]).toContain('✓');
    expect(items[1]).toContain('✗');
    expect(items[1]).toContain('Leap rejected the token');
  });

  it('shows progress and lets a step the assistant did not see be ticked by hand', async () => {
    await mount(popupState());
    expect(root.textContent).toContain('1 of 2 done');
    expect(checkbox('Step 2 Open Settings → Developers').disabled).toBe(true);
    await act(async () => checkbox('Step 5 Verify the integration').click());
    await flush();
    expect(calls).toContainEqual({ type: 'checklist/tick', crm: 'leap', stepId: 'verify', done: true });
  });
});
