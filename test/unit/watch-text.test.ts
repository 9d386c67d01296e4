// Text alone coming and going (a big table rewriting its cells) is told apart from its strings and
// the elements it changed in, without keeping the records: what matters still settles, what does
// not never does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Playbook } from '../../utils/guide/playbook';
import { watchPage } from '../../utils/guide/watch';
import { mutationsMatter } from '../../utils/guide/relevance';
import { fakeLifecycle } from './support/fake-lifecycle';
import { leapPlaybook } from '../../utils/crm/leap';
import { serviceTitanPlaybook } from '../../utils/crm/servicetitan';
import { matchableByTag } from '../../utils/guide/relevance-around';
import { reportChanges, type Matters } from '../../utils/guide/watch-analysis';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
let stop = (): void => undefined;
afterEach(() => stop());

function watch(playbook: Playbook): { settles: () => number } {
  const { lifecycle, invalidate } = fakeLifecycle();
  stop = invalidate;
  let settles = 0;
  watchPage(lifecycle, document, { scan: () => undefined, pageChanged: () => settles++, matters: mutationsMatter(playbook) });
  return { settles: () => settles };
}

async function settledAfter(seen: { settles: () => number }, change: () => void): Promise<boolean> {
  const before = seen.settles();
  change();
  await tick(350);
  return seen.settles() > before;
}

beforeEach(() => {
  const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>JOB-${i}</td><td>Customer ${i}</td><td>Lead</td></tr>`).join('');
  document.body.innerHTML =
    '<h1>Jobs</h1><div role="button" tabindex="0"><span id="verb">Make</span> Token</div>' +
    `<table><thead><tr><th>Job</th><th>Customer</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
});

describe('text alone, told apart without its records', () => {
  it('hundreds of cells rewritten with unrelated text never settle', async () => {
    const seen = watch(leapPlaybook);
    const cells = document.querySelectorAll('tbody td');
    for (let round = 0; round < 3; round++) {
      cells.forEach((td, i) => (td.textContent = `v${round}-${i}`));
      await tick(20);
    }
    (document.querySelector('tbody td')!.firstChild as Text).data = 'still unrelated';
    await tick(350);
    expect(seen.settles()).toBe(0);
  });

  it('a cell rewritten to a name a locator looks for settles, and so does that name leaving', async () => {
    const seen = watch(leapPlaybook);
    const cell = document.querySelectorAll('tbody td')[40]!;
    expect(await settledAfter(seen, () => (cell.textContent = 'HeavySet Tech'))).toBe(true);
    expect(await settledAfter(seen, () => (cell.textContent = 'someone else'))).toBe(true);
  });

  it('text added beside an element\'s text is read with it ("HeavySet" + " Tech"), also after a rewrite in the same task', async () => {
    // Items of a big list: their parent is not read whole, so the item's own text must be.
    document.body.insertAdjacentHTML('beforeend', `<div>${'<span>x</span>'.repeat(40)}</div>`);
    const items = document.querySelectorAll('div > span');
    items[5]!.textContent = 'HeavySet';
    await tick(20);
    const seen = watch(leapPlaybook);
    expect(await settledAfter(seen, () => items[5]!.append(' Tech'))).toBe(true);
    // Rewritten whole (judged from its text alone), then more text beside it before the analysis.
    expect(
      await settledAfter(seen, () => {
        items[6]!.textContent = 'HeavySet';
        items[6]!.append(' Tech');
      }),
    ).toBe(true);
  });

  it('a text node edited in place (characterData) into such a name settles', async () => {
    const seen = watch(leapPlaybook);
    const text = document.querySelectorAll('tbody td')[41]!.firstChild as Text;
    expect(await settledAfter(seen, () => (text.data = 'HeavySet Tech'))).toBe(true);
  });

  it('a row comes to match across its cells (HeavySet Tech … Enabled) when only the status cell changes', async () => {
    const row = document.querySelectorAll('tbody tr')[7]!;
    row.children[0]!.textContent = 'HeavySet Tech';
    row.children[2]!.textContent = 'Off';
    await tick(20);
    const relevance = mutationsMatter(serviceTitanPlaybook);
    expect(relevance.text('Enabled')).toBe(false); // the row's text makes it matter, not the word
    const seen = watch(serviceTitanPlaybook);
    expect(await settledAfter(seen, () => (row.children[2]!.textContent = 'Enabled'))).toBe(true);
  });

  it('a control comes to be named "New Token" when one word inside it changes', async () => {
    expect(mutationsMatter(leapPlaybook).text('New')).toBe(false); // the control's name makes it matter
    const seen = watch(leapPlaybook);
    expect(await settledAfter(seen, () => (document.getElementById('verb')!.textContent = 'New'))).toBe(true);
  });

  it('a plain cell inside a dialog, or with a role a locator finds, is judged by the element, not its tag', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><table><tbody><tr><td id="in-dialog">x</td></tr></tbody></table></div>');
    await tick(20);
    const seen = watch(leapPlaybook);
    expect(await settledAfter(seen, () => (document.getElementById('in-dialog')!.textContent = 'y'))).toBe(true);
  });

  it('a clickable cell (onclick, no role) comes to be named "New Token" when the word inside it changes', async () => {
    const cell = document.createElement('td');
    cell.setAttribute('onclick', 'void 0');
    cell.innerHTML = '<span id="cell-verb">Old</span> Token';
    document.querySelector('tbody tr')!.append(cell);
    await tick(20);
    const seen = watch(leapPlaybook);
    expect(await settledAfter(seen, () => (document.getElementById('cell-verb')!.textContent = 'New'))).toBe(true);
  });
});

