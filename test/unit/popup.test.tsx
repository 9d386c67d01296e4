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

const opened: string[] = [];
vi.mock('../../components/StartLink', () => ({ openCrmPage: vi.fn(async (url: string) => void opened.push(url)) }));

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
    expect(row.textContent).toContain('from jobprogress.com');
    expect(row.querySelector('.meta')!.getAttribute('title')).toBe('https://www.jobprogress.com/app/#/settings/developers');
    expect(row.textContent).toContain('captured 2 minutes ago');
    expect(row.textContent).toContain('purged in 23 h');
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

/** The next-step bar: its button and status line. */
function bar() {
  const section = root.querySelector<HTMLElement>('[aria-label="Next step"]');
  if (!section) throw new Error('no next-step bar');
  return {
    button: section.querySelector('button')!,
    status: section.querySelector<HTMLElement>('[role="status"]')!,
    hint: section.querySelector('.next-hint')?.textContent ?? '',
  };
}

/** Focusable controls in keyboard order (document order: none of ours has a positive tabindex). */
function tabOrder(): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href]')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0,
  );
}

describe('sending', () => {
  it('offers Send as the one next action, right after the header, and moves the focus to what it did', async () => {
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
    expect(bar().button.textContent).toBe('Send to HeavySet');
    expect(bar().hint).toBe('Next: send the API Token to HeavySet.');
    // Keyboard: the header's Settings, then the next action.
    expect(tabOrder().slice(0, 2).map((el) => el.textContent)).toEqual(['Settings', 'Send to HeavySet']);
    expect(root.querySelectorAll('button').length).toBeGreaterThan(2);
    expect([...root.querySelectorAll('button')].filter((b) => b.textContent === 'Send to HeavySet')).toHaveLength(1);
    await click(bar().button);
    await act(async () => await new Promise((r) => setTimeout(r, 5)));
    expect(calls).toContainEqual({ type: 'send', crm: 'leap' });
    expect(document.activeElement).toBe(bar().status);
    expect(bar().status.textContent).toBe('✓ Sent to HeavySet.');
    const row = group('API Token');
    expect(row.classList.contains('compact')).toBe(true);
    expect(row.textContent).toContain('Sent');
    expect(row.textContent).toContain('HeavySet has …Xk3Q');
    expect(bar().button.textContent).toBe('Save settings');
  });

  it('is not offered before a connect code is saved: Open Settings is', async () => {
    await mount(popupState({ configured: false, session: undefined, crm: undefined }));
    expect(root.textContent).toContain('Connect the assistant to HeavySet');
    expect(button('Open Settings')).toBeTruthy();
    expect(root.querySelector('[aria-label="Next step"]')).toBeNull();
  });

  it('shows a field HeavySet refused with the playbook’s fix under that row only', async () => {
    const message = 'HeavySet refused API Token: Leap rejected the token.';
    await mount(
      popupState({
        values: [token({ status: 'failed', refused: true, check: { ok: false, message: 'HeavySet refused it: Leap rejected the token.' } })],
        queue: { state: 'failed', message, attempts: 1 },
      }),
    );
    expect(group('API Token').textContent).toContain('Failed');
    expect(group('API Token').textContent).toContain('generate a new token and capture it again');
    expect(bar().status.textContent).toContain(message);
  });

  it('gives no token advice when the send failed for another reason (the connect code, the network)', async () => {
    await mount(
      popupState({
        values: [token({ status: 'failed' })],
        queue: { state: 'failed', message: 'HeavySet had a problem (503).', attempts: 8 },
      }),
    );
    expect(root.textContent).not.toContain('generate a new token');
    expect(group('API Token').textContent).toContain('Not sent');
  });
});

describe('a refused connect code', () => {
  const refused = () =>
    popupState({
      values: [token({ status: 'failed' })],
      queue: { state: 'waiting', message: 'HeavySet cannot be reached (offline or the server is down). Queued: the assistant retries on its own.', nextAttemptAt: hoursAhead(0.001), attempts: 2 },
      codeProblem: { title: 'Connect code expired', message: 'This connect code has expired: ask HeavySet for a new one.', codeLastFour: 'aBKw' },
    });

  it('is one banner at the top with Open Settings; Send is off; no row and no queue line repeats it', async () => {
    await mount(refused());
    const banner = root.querySelector<HTMLElement>('.banner')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('Connect code expired');
    expect(banner.textContent).toContain('HeavySet → Connections → CRM → Edit Config');
    expect(banner.textContent).toContain('…aBKw');
    expect(root.querySelector('main')!.firstElementChild).toBe(banner);
    expect(root.textContent!.match(/has expired/g)).toHaveLength(1);
    expect(root.textContent).not.toContain('cannot be reached');
    expect(group('API Token').textContent).not.toMatch(/expired|connect code/i);
    expect(bar().button.textContent).toBe('Send to HeavySet');
    expect(bar().button.disabled).toBe(true);
    expect(bar().hint).toMatch(/until the connect code is replaced/);
    // Keyboard: Settings, then the banner's Open Settings (the disabled Send is skipped).
    expect(tabOrder().slice(0, 2).map((el) => el.textContent)).toEqual(['Settings', 'Open Settings']);
  });
});

