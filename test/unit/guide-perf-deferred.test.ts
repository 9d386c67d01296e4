// The watcher's callback only notes what changed: the "does it matter" analysis runs later, for
// many page updates at once and in slices; rewritten table text is scanned only where a value can show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Playbook } from '../../utils/guide/playbook';
import { watchPage } from '../../utils/guide/watch';
import { fakeLifecycle } from './support/fake-lifecycle';
import { mutationsMatter } from '../../utils/guide/relevance';
import { textRevealFilter } from '../../utils/guide/capture-scope';
import { scopeFor } from '../../utils/guide/watch-scope';
import { leapPlaybook } from '../../utils/crm/leap';
import { serviceTitanPlaybook } from '../../utils/crm/servicetitan';
import { zohoPlaybook } from '../../utils/crm/zoho';
import { loosened } from '../../utils/guide/literals';
import { matches } from '../../utils/guide/text';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
/** Each test's watcher: undone after it. */
let invalidate = (): void => undefined;

beforeEach(() => {
  const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>JOB-${i}</td><td>Customer ${i}</td></tr>`).join('');
  document.body.innerHTML = `<h1>Jobs</h1><table><thead><tr><th>Job</th><th>Customer</th></tr></thead><tbody>${rows}</tbody></table>`;
});
afterEach(() => invalidate());

function watch(playbook: Playbook = leapPlaybook) {
  const seen = { scans: [] as ParentNode[][], settles: 0, batches: [] as number[] };
  const matters = mutationsMatter(playbook);
  const made = fakeLifecycle();
  invalidate = made.invalidate;
  watchPage(made.lifecycle, document, {
    scan: (scopes) => void seen.scans.push(scopes),
    pageChanged: () => seen.settles++,
    matters: (records) => {
      seen.batches.push(records.length);
      return matters(records);
    },
    canReveal: textRevealFilter(playbook.fields),
  });
  return seen;
}

describe('textRevealFilter', () => {
  it('a cell whose words cannot be a label or a token is not searched; a token, or a label, is', () => {
    const reveals = textRevealFilter(leapPlaybook.fields);
    expect(reveals(document.querySelector('td')!)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><p><span>x</span></p><p id="t">API Token</p></div>');
    expect(reveals(document.querySelector('[role=dialog] span')!)).toBe(false);
    expect(reveals(document.getElementById('t')!)).toBe(true);
    document.querySelector('[role=dialog] span')!.textContent = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
    expect(reveals(document.querySelector('[role=dialog] span')!)).toBe(true);
  });

  it('keeps a grid\'s answer a while, and drops it at once when a header is renamed to a field\'s words', () => {
    const reveals = textRevealFilter(leapPlaybook.fields);
    const cell = document.querySelector('tbody td')!;
    const header = document.querySelector('th')!;
    expect(reveals(cell)).toBe(false);
    header.textContent = 'Notes'; // renamed to words that name no field: the answer kept (false) stays true to it
    expect(reveals(cell)).toBe(false);
    header.textContent = 'API Token'; // the watcher asks about the header's own change first
    expect(reveals(header)).toBe(true);
    expect(reveals(cell)).toBe(true); // read again at once: the column now names a field
  });

  it('reads a grid\'s headers again once the watcher sees a header row rebuilt as elements', () => {
    const reveals = textRevealFilter(leapPlaybook.fields);
    const cell = document.querySelector('tbody td')!;
    expect(reveals(cell)).toBe(false);
    const headRow = document.querySelector('thead tr')!;
    headRow.innerHTML = '<th>API Token</th><th>Customer</th>';
    expect(reveals(cell)).toBe(false); // the words kept (no query of a big table's headers per change)
    scopeFor(headRow.firstElementChild!); // what the watcher asks of the header cell that came
    expect(reveals(cell)).toBe(true);
  });

  it('never turns away a text that a field label or shape matches, in any playbook (its prefilter)', () => {
    const texts = [
      ...['API Token', 'Your new API token:', 'Access Token Value', 'token', 'Tokens', 'Client ID', 'Client ID:', 'Client Secret'],
      ...['Application Key', 'App Key', 'Booking Provider ID', 'Tag ID', 'ID', 'ID:', 'Tenant ID', 'Developers'],
      ...['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2ln', 'cid.abcdefghijklmnopqrstuvwxy', 'ak1.abcdefghijklmnopqrstuvwxy'],
      ...['1000.ABCDEF1234567890ABCDEF1234567890', 'v123456', 'JOB-12 Roofing', 'Customer 12', 'Zoho CRM', 'Refresh Token'],
    ];
    for (const playbook of [leapPlaybook, serviceTitanPlaybook, zohoPlaybook]) {
      const reveals = textRevealFilter(playbook.fields);
      const patterns = playbook.fields.filter((f) => !f.readOnly && f.capture).flatMap((f) => [...f.capture!.labels, ...(f.detect ? [f.detect] : [])]);
      for (const text of texts) {
        const el = document.createElement('span'); // out of any grid: only its own words answer
        el.textContent = text;
        expect(reveals(el), `${playbook.crm}: ${text}`).toBe(patterns.some((p) => matches(text, loosened(p))));
      }
    }
  });

  it('reveals nothing when no field is captured from the page', () => {
    const none = leapPlaybook.fields.map((f) => ({ ...f, capture: undefined }));
    document.body.insertAdjacentHTML('beforeend', '<p id="t">API Token</p>');
    expect(textRevealFilter(none)(document.getElementById('t')!)).toBe(false);
  });
});

describe('the watcher notes, and analyses later', () => {
  it('does not scan rewritten cells, but does scan text that comes into a dialog', async () => {
    const seen = watch();
    document.querySelectorAll('tbody td')[5]!.textContent = 'v1';
    await tick();
    expect(seen.scans).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><h2>Your API token</h2><label for="t">API Token</label><output id="t"></output></div>');
    await tick();
    const dialog = document.querySelector('[role=dialog]')!;
    document.getElementById('t')!.textContent = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
    await tick();
    expect(seen.scans.at(-1)).toEqual([dialog]);
  });

  it('does not analyse in the callback; a relevant change among many is seen within 300 ms, in slices', async () => {
    const seen = watch();
    const cells = document.querySelectorAll('tbody td');
    for (let round = 0; round < 3; round++) {
      cells.forEach((td, i) => (td.textContent = `v${round}-${i}`));
      await tick();
    }
    expect(seen.batches).toEqual([]);
    document.querySelector('h1')!.textContent = 'Settings';
    const started = Date.now();
    while (!seen.settles && Date.now() - started < 1_000) await tick(10);
    expect(Date.now() - started).toBeLessThan(300);
    expect(seen.settles).toBe(1);
    expect(seen.batches.length).toBeGreaterThan(1);
    expect(Math.max(...seen.batches)).toBeLessThanOrEqual(256);
  });

  it('unrelated changes alone never settle', async () => {
    const seen = watch();
    const cells = document.querySelectorAll('tbody td');
    cells.forEach((td, i) => (td.textContent = `w${i}`));
    await tick(400);
    expect(seen.batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(cells.length);
    expect(seen.settles).toBe(0);
  });
});