describe('texts removed in the task that added them (never shown)', () => {
  it('are not scopes to scan: the scan gets only subtrees, and the callback goes on to report the change', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    const scopes: ParentNode[] = [];
    let settles = 0;
    watchPage(lifecycle, document, { scan: (found) => void scopes.push(...found), pageChanged: () => settles++, canReveal: () => true });
    const section = document.createElement('section');
    document.body.append(section);
    await tick(150);
    scopes.length = 0;
    settles = 0;
    // A template engine rendering a block, clearing it and rendering it again in one task (Knockout).
    const text = document.createTextNode('Application Key');
    section.append(text);
    text.remove();
    text.data = 'changed while out of the page';
    section.append(document.createElement('div'));
    await tick(350);
    expect(scopes.length).toBeGreaterThan(0);
    for (const scope of scopes) expect(typeof (scope as Element).querySelectorAll).toBe('function');
    expect(settles).toBeGreaterThan(0);
  });
});

describe('containers a locator is looked for within', () => {
  it('a cell found by its markup alone does not count for itself: unrelated text rewritten in one does not matter, "Allowed by Tenant" coming into one does', () => {
    // ServiceTitan: { text: /^allowed( by tenant)?$/i, within: { css: 'td,[role=gridcell],…' } }
    const relevance = mutationsMatter(serviceTitanPlaybook);
    const cell = document.querySelectorAll('tbody td')[4]!;
    cell.textContent = 'v123';
    expect(relevance.around([cell])).toBe(false);
    cell.textContent = 'Allowed by Tenant';
    expect(relevance.around([cell])).toBe(true);
  });

  it('a container named by words still counts: its name changing changes what is found inside', () => {
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-labelledby="dt"><h2 id="dt">Something</h2><button>Yes, continue</button></div>');
    const relevance = mutationsMatter(serviceTitanPlaybook);
    const title = document.getElementById('dt')!;
    title.textContent = 'Are you sure?';
    expect(relevance.around([title])).toBe(true);
  });
});

describe('elements whose whole text was judged when noted', () => {
  it('are not read again, unless an element came inside one before the analysis', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    const read: Element[] = [];
    const judged: Element[] = [];
    const around = (els: Iterable<Element>, whole?: ReadonlySet<Element>) => {
      read.push(...els);
      judged.push(...(whole ?? []));
      return false;
    };
    const matters: Matters = Object.assign(() => false, { text: () => false, around });
    const reporter = reportChanges(lifecycle, { pageChanged: () => undefined, matters });
    const [item, other] = [document.createElement('li'), document.createElement('li')];
    reporter.noteText(item, ['HeavySet'], 1, true);
    reporter.noteText(other, ['x'], 1, true);
    reporter.note([{ type: 'childList', target: item } as unknown as MutationRecord]); // a <span> came inside
    await tick(350);
    expect(read).toEqual([item, other]);
    expect(judged).toEqual([other]);
  });
});