describe('the empty popup', () => {
  it('opens the CRM page where the values are captured', async () => {
    await mount(popupState({ values: [] }));
    expect(bar().button.textContent).toBe('Open Leap → Settings → Developers');
    expect(bar().hint).toMatch(/capture the API Token on Leap CRM’s pages/);
    expect(group('API Token').classList.contains('compact')).toBe(true);
    await click(bar().button);
    await act(async () => await new Promise((r) => setTimeout(r, 5)));
    expect(opened).toEqual(['https://www.jobprogress.com/app/#/settings/developers']);
    expect(document.activeElement).toBe(bar().status);
  });
});

describe('settings', () => {
  it('is not offered before the token is sent', async () => {
    await mount(popupState());
    expect(calls.some((c) => c.type === 'settings/options')).toBe(false);
    expect(root.textContent).toContain('Send the API Token first');
  });

  it('saves the chosen options of each multi-select from the next-step bar', async () => {
    await mount(sentState(), (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : { ok: true, value: null }));
    expect(bar().button.textContent).toBe('Save settings');
    await act(async () => checkbox('Sold').click());
    await act(async () => checkbox('Won - Signed').click());
    await act(async () => checkbox('Cancelled').click());
    expect(root.textContent).toContain('2 selected');
    expect(calls).toContainEqual({ type: 'draft/set', key: 'settings.leap.jobSoldStageNames', value: ['Sold', 'Won - Signed'] });
    expect(bar().button.getAttribute('form')).toBe('settings-form');
    await act(async () => root.querySelector<HTMLFormElement>('#settings-form')!.requestSubmit(bar().button));
    await flush();
    expect(calls).toContainEqual({
      type: 'settings/save',
      values: { jobSoldStageNames: ['Sold', 'Won - Signed'], appointmentCancelledResultOptions: ['Cancelled'] },
    });
    expect(bar().status.textContent).toBe('✓ Settings saved.');
  });

  it('refuses to save an empty required choice', async () => {
    await mount(sentState(), (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : { ok: true, value: null }));
    await act(async () => checkbox('Sold').click());
    await act(async () => root.querySelector<HTMLFormElement>('#settings-form')!.requestSubmit());
    await flush();
    expect(calls.some((c) => c.type === 'settings/save')).toBe(false);
    expect(root.textContent).toContain('Choose at least one for Appointment Cancelled Result Options.');
    expect(bar().status.textContent).toContain('Not saved');
  });

  it('restores drafts when the popup opens again', async () => {
    const state = { ...sentState(), drafts: { 'settings.leap.appointmentCancelledResultOptions': ['No show'] } };
    await mount(state, (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : { ok: true, value: null }));
    expect(checkbox('No show').checked).toBe(true);
    expect(checkbox('Cancelled').checked).toBe(false);
  });
});

describe('verify and checklist', () => {
  const savedState = () =>
    popupState({
      ...sentState(),
      settings: { values: { jobSoldStageNames: ['Sold'], appointmentCancelledResultOptions: ['Cancelled'] }, complete: true, savedAt: minutesAgo(1) },
    });

  it('lists each check, with the seed’s fix only under a failed check it belongs to', async () => {
    const result = {
      ok: false,
      checks: [
        { id: 'token', label: 'API token accepted by Leap', ok: false, message: 'Leap says this token was revoked.' },
        { id: 'settings', label: 'Leap settings complete', ok: true },
      ],
    };
    await mount(savedState(), (r) => {
      if (r.type === 'verify') return { ok: true, value: result };
      if (r.type === 'settings/options') return { ok: true, value: leapOptions };
      return undefined;
    });
    expect(bar().button.textContent).toBe('Verify');
    await click(bar().button);
    await act(async () => await new Promise((r) => setTimeout(r, 5)));
    const items = [...root.querySelectorAll('.verify-list li')];
    expect(items[0]!.textContent).toContain('✗');
    expect(items[0]!.textContent).toContain('Leap says this token was revoked.');
    expect(items[0]!.textContent).toContain('generate a new token and capture it again');
    expect(items[1]!.textContent).not.toContain('generate a new token');
    expect(bar().status.textContent).toBe('⚠ 1 of 2 checks failed: API token accepted by Leap. See Verify above.');
    expect(document.activeElement).toBe(bar().status);
  });

  it('gives no token advice when only the settings check failed', async () => {
    const verify = {
      ok: false,
      at: minutesAgo(0),
      checks: [
        { id: 'token', label: 'API token accepted by Leap', ok: true },
        { id: 'settings', label: 'Leap settings complete', ok: false, message: 'Choose Job Sold Stage Names in the assistant popup and save the settings.' },
      ],
    };
    await mount({ ...savedState(), verify }, (r) => (r.type === 'settings/options' ? { ok: true, value: leapOptions } : undefined));
    expect(root.querySelector('.verify-list')!.textContent).toContain('Choose Job Sold Stage Names');
    expect(root.textContent).not.toContain('generate a new token');
  });

  it('numbers the steps once: Step n of N, with the guide’s section', async () => {
    await mount(popupState());
    const details = root.querySelector<HTMLDetailsElement>('details.checklist')!;
    expect(details.open).toBe(false);
    expect(root.textContent).toContain('1 of 2 done');
    expect(details.querySelector('summary')!.textContent).toContain('Next: Step 2 of 2 (guide §5) — Verify the integration');
    expect(checkbox('Step 1 of 2 (guide §2) Open Settings → Developers').disabled).toBe(true);
    await act(async () => checkbox('Step 2 of 2 (guide §5) Verify the integration').click());
    await flush();
    expect(calls).toContainEqual({ type: 'checklist/tick', crm: 'leap', stepId: 'verify', done: true });
  });
});
