// The per-batch shortcuts keep behaviour: folding only what needs it, ancestors matched once per
// batch, nested roots listed from what the watcher saw (shadow hosts added or upgraded later).
import { patternOf as re } from '../../utils/guide/text';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../utils/guide/watch';
import { fakeLifecycle } from './support/fake-lifecycle';
import { mutationsMatter } from '../../utils/guide/relevance';
import { locate } from '../../utils/guide/locate';
import { searchRoots } from '../../utils/guide/dom';
import { fold } from '../../utils/guide/text';
import { leapPlaybook } from '../../utils/crm/leap';

const slowFold = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true });
  change();
  await tick();
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

describe('fold', () => {
  it('gives what the full fold gives, folded text or not', () => {
    const texts = ['v123456', 'Generate Token', ' lead', 'trail ', 'a  b', 'a\nb', 'a\u00A0b', 'to\u200Bken', '\uFEFF', '', 'x\t', 'JOB-5Customer 5'];
    for (const t of texts) expect(fold(t)).toBe(slowFold(t));
  });
});

describe('one batch, many cells of one row', () => {
  beforeEach(() => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>JOB-${i}</td><td>Heavy</td><td>x</td></tr>`).join('');
    document.body.innerHTML = `<table><thead><tr><th>Job</th><th>A</th><th>B</th></tr></thead><tbody>${rows}</tbody></table>`;
  });

  it('still sees a row come to name HeavySet Tech across two cells changed in the same batch', async () => {
    const matter = mutationsMatter(leapPlaybook);
    const row = document.querySelectorAll('tbody tr')[7]!;
    const unrelated = await recordsOf(() => {
      for (const r of document.querySelectorAll('tbody tr')) r.children[2]!.textContent = 'y';
    });
    expect(matter(unrelated)).toBe(false);
    const records = await recordsOf(() => {
      row.children[0]!.textContent = 'JOB-7 ';
      row.children[2]!.textContent = ' Tech';
      row.children[1]!.textContent = 'HeavySet';
    });
    expect(matter(records)).toBe(true);
  });

  it('still sees a link inside a changed cell come to be named "Developers"', async () => {
    const matter = mutationsMatter(leapPlaybook);
    const cells = document.querySelectorAll('tbody td');
    cells[4]!.innerHTML = '<a href="#/x"><span>Dev</span></a>';
    const span = cells[4]!.querySelector('span')!;
    const records = await recordsOf(() => {
      cells[1]!.textContent = 'a';
      span.textContent = 'Developers';
    });
    expect(matter(records)).toBe(true);
  });
});

describe('nested roots from the watcher', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function watch(): void {
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    void watchPage(lifecycle, document, { scan: () => undefined, pageChanged: () => undefined }).discover(); // at once: no pause
  }

  it('finds shadow roots present at start (nested too), added later, and in their added content', async () => {
    document.body.innerHTML = '<div id="outer"></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<div id="inner"></div>';
    outer.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<button>Generate Token</button>';
    watch();
    expect(locate({ role: 'button', name: re(/generate token/i) }, document)?.textContent).toBe('Generate Token');
    const later = document.createElement('div');
    later.attachShadow({ mode: 'open' }).innerHTML = '<a href="#/dev">Developers</a>';
    document.body.append(later);
    await tick();
    expect(locate({ role: 'link', name: re(/^developers$/i) }, document)).not.toBeNull();
    const deeper = document.createElement('section');
    deeper.attachShadow({ mode: 'open' }).innerHTML = '<h2>API Tokens</h2>';
    later.shadowRoot!.append(deeper);
    await tick();
    expect(locate({ role: 'heading', name: re(/api tokens/i) }, document)).not.toBeNull();
    deeper.remove();
    await tick();
    expect(searchRoots(document)).not.toContain(deeper.shadowRoot);
  });

  it('on a page of hundreds of web components, lists each host once per search and walks only the roots whose text could hold the words', async () => {
    // A form of components, each with its own shadow root (a field, its icon, a box): as Lit kits render.
    const form = document.createElement('form');
    for (let i = 0; i < 300; i++) {
      const box = document.createElement('st-checkbox');
      box.attachShadow({ mode: 'open' }).innerHTML = `<span><input type="checkbox"></span><span>Scope ${i}</span>`;
      form.append(box);
    }
    const key = document.createElement('st-text-field');
    key.attachShadow({ mode: 'open' }).innerHTML = '<label for="i">Application Key</label><input id="i">';
    form.append(key);
    document.body.append(form);
    watch();
    const { inOneLook } = await import('../../utils/guide/look-memory');
    const { byText } = await import('../../utils/guide/locate-text');
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const trees = vi.spyOn(Element.prototype, 'getRootNode');
    const found = inOneLook(() => byText(re(/^application key$/i), document));
    expect(found.map((el) => el.tagName)).toEqual(['LABEL']);
    // The document, and the one root whose text holds the words (not 302 walks).
    expect(walkers.mock.calls.length).toBeLessThanOrEqual(2);
    // Each host's tree read once (not once per root searched: 300 × 300).
    expect(trees.mock.calls.length).toBeLessThan(1_000);
    walkers.mockRestore();
    trees.mockRestore();
  });

  it('lists the shadow roots already in a big page in slices, finds them meanwhile, and watches them after', async () => {
    document.body.innerHTML = `${Array.from({ length: 3_000 }, (_, i) => `<p>row ${i}</p>`).join('')}<div id="host"></div>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>Generate Token</button><p id="out"></p>';
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    const scanned: ParentNode[] = [];
    const watcher = watchPage(lifecycle, document, { scan: (scopes) => void scanned.push(...scopes), pageChanged: () => undefined });
    const generate = { role: 'button', name: re(/generate token/i) } as const;
    let pauses = 0;
    await watcher.discover(async () => {
      pauses++;
      expect(locate(generate, document)?.textContent).toBe('Generate Token'); // the page walked meanwhile
    });
    vi.restoreAllMocks();
    expect(pauses).toBeGreaterThan(3);
    expect(locate(generate, document)?.textContent).toBe('Generate Token');
    shadow.getElementById('out')!.append(document.createElement('span'));
    await tick();
    expect(scanned.some((scope) => shadow.contains(scope as Node))).toBe(true);
  });

  it('finds the shadow root of a custom element defined after it was added', async () => {
    watch();
    const el = document.createElement('late-widget');
    document.body.append(el);
    await tick();
    expect(locate({ role: 'button', name: re(/^copy/i) }, document)).toBeNull();
    customElements.define(
      'late-widget',
      class extends HTMLElement {
        connectedCallback() {
          if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<button>Copy token</button>';
        }
      },
    );
    await tick();
    expect(locate({ role: 'button', name: re(/^copy/i) }, document)?.textContent).toBe('Copy token');
  });
});

