// A subtree just added is read again a few times (watch-follow-ups.ts): the newest always, whatever
// the page added before it, and a subtree shown again (a dialog reused) from the start again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followUpScans } from '../../utils/guide/watch-follow-ups';
import { fakeLifecycle } from './support/fake-lifecycle';

let scanned: ParentNode[] = [];
let followUp: ReturnType<typeof followUpScans>;

beforeEach(() => {
  vi.useFakeTimers();
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
  it('reads the newest subtree again although the page added many just before (the oldest give way)', () => {
    const churn = added(20); // a form and a table re-rendered in answer to the last click
    for (const el of churn) followUp([el]);
    const [dialog] = added(1);
    followUp([dialog!]); // the secret's dialog, shown a moment later
    vi.advanceTimersByTime(60);
    expect(scanned).toContain(dialog);
    expect(scanned).not.toContain(churn[0]);
    expect(new Set(scanned).size).toBe(16);
  });

  it('starts again for a subtree shown again (the confirmation, then the secret, in one <dialog>)', () => {
    const [dialog] = added(1);
    followUp([dialog!]);
    vi.advanceTimersByTime(1_000); // scanned at 50, 250 and 750 ms
    expect(scanned).toHaveLength(3);
    followUp([dialog!]); // shown again: the secret
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
});
