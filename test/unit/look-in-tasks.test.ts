// A look at a big page goes on over several tasks (look-in-tasks.ts): past its time a new read of the
// page stops it, and the next attempt starts from what it had read, unless the page changed meanwhile.
// Here every look gets no time at all (each attempt reads one new thing): what it sees, captures and
// draws must be what one look in one task would.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inOneLook, LATER, pageChanged } from '../../utils/guide/look-memory';
import { queryAll } from '../../utils/guide/dom';
import { byText } from '../../utils/guide/locate-text';
import { locate } from '../../utils/guide/locate';
import { patternOf as re } from '../../utils/guide/text';
import { startGuide, type Ask } from '../../utils/guide/guide';
import { leapSender } from './support/leap-sender';
import type { GuideView } from '../../utils/guide/view';
import type { GuideState } from '../../utils/messages';
import { leapPlaybook } from '../../utils/crm/leap';
import { watchPage } from '../../utils/guide/watch';
import { fakeLifecycle } from './support/fake-lifecycle';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl';
const PAGE = '<h2>Developers</h2><button>+ Generate Token</button><table><tr><th>Name</th></tr><tr><td>Zapier</td></tr></table>';
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

function tokenDialog(): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML = `<h3>Your API Token</h3><p>Copy it now: it is shown only once.</p><pre>${TOKEN}</pre><button>Copy to Clipboard</button>`;
  return dialog;
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
  pageChanged(); // nothing kept from another test's look
});
afterEach(() => vi.restoreAllMocks());

describe('a look given a time', () => {
  const read = () => ({
    buttons: queryAll(document, 'button').length,
    developers: byText(re(/^developers$/i), document).map((el) => el.tagName),
    generate: locate({ role: 'button', name: re(/generate token/i) }, document)?.textContent,
  });

  it('stops at a new read past its time and goes on from what it read, to what one look sees', () => {
    const whole = inOneLook(read);
    const reads = vi.spyOn(document, 'querySelectorAll');
    let attempts = 0;
    let seen: ReturnType<typeof read> | typeof LATER = LATER;
    while (seen === LATER && attempts < 100) {
      attempts++;
      seen = inOneLook(read, 0);
    }
    expect(seen).toEqual(whole);
    expect(whole).toEqual({ buttons: 1, developers: ['H2'], generate: '+ Generate Token' });
    expect(attempts).toBeGreaterThan(2);
    // Each query reached the page once, however many attempts replayed it.
    const selectors = reads.mock.calls.map(([selector]) => selector);
    expect(selectors.length).toBe(new Set(selectors).size);
  });

  it('forgets what it read when the page changes between two attempts', () => {
    const twoQueries = () => [queryAll(document, 'button').length, queryAll(document, 'h2').length];
    expect(inOneLook(twoQueries, 0)).toBe(LATER); // the buttons read, the headings not yet
    document.body.insertAdjacentHTML('beforeend', '<button>Another</button>');
    // Unchanged as far as the look knows: the buttons come from its memory.
    expect(inOneLook(twoQueries, 0)).toEqual([1, 1]);
    expect(inOneLook(twoQueries, 0)).toBe(LATER);
    document.body.insertAdjacentHTML('beforeend', '<button>Third</button>');
    pageChanged(); // what the page watcher says on every change
    let seen: number[] | typeof LATER = LATER;
    while (seen === LATER) seen = inOneLook(twoQueries, 0);
    expect(seen).toEqual([3, 1]);
  });

  it('hears of every change from the page watcher', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    watchPage(lifecycle, document, { scan: () => undefined, pageChanged: () => undefined });
    const twoQueries = () => [queryAll(document, 'button').length, queryAll(document, 'h2').length];
    expect(inOneLook(twoQueries, 0)).toBe(LATER);
    document.body.insertAdjacentHTML('beforeend', '<button>Another</button>');
    await Promise.resolve(); // the watcher's records
    let seen: number[] | typeof LATER = LATER;
    while (seen === LATER) seen = inOneLook(twoQueries, 0);
    expect(seen).toEqual([2, 1]);
    invalidate();
  });

  it('without a time, never stops', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => 1e12);
    expect(inOneLook(read)).toEqual({ buttons: 1, developers: ['H2'], generate: '+ Generate Token' });
  });
});

describe('the guide when every look takes many tasks', () => {
  function guideOn(lookMs?: number) {
    const state: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
    const captures: string[] = [];
    const ask = vi.fn(async (req: { type: string; field?: string; value?: string }) => {
      if (req.type === 'guide/state') return { ok: true, value: { ...state, captured: [...state.captured] } };
      if (req.type === 'capture') {
        captures.push(req.value!);
        state.captured.push(req.field!);
        return { ok: true, value: { outcome: 'stored', lastFour: req.value!.slice(-4) } };
      }
      return { ok: true, value: null };
    });
    const views: GuideView[] = [];
    const { lifecycle, invalidate } = fakeLifecycle();
    const guide = startGuide({ playbook: leapPlaybook, doc: document, lifecycle, ask: ask as unknown as Ask, lookMs, render: (v) => views.push(v) });
    return { guide, captures, views, invalidate };
  }
  const comparable = (view: GuideView) => ({ ...view, rings: view.rings.length, avoid: undefined });

  it('shows the step one look shows, captures the token, and draws each look once', async () => {
    const once = guideOn();
    await once.guide.start();
    once.invalidate();
    const sliced = guideOn(0);
    await sliced.guide.start();
    expect(comparable(sliced.views.at(-1)!)).toEqual(comparable(once.views.at(-1)!));
    expect(sliced.views.at(-1)!.title).toMatch(/generate token/i);

    // Renders asked while a look is under way are the look's: one drawing when it is through.
    const drawn = sliced.views.length;
    sliced.guide.render();
    sliced.guide.render();
    expect(sliced.views.length).toBe(drawn);
    await vi.waitFor(() => expect(sliced.views.length).toBe(drawn + 1));
    await tick(20);
    expect(sliced.views.length).toBe(drawn + 1);

    document.querySelector('button')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    document.body.append(tokenDialog());
    await tick();
    expect(sliced.captures).toEqual([TOKEN]); // taken as it appears, not after the look
    await vi.waitFor(() => expect(sliced.views.at(-1)!.captures).toEqual([{ label: 'API Token', lastFour: TOKEN.slice(-4) }]));
    sliced.invalidate();
  });
});

describe('an arrival whose looks take many tasks', () => {

  it('remembers a one-time token shown before the person acted, over as many tasks as it takes', async () => {
    document.body.append(tokenDialog());
    const { s, captures } = leapSender(0);
    let pauses = 0;
    await s.arrive(async () => void pauses++);
    expect(pauses).toBeGreaterThan(5);
    s.acted();
    s.scan([document.querySelector('[role=dialog]')!]);
    await Promise.resolve();
    expect(captures).toEqual([]);
  });

  it('takes the token on a page that answers the press (a form posted), over as many tasks as it takes', async () => {
    document.body.append(tokenDialog());
    const { s, captures } = leapSender(0);
    await s.arrive(async () => undefined, true);
    await Promise.resolve();
    expect(captures).toEqual([TOKEN]);
  });
});