describe('one look at the page', () => {
  it('asks the page once per query while it lasts, and afresh after', async () => {
    const { inOneLook } = await import('../../utils/guide/look-memory');
    const { queryAll } = await import('../../utils/guide/dom');
    document.body.innerHTML = '<button>A</button><button>B</button>';
    const spy = vi.spyOn(document, 'querySelectorAll');
    inOneLook(() => {
      const first = queryAll(document, 'button');
      first.pop(); // a caller's own copy: the next answer is whole
      expect(queryAll(document, 'button')).toHaveLength(2);
    });
    expect(spy).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', '<button>C</button>');
    expect(queryAll(document, 'button')).toHaveLength(3);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('a text search of its own never answers from what a stopped look read before the page changed', async () => {
    const { inOneLook, LATER } = await import('../../utils/guide/look-memory');
    const { byText } = await import('../../utils/guide/locate-text');
    document.body.innerHTML = '<h2>Developers</h2>';
    // A look stopped for time after reading the page once (its memory kept for its next attempt).
    const stopped = inOneLook(() => {
      byText('Client Secret', document);
      throw LATER;
    }, 1);
    expect(stopped).toBe(LATER);
    // The page changes; a scan runs before the change is reported (the watcher's callback order).
    document.body.insertAdjacentHTML('beforeend', '<p>Client Secret</p>');
    expect(byText('Client Secret', document).map((el) => el.tagName)).toEqual(['P']);
  });

  it('reads and folds a long text once while it lasts (each text search tests the whole page first), and afresh after', async () => {
    const { inOneLook } = await import('../../utils/guide/look-memory');
    const { byText } = await import('../../utils/guide/locate-text');
    const rows = Array.from({ length: 100 }, (_, i) => `<tr><td>JOB-${i}</td><td>Customer ${i}</td></tr>`).join('');
    document.body.innerHTML = `<h2>Developers</h2><table><tbody>${rows}</tbody></table><p>HeavySet Tech</p>`;
    const html = document.documentElement;
    const reads = vi.spyOn(html, 'textContent', 'get');
    const search = () => [byText(re(/^developers$/i), document).map((el) => el.tagName), byText('HeavySet Tech', document).map((el) => el.tagName)];
    expect(inOneLook(search)).toEqual([['H2'], ['P']]);
    expect(reads).toHaveBeenCalledTimes(1);
    document.querySelector('p')!.textContent = 'Someone else';
    expect(search()).toEqual([['H2'], []]);
    expect(reads).toHaveBeenCalledTimes(3);
    reads.mockRestore();
  });
});
