// A page's arrival is read in short slices (a 50k-node page is not one long task): the readings are
// those of one read at once, and what came after the person's first action is never taken for
// what the page showed before it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readingsIn, readingsInSlices } from '../../utils/guide/readings';
import { leapSender } from './support/leap-sender';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
const EARLIER = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvbGQifQ.b2xkLXNpZ25hdHVyZQ';

function tokenDialog(token: string): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML = `<h3>Your API Token</h3><p>Copy it now: it is shown only once.</p><pre>${token}</pre><button>Copy</button>`;
  return dialog;
}

beforeEach(() => {
  const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>JOB-${i}</td><td>Customer ${i}</td><td><button>Open</button></td></tr>`).join('');
  document.body.innerHTML = `<h2>Developers</h2><button>+ Generate Token</button><table><tbody>${rows}</tbody></table>`;
  // Each clock read is a millisecond later: a slice ends after a few texts, whatever the machine.
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
});
afterEach(() => vi.restoreAllMocks());

describe('readingsInSlices', () => {
  it('reads what readingsIn reads (controls, texts, no button text), pausing between slices', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label>Name <input value="Zapier"></label>');
    let pauses = 0;
    const sliced = await readingsInSlices(document, async () => void pauses++);
    expect(pauses).toBeGreaterThan(50);
    const raw = (list: { raw: string }[]) => list.map((r) => r.raw);
    expect(raw(sliced)).toEqual(raw(readingsIn(document)));
    expect(raw(sliced)).toContain('Zapier');
    expect(raw(sliced)).toContain('Customer 299');
    expect(raw(sliced)).not.toContain('Open');
  });
});

describe('arrive', () => {

  it('remembers a one-time token the page showed before the person acted: not taken when seen again', async () => {
    document.body.append(tokenDialog(EARLIER));
    const { s, captures } = leapSender();
    await s.arrive(async () => undefined);
    s.acted();
    s.scan([document.querySelector('[role=dialog]')!]);
    await Promise.resolve();
    expect(captures).toEqual([]);
  });

  it('a token that appears after the person acted, while the arrival was still being read, is taken', async () => {
    const { s, captures } = leapSender();
    let first = true;
    await s.arrive(async () => {
      if (!first) return;
      first = false;
      // Between two slices: the person presses Generate and the page shows the new token.
      s.acted();
      document.body.append(tokenDialog(TOKEN));
    });
    // The watcher's scan of the added dialog.
    s.scan([document.querySelector('[role=dialog]')!]);
    await Promise.resolve();
    expect(captures).toEqual([TOKEN]);
  });
});