describe('elements read once and found to hold no word of any pattern', () => {
  /** Counts the reads of this element's whole text. */
  function countReads(el: Element): () => number {
    let reads = 0;
    let owner: object | null = el;
    let own: PropertyDescriptor | undefined;
    while (owner && !(own = Object.getOwnPropertyDescriptor(owner, 'textContent'))) owner = Object.getPrototypeOf(owner);
    Object.defineProperty(el, 'textContent', {
      configurable: true,
      get() {
        reads++;
        return own!.get!.call(this);
      },
      set(value) {
        own!.set!.call(this, value);
      },
    });
    return () => reads;
  }

  it('are not read again while the text changing in them holds no such word; a word of one anywhere, and they are', () => {
    const relevance = mutationsMatter(leapPlaybook);
    const row = document.querySelectorAll('tbody tr')[5]!;
    const reads = countReads(row);
    const [, customer, status] = [...row.children];
    status!.textContent = 'v1';
    expect(relevance.around([status!])).toBe(false);
    expect(reads()).toBe(1);
    status!.textContent = 'v2';
    expect(relevance.around([status!])).toBe(false);
    expect(reads()).toBe(1);
    // "HeavySet" (the word of "HeavySet Tech" looked for) may start a name with the cell beside it: the row is read again…
    customer!.textContent = 'HeavySet';
    expect(relevance.around([customer!])).toBe(false);
    expect(reads()).toBe(2);
    // … and, holding it, at every change: " Tech" completes the name.
    status!.textContent = ' Tech';
    expect(relevance.around([status!])).toBe(true);
    expect(reads()).toBe(3);
  });

  it('a container remembered while small is not read through once it has grown (its parent, the whole table, is not read)', () => {
    const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `<tr><td>JOB-${from + i}</td><td><span>Lead</span></td></tr>`).join('');
    document.body.innerHTML = `<table><tbody>${rows(0, 5)}</tbody></table>`;
    const relevance = mutationsMatter(leapPlaybook);
    const table = document.querySelector('table')!;
    const span = table.querySelector('span')!;
    span.textContent = 'v1';
    expect(relevance.around([span])).toBe(false); // span, cell, row, body of 5 rows: read and remembered
    table.tBodies[0]!.insertAdjacentHTML('beforeend', rows(5, 40));
    const reads = countReads(table);
    const cell = span.parentElement!;
    cell.append(' x');
    expect(relevance.around([cell])).toBe(false);
    expect(reads()).toBe(0);
  });

  it('are read again once changes went unread', () => {
    const relevance = mutationsMatter(leapPlaybook);
    const row = document.querySelectorAll('tbody tr')[5]!;
    const reads = countReads(row);
    const status = row.children[2]!;
    expect(relevance.around([status])).toBe(false);
    relevance.forget();
    expect(relevance.around([status])).toBe(false);
    expect(reads()).toBe(2);
  });

  it('are forgotten when a text node of one is edited in place into such a word while a change is pending (the person typing)', async () => {
    const seen = watch(leapPlaybook);
    const row = document.querySelectorAll('tbody tr')[9]!;
    const [, customer, status] = [...row.children];
    expect(await settledAfter(seen, () => (status!.textContent = 'v1'))).toBe(false); // read and remembered
    expect(
      await settledAfter(seen, () => {
        document.querySelector('h1')!.dispatchEvent(new Event('input', { bubbles: true })); // typing: a change pending from here
        (customer!.firstChild as Text).data = 'HeavySet';
      }),
    ).toBe(true);
    expect(await settledAfter(seen, () => (status!.textContent = ' Tech'))).toBe(true);
  });

  it('the watcher has them forgotten when it drops noted changes unread, and tests texts even while a change is pending', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    let forgotten = 0;
    const tested: string[] = [];
    const matters: Matters = Object.assign((records: MutationRecord[]) => records.length > 0, {
      text: (text: string) => {
        tested.push(text);
        return false;
      },
      around: () => false,
      forget: () => void forgotten++,
    });
    const reporter = reportChanges(lifecycle, { pageChanged: () => undefined, matters });
    const li = document.createElement('li');
    reporter.note([{ type: 'childList', target: li } as unknown as MutationRecord, { type: 'childList', target: li } as unknown as MutationRecord]);
    expect(forgotten).toBe(0);
    await tick(350);
    expect(forgotten).toBe(1); // the first record mattered: the second was not read
    reporter.requestChange();
    reporter.noteText(li, ['v1'], 1);
    expect(tested).toEqual(['v1']);
  });
});

describe('matchableByTag', () => {
  it('answers by tag only selectors without combinators or state pseudo-classes', () => {
    expect(matchableByTag('a,button,[role=button],input[type=submit]')).toBe(true);
    expect(matchableByTag(':is([title^="allowed" i],[aria-label^="allowed" i]):not(th,[role=columnheader])')).toBe(true);
    expect(matchableByTag('nav a')).toBe(false);
    expect(matchableByTag('ul > li')).toBe(false);
    expect(matchableByTag('input:checked')).toBe(false);
    expect(matchableByTag('tr:first-child')).toBe(false);
  });
});
