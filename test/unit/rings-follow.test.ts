// Rings follow their targets: while the page keeps updating, a few times a second (each placement
// reads where the targets are); when the page scrolls or resizes, in the next frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followRings, FOLLOW_CHANGES_MS } from '../../utils/guide/rings';
import { fakeLifecycle } from './support/fake-lifecycle';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
let stop = (): void => undefined;
afterEach(() => stop());

function follower() {
  const { lifecycle, invalidate } = fakeLifecycle();
  stop = invalidate;
  const el = document.createElement('button');
  document.body.append(el);
  const seen = { placements: 0 };
  // `shown` is asked once per placement.
  const shown = () => {
    seen.placements++;
    return '';
  };
  return { seen, ...followRings(lifecycle, () => Date.now(), () => [{ el, label: 'Generate', tone: 'accent' }], shown, () => undefined) };
}

describe('followRings', () => {
  it(`after page updates, places the rings at most every ${FOLLOW_CHANGES_MS} ms (the first at once)`, () => {
    vi.useFakeTimers();
    try {
      const { seen, followChange } = follower();
      for (const end = Date.now() + 3 * FOLLOW_CHANGES_MS; Date.now() < end; vi.advanceTimersByTime(15)) followChange(); // a page updating every frame
      vi.advanceTimersByTime(FOLLOW_CHANGES_MS + 20);
      expect(seen.placements).toBeGreaterThanOrEqual(3);
      expect(seen.placements).toBeLessThanOrEqual(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('while placements find nothing moved, places them less often (up to 4x the interval); a move, at once again', () => {
    vi.useFakeTimers(); // the intervals themselves are asserted: a busy machine's timers must not decide
    try {
      const { lifecycle, invalidate } = fakeLifecycle();
      stop = invalidate;
      const el = document.createElement('button');
      document.body.append(el);
      let key = '';
      const placedAt: number[] = [];
      let movedAt = -1;
      const ring = { el, label: 'Generate', tone: 'accent' as const };
      const shown = () => (placedAt.push(Date.now()), key);
      const { followChange } = followRings(lifecycle, () => Date.now(), () => [ring], shown, (_, k) => {
        key = k;
        movedAt = Date.now();
      });
      const updating = (ms: number): void => {
        for (const end = Date.now() + ms; Date.now() < end; vi.advanceTimersByTime(15)) followChange();
      };
      // 100, 200, then every 400 ms: at most 6 placements in 1.6 s (16 at the fixed interval).
      updating(16 * FOLLOW_CHANGES_MS);
      expect(placedAt.length).toBeLessThanOrEqual(6);
      const gaps = placedAt.slice(1).map((t, i) => t - placedAt[i]!);
      expect(gaps.at(-1)).toBeGreaterThanOrEqual(4 * FOLLOW_CHANGES_MS);
      ring.label = 'Moved'; // what is drawn changed (as a move does): the placement after the one that sees it comes 100 ms later
      updating(8 * FOLLOW_CHANGES_MS);
      const next = placedAt.find((t) => t > movedAt)!;
      expect(next - movedAt).toBeLessThanOrEqual(FOLLOW_CHANGES_MS + 30);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when the page scrolls, places them in the next frame even right after a placement', async () => {
    const { seen, follow, followChange } = follower();
    followChange();
    await tick(30);
    expect(seen.placements).toBe(1);
    follow();
    await tick(30);
    expect(seen.placements).toBe(2);
  });
});
