// Rings follow their targets: while the page keeps updating, a few times a second (each placement
// reads where the targets are); when the page scrolls or resizes, in the next frame.
import { afterEach, describe, expect, it } from 'vitest';
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
  it(`after page updates, places the rings at most every ${FOLLOW_CHANGES_MS} ms (the first at once)`, async () => {
    const { seen, followChange } = follower();
    const started = Date.now();
    while (Date.now() - started < 3 * FOLLOW_CHANGES_MS) {
      followChange(); // a page updating every frame
      await tick(15);
    }
    await tick(FOLLOW_CHANGES_MS + 20);
    expect(seen.placements).toBeGreaterThanOrEqual(3);
    expect(seen.placements).toBeLessThanOrEqual(5);
  });

  it('while placements find nothing moved, places them less often (up to 4x the interval); a move, at once again', async () => {
    const { lifecycle, invalidate } = fakeLifecycle();
    stop = invalidate;
    const el = document.createElement('button');
    document.body.append(el);
    let key = '';
    let placements = 0;
    const ring = { el, label: 'Generate', tone: 'accent' as const };
    const { followChange } = followRings(lifecycle, () => Date.now(), () => [ring], () => (placements++, key), (_, k) => void (key = k));
    const updating = async (ms: number): Promise<number> => {
      const [started, before] = [Date.now(), placements];
      while (Date.now() - started < ms) {
        followChange();
        await tick(15);
      }
      return placements - before;
    };
    // 100, 200, then every 400 ms: about 5 in 1.6 s (16 at the fixed interval).
    expect(await updating(16 * FOLLOW_CHANGES_MS)).toBeLessThanOrEqual(6);
    ring.label = 'Moved'; // what is drawn changed (as a move does): the next placement finds it, and the interval is back to 100 ms
    await updating(5 * FOLLOW_CHANGES_MS);
    expect(await updating(3 * FOLLOW_CHANGES_MS)).toBeGreaterThanOrEqual(2);
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
