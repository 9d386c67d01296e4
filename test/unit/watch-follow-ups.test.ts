// A subtree just added is read again a few times (watch-follow-ups.ts): after the person's click the
// newest always, whatever the page added just before; a page churning alone costs no more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followUpScans } from '../../utils/guide/watch-follow-ups';
import { fakeLifecycle } from './support/fake-lifecycle';
import { noteAction } from '../../utils/guide/recent';
import { watchPage } from '../../utils/guide/watch';

let scanned: ParentNode[] = [];
let followUp: ReturnType<typeof followUpScans>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  document.body.innerHTML = '';
  scanned = [];
  followUp = followUpScans(fakeLifecycle().lifecycle, { scan: (scopes) => scanned.push(...scopes) }, () => false);
});
afterEach(() => vi.useRealTimers());

const added = (n: number): HTMLElement[] =>
  Array.from({ length: n }, () => {
    const el = document.createElement('div');
    document.body.append(el);
    return el;
  });

describe('follow-up scans', () => {
  it('after a click, reads the newest subtree again although the page added many just before', () => {
    noteAction(document.body);
    const churn = added(20); // a form and a table re-rendered in answer to the click
    for (const el of churn) followUp([el]);
    const [dialog] = added(1);
    followUp([dialog!]); // the secret's dialog, shown a moment later
    vi.advanceTimersByTime(60);
    expect(scanned).toContain(dialog);
    expect(churn.every((el) => scanned.includes(el))).toBe(true);
  });

  it('without a click, a page adding subtrees all the time has no more than sixteen followed', () => {
    vi.advanceTimersByTime(20_000); // long after any click
    const churn = added(20);
    for (const el of churn) followUp([el]);
    vi.advanceTimersByTime(60);
    expect(churn.map((el) => scanned.includes(el))).toEqual([...Array(16).fill(true), ...Array(4).fill(false)]);
  });

  it('after a click, follows a subtree again from the start (a view swapped in place, a dialog reused), not before its first scans', () => {
    noteAction(document.body);
    const [view] = added(1);
    followUp([view!]);
    followUp([view!]); // at once again: its first scans are still to come
    vi.advanceTimersByTime(1_000); // scanned at 50, 250 and 750 ms
    expect(scanned).toHaveLength(3);
    followUp([view!]); // the Edit view swapped in: its values come by property later
    vi.advanceTimersByTime(5_000);
    // The first schedule's last scan (at 2 s) gives way to the new one: 50, 250, 750 and 2,000 ms after.
    expect(scanned).toHaveLength(3 + 4);
  });

  it('leaves a subtree removed meanwhile', () => {
    const [panel] = added(1);
    followUp([panel!]);
    panel!.remove();
    vi.advanceTimersByTime(5_000);
    expect(scanned).toEqual([]);
  });

  it('leaves a subtree the scan found unable to hold a value, unless it holds an element still to be defined (its shadow root comes later, unseen)', () => {
    const [row, withWidget, other] = added(3);
    withWidget!.innerHTML = '<span><secret-box></secret-box></span>';
    followUp([row!, withWidget!, other!], new Set([row!, withWidget!]));
    vi.advanceTimersByTime(5_000);
    expect(scanned.filter((s) => s === row)).toHaveLength(0);
    expect(scanned.filter((s) => s === withWidget)).toHaveLength(4);
    expect(scanned.filter((s) => s === other)).toHaveLength(4);
  });

  it('the watcher follows up what its scan could not rule out, and only that', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    const scans: ParentNode[] = [];
    watchPage(lifecycle, document, {
      scan: (scopes) => {
        scans.push(...scopes);
        return new Set(scopes.filter((scope) => (scope as Element).id === 'plain'));
      },
      pageChanged: () => undefined,
    });
    const [plain, other] = ['plain', 'other'].map((id) => Object.assign(document.createElement('div'), { id }));
    document.body.append(plain!, other!);
    await vi.advanceTimersByTimeAsync(5_000);
    invalidate();
    expect(scans.filter((s) => s === plain)).toHaveLength(1); // when it came, not after
    expect(scans.filter((s) => s === other)).toHaveLength(1 + 4);
  });
});

