import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyRequest } from '../../utils/messages';

const calls: AnyRequest[] = [];
let answer: (request: AnyRequest) => unknown = () => undefined;

vi.mock('../../utils/ask', () => ({
  ask: vi.fn(async (request: AnyRequest) => {
    calls.push(request);
    return answer(request);
  }),
}));

const { OptionsApp } = await import('../../components/OptionsApp');

const CODE = 'hsc_AbCdEfGhIjKlMnOpQrStUvWx1234';
const session = {
  organization: { id: 'org_1', name: 'Acme Roofing' },
  crmConfig: { id: 'cfg_1', name: 'Main CRM', crmType: 'leap' as const },
  expiresAt: '2099-01-01T10:00:00Z',
};

let root: HTMLElement;

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
}

async function mount(stored: { apiUrl: string; engineerEmail: string; connectCodeLastFour?: string; connectCodeProblem?: string }, onSave: () => unknown) {
  const playbooks = { apiUrl: stored.apiUrl, trust: 'none', productionKeys: 0, summary: 'Bundled playbooks.', crms: [] };
  answer = (r) =>
    r.type === 'options/get'
      ? { ok: true, value: stored }
      : r.type === 'options/save'
        ? onSave()
        : r.type === 'playbooks/status'
          ? { ok: true, value: playbooks }
          : undefined;
  await act(async () => render(<OptionsApp />, root));
  await flush();
}

/** The control named by its visible <label>, as a person (and the acceptance tests) find it. */
function textbox(label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const input = found ? root.querySelector<HTMLInputElement>(`#${found.htmlFor}`) : null;
  if (!input) throw new Error(`no text box "${label}"`);
  return input;
}

/** The text describing a control (help and problems). */
function description(input: HTMLInputElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root.querySelector(`#${id}`)?.textContent ?? '')
    .join(' ');
}

async function type(label: string, value: string) {
  const input = textbox(label);
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  });
}

