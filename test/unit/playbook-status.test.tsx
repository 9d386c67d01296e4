// The options page's playbook status: per CRM the version in use, bundled or remote, the last
// check and why an update was refused; a build without production keys says so; "Check now".
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyRequest, PlaybookStatusView } from '../../utils/messages';

const calls: AnyRequest[] = [];
let view: PlaybookStatusView;

vi.mock('../../utils/ask', () => ({
  ask: vi.fn(async (request: AnyRequest) => {
    calls.push(request);
    return { ok: true, value: view };
  }),
}));

const { PlaybookStatus } = await import('../../components/PlaybookStatus');

const NO_KEYS =
  'This build has no HeavySet production keys: playbook updates come only from a sandbox API on this computer (127.0.0.1 or localhost); otherwise the bundled playbooks are used.';
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

let root: HTMLElement;
beforeEach(() => {
  calls.length = 0;
  root = document.createElement('div');
  document.body.append(root);
  view = {
    apiUrl: 'https://api.heavyset.tech',
    trust: 'production',
    productionKeys: 0,
    summary: NO_KEYS,
    crms: [
      { crm: 'leap', name: 'Leap CRM', version: 3, source: 'remote', lastCheck: minutesAgo(5), outcome: 'refused', message: 'Version 2 is not newer than the version in use (3): refused. The assistant keeps using update v3.' },
      { crm: 'zoho', name: 'Zoho CRM', version: 0, source: 'bundled' },
    ],
  };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
}

const row = (name: string) => root.querySelector(`tr[aria-label="${name} playbook"]`)?.textContent ?? '';

describe('playbook status (options page)', () => {
  it('shows the version in use, its source, the last check and why an update was refused', async () => {
    await act(async () => render(<PlaybookStatus />, root));
    await flush();
    expect(calls).toEqual([{ type: 'playbooks/status' }]);
    expect(row('Leap CRM')).toContain('Update v3 from HeavySet');
    expect(row('Leap CRM')).toContain('5 minutes ago · Update refused');
    expect(row('Leap CRM')).toContain('Version 2 is not newer than the version in use (3)');
    expect(row('Zoho CRM')).toContain('Bundled');
    expect(row('Zoho CRM')).toContain('Not checked yet');
  });

  it('says so when the build has no production keys', async () => {
    await act(async () => render(<PlaybookStatus />, root));
    await flush();
    expect(root.querySelector('.build-keys')?.textContent).toBe(NO_KEYS);
  });

  it('checks now on request', async () => {
    await act(async () => render(<PlaybookStatus />, root));
    await flush();
    view = { ...view, crms: [{ ...view.crms[0]!, outcome: 'unchanged', message: 'Up to date.' }, view.crms[1]!] };
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Check for updates now')!;
    await act(async () => button.click());
    await flush();
    expect(calls.at(-1)).toEqual({ type: 'playbooks/check' });
    expect(row('Leap CRM')).toContain('Up to date');
  });
});
