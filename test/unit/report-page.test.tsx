// The popup's "Report this page": a preview of exactly what would be sent, an optional note, sent
// only on the person's click, then the report id to quote.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyRequest, PageSnapshot } from '../../utils/messages';

const calls: AnyRequest[] = [];
let answer: (request: AnyRequest) => unknown;

vi.mock('../../utils/ask', () => ({
  ask: vi.fn(async (request: AnyRequest) => {
    calls.push(request);
    return answer(request);
  }),
}));

const { ReportPage } = await import('../../components/ReportPage');

const snapshot: PageSnapshot = {
  crm: 'leap',
  crmName: 'Leap CRM',
  pageUrl: 'https://www.jobprogress.com/app/',
  snapshot: '<!doctype html>\n<h1>Integrations</h1>\n<input value="[input]">',
  stepId: 'open-developers',
  playbookVersion: null,
  replaced: 1,
  bytes: 2_560,
};

let root: HTMLElement;
beforeEach(() => {
  calls.length = 0;
  root = document.createElement('div');
  document.body.append(root);
  answer = (r) => (r.type === 'report/snapshot' ? { ok: true, value: snapshot } : { ok: true, value: { id: 'rep_AbCdEfGhIjKlMnOpQrStUvWx' } });
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve());
}
async function press(name: string) {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button "${name}" in: ${root.textContent}`);
  await act(async () => button.click());
  await flush();
}

describe('Report this page (popup)', () => {
  it('previews the snapshot, sends it with the note only on click, and shows the report id', async () => {
    await act(async () => render(<ReportPage configured={true} />, root));
    expect(calls).toEqual([]);
    await press('Report this page…');
    expect(calls).toEqual([{ type: 'report/snapshot' }]);
    const preview = root.querySelector('pre[aria-label="What will be sent"]');
    expect(preview?.textContent).toBe(snapshot.snapshot);
    expect(root.textContent).toContain('https://www.jobprogress.com/app/');
    expect(root.textContent).toContain('2.5 KB · 1 value replaced');

    const note = root.querySelector<HTMLTextAreaElement>('#report-note')!;
    await act(async () => {
      note.value = 'The Developers page is now called Integrations.';
      note.dispatchEvent(new Event('input'));
    });
    expect(calls).toHaveLength(1);
    await press('Send report');
    expect(calls.at(-1)).toEqual({
      type: 'report/send',
      crm: 'leap',
      pageUrl: snapshot.pageUrl,
      stepId: 'open-developers',
      playbookVersion: null,
      note: 'The Developers page is now called Integrations.',
      snapshot: snapshot.snapshot,
    });
    expect(root.querySelector('.report-id')?.textContent).toBe('rep_AbCdEfGhIjKlMnOpQrStUvWx');
  });

  it('sends nothing when cancelled, and says why it cannot report', async () => {
    await act(async () => render(<ReportPage configured={true} />, root));
    await press('Report this page…');
    await press('Cancel');
    expect(calls.map((c) => c.type)).toEqual(['report/snapshot']);
    answer = () => ({ ok: false, problem: 'No CRM page answered: open the CRM page you want to report.' });
    await press('Report this page…');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('No CRM page answered');

    render(null, root);
    await act(async () => render(<ReportPage configured={false} />, root));
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Report this page…')!;
    expect(button.disabled).toBe(true);
    expect(root.textContent).toContain('Connect to HeavySet in Settings first.');
  });
});