async function save() {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
  await act(async () => button.click());
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

describe('options page', () => {
  it('defaults to the production API and explains where the connect code comes from', async () => {
    await mount({ apiUrl: '', engineerEmail: '' }, () => undefined);
    expect(textbox('HeavySet API URL').value).toBe('https://api.heavyset.tech');
    expect(textbox('Connect code').type).toBe('password');
    expect(textbox('Engineer e-mail')).toBeTruthy();
    expect(root.textContent).toContain('Connections → CRM → Edit Config');
    expect(root.textContent).toContain('encrypted');
  });

  it('refuses plain http and a malformed connect code before asking the background', async () => {
    await mount({ apiUrl: '', engineerEmail: '' }, () => undefined);
    await type('HeavySet API URL', 'http://api.heavyset.tech');
    await type('Connect code', 'hsc_short');
    await save();
    expect(calls.some((c) => c.type === 'options/save')).toBe(false);
    expect(description(textbox('HeavySet API URL'))).toContain('must use https://');
    expect(description(textbox('Connect code'))).toContain('starts with "hsc_" followed by at least 24 letters or digits');
  });

  it('says when an address was pasted after the one already in the box', async () => {
    await mount({ apiUrl: '', engineerEmail: '' }, () => undefined);
    await type('HeavySet API URL', 'https://api.heavyset.techhttp://127.0.0.1:8787');
    await type('Connect code', `hsc_${'a'.repeat(24)}`);
    await save();
    expect(calls.some((c) => c.type === 'options/save')).toBe(false);
    expect(description(textbox('HeavySet API URL'))).toContain('two addresses run together');
  });

  it('trims pasted whitespace, saves and shows the organization and expiry', async () => {
    await mount({ apiUrl: '', engineerEmail: '' }, () => ({ ok: true, value: session }));
    await type('HeavySet API URL', ' http://127.0.0.1:8787/ ');
    await type('Connect code', `  ${CODE}\n`);
    await type('Engineer e-mail', 'eng@heavyset.tech ');
    await save();
    expect(calls).toContainEqual({
      type: 'options/save',
      apiUrl: 'http://127.0.0.1:8787',
      connectCode: CODE,
      engineerEmail: 'eng@heavyset.tech',
    });
    expect(root.textContent).toContain('Connected to Acme Roofing — Main CRM (Leap CRM)');
    expect(root.textContent).toContain('The connect code expires');
    expect(textbox('Connect code').value).toBe('');
    expect(description(textbox('Connect code'))).toContain('saved (…1234)');
  });

  it('keeps the stored code when the box is left empty', async () => {
    await mount({ apiUrl: 'https://api.heavyset.tech', engineerEmail: '', connectCodeLastFour: 'Wx12' }, () => ({
      ok: true,
      value: session,
    }));
    expect(textbox('Connect code').placeholder).toBe('saved (…Wx12)');
    await save();
    expect(calls).toContainEqual(expect.objectContaining({ type: 'options/save', connectCode: '' }));
  });

  it('asks for the code again before sending anything when only the API URL changed', async () => {
    await mount({ apiUrl: 'https://api.heavyset.tech', engineerEmail: '', connectCodeLastFour: 'Wx12' }, () => ({ ok: true, value: session }));
    expect(description(textbox('Connect code'))).toContain('A new API URL needs the code again');
    await type('HeavySet API URL', 'https://heavyset-api.example.com');
    await save();
    expect(calls.some((c) => c.type === 'options/save')).toBe(false);
    expect(description(textbox('Connect code'))).toContain(
      'A new HeavySet API URL needs the connect code again: the saved one is sent only to https://api.heavyset.tech.',
    );
    await type('Connect code', CODE);
    await save();
    expect(calls).toContainEqual(expect.objectContaining({ type: 'options/save', apiUrl: 'https://heavyset-api.example.com', connectCode: CODE }));
  });

  it('says in words that the saved code could not be decrypted', async () => {
    const lost = 'The saved connect code could not be decrypted (…) and was removed: paste the connect code again in Settings.';
    await mount({ apiUrl: 'https://api.heavyset.tech', engineerEmail: '', connectCodeProblem: lost }, () => undefined);
    expect(description(textbox('Connect code'))).toContain(lost);
  });

  it('shows the background\'s error verbatim next to the field it is about', async () => {
    const error = 'HeavySet did not accept this connect code: it expired. Get a new one in the HeavySet platform.';
    await mount({ apiUrl: '', engineerEmail: '' }, () => ({ ok: false, problem: error }));
    await type('Connect code', CODE);
    await save();
    expect(description(textbox('Connect code'))).toContain(error);
    expect(root.textContent).not.toContain('Connected to');
  });

  it('says which code stays in use when a new one is refused, next to the organization it opens', async () => {
    await mount({ apiUrl: 'https://api.heavyset.tech', engineerEmail: '', connectCodeLastFour: 'aBKw' }, () => ({
      ok: false,
      problem: 'HeavySet refused the connect code: “This connect code is not known: copy it again from the HeavySet platform.”',
    }));
    answer = (r) =>
      r.type === 'options/get'
        ? { ok: true, value: { apiUrl: 'https://api.heavyset.tech', engineerEmail: '', connectCodeLastFour: 'aBKw', session } }
        : { ok: false, problem: 'HeavySet refused the connect code: “This connect code is not known: copy it again from the HeavySet platform.”' };
    render(null, root);
    await act(async () => render(<OptionsApp />, root));
    await flush();
    await type('Connect code', CODE);
    await save();
    expect(description(textbox('Connect code'))).toContain('This connect code is not known');
    expect(description(textbox('Connect code'))).toContain('Still using the saved code …aBKw.');
    expect(root.textContent).toContain('Connected to Acme Roofing');
  });

  it('shows the connect code on request and hides it again', async () => {
    await mount({ apiUrl: '', engineerEmail: '' }, () => undefined);
    const toggle = () => [...root.querySelectorAll('button')].find((b) => /the connect code$/.test(b.getAttribute('aria-label') ?? ''))!;
    expect(toggle().getAttribute('aria-label')).toBe('Show the connect code');
    await act(async () => toggle().click());
    expect(textbox('Connect code').type).toBe('text');
    await act(async () => toggle().click());
    expect(textbox('Connect code').type).toBe('password');
  });

  it('after a good Save, offers the CRM page where the setup goes on', async () => {
    await mount({ apiUrl: '', engineerEmail: '' }, () => ({ ok: true, value: session }));
    await type('Connect code', CODE);
    await save();
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Open Leap → Settings → Developers');
  });

  it('disconnects only after a confirmation, then says so and takes the focus there', async () => {
    await mount({ apiUrl: 'https://api.heavyset.tech', engineerEmail: 'eng@heavyset.tech', connectCodeLastFour: 'Wx12' }, () => undefined);
    answer = (r) => (r.type === 'options/disconnect' ? { ok: true, value: null } : undefined);
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
    await act(async () => button('Disconnect…')!.click());
    expect(calls.some((c) => c.type === 'options/disconnect')).toBe(false);
    expect(root.querySelector('[role="alertdialog"]')!.textContent).toContain('Forget everything the assistant keeps in this browser?');
    await act(async () => button('Cancel')!.click());
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    await act(async () => await new Promise((r) => setTimeout(r, 5)));
    expect(document.activeElement?.textContent).toBe('Disconnect…');
    await act(async () => button('Disconnect…')!.click());
    // Where the focus is at the moment the outcome shows (a screen reader, or a test, may look right then).
    const focusWhenShown: string[] = [];
    const status = root.querySelector('#disconnect-title')!.parentElement!.querySelector('[role="status"]')!;
    const watch = new MutationObserver(() => {
      if (status.textContent) focusWhenShown.push(document.activeElement?.textContent ?? '');
    });
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    await act(async () => button('Disconnect')!.click());
    await flush();
    await act(async () => await new Promise((r) => setTimeout(r, 5)));
    watch.disconnect();
    expect(calls).toContainEqual({ type: 'options/disconnect' });
    expect(focusWhenShown[0]).toMatch(/^✓ Disconnected/);
    expect(document.activeElement?.textContent).toMatch(/^✓ Disconnected/);
    expect(textbox('Engineer e-mail').value).toBe('');
    expect(textbox('Connect code').placeholder).toBe('hsc_…');
  });
});
