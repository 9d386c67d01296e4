// A subtree just added is read again a few times (watch-follow-ups.ts): after the person's click the
// newest always, whatever the page added just before; a page churning alone costs no more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followUpScans } from '../../utils/guide/watch-follow-ups';
import { fakeLifecycle } from './support/fake-lifecycle';
import { noteAction } from '../../utils/guide/recent';

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
  it('after a click, reads the newest subtree again although the page added many just before (the oldest give way)', () => {
    noteAction(document.body);
    const churn = added(20); // a form and a table re-rendered in answer to the click
    for (const el of churn) followUp([el]);
    const [dialog] = added(1);
    followUp([dialog!]); // the secret's dialog, shown a moment later
    vi.advanceTimersByTime(60);
    expect(scanned).toContain(dialog);
    expect(scanned).not.toContain(churn[0]);
    expect(new Set(scanned).size).toBe(16);
  });

  it('without a click, a page adding subtrees all the time has no more than sixteen followed', () => {
    vi.advanceTimersByTime(20_000); // long after any click
    const churn = added(20);
    for (const el of churn) followUp([el]);
    vi.advanceTimersByTime(60);
    expect(churn.map((el) => scanned.includes(el))).toEqual([...Array(16).fill(true), ...Array(4).fill(false)]);
  });

  it('does not follow what lies inside a subtree followed just now (a component’s parts): its scans read them', () => {
    const [view] = added(1);
    const field = document.createElement('st-text-field');
    view!.append(field);
    const part = field.attachShadow({ mode: 'open' });
    part.innerHTML = '<label>Application Key</label><input>';
    followUp([view!]);
    followUp([part]); // the field's own root, rendered right after
    vi.advanceTimersByTime(60);
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toBe(view);
  });

  it('leaves a subtree removed meanwhile', () => {
    const [panel] = added(1);
    followUp([panel!]);
    panel!.remove();
    vi.advanceTimersByTime(5_000);
    expect(scanned).toEqual([]);
  });
});
