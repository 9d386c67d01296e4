// HeavySet's clock, as seen from this computer: the offset between the `Date` header of
// HeavySet's answers and the local clock when they arrived. Freshness (a field HeavySet updated
// "after Connect was pressed") is judged on HeavySet's clock, so a computer a few minutes fast or
// slow reads HeavySet's `updatedAt` correctly. Kept in storage.local so a restarted worker knows it.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

const Offset = z.object({ offsetMs: z.number(), measuredAt: z.number() });
type Offset = z.infer<typeof Offset>;
export const serverClockItem = storage.defineItem<Offset | null>('local:server-clock', { fallback: null, version: 1 });

/** A `Date` header has whole seconds: a smaller change is noise, not worth a storage write. */
const NOISE_MS = 2_000;
/** Beyond a day the local clock (or the server) is broken: such a reading is ignored. */
const MAX_OFFSET_MS = 24 * 3_600_000;
/** How far HeavySet's time may be from what `now()` says: a second's rounding and the trip
 *  when the offset is known; when it is not (no answer read yet), the usual small skew. */
const KNOWN_UNCERTAINTY_MS = 5_000;
const UNKNOWN_UNCERTAINTY_MS = 60_000;

export interface ServerClock {
  /** HeavySet's time now: the local clock corrected by the last offset seen (local time when none). */
  now(): Promise<number>;
  /** How far off `now()` may be, in ms (small once an answer was read). */
  uncertaintyMs(): Promise<number>;
  /** An answer arrived at `receivedAt` (local ms) with this `Date` header. */
  observe(dateHeader: string | null, receivedAt: number): void;
  /** Resolves when the last observation is stored (tests). */
  settled(): Promise<void>;
}

export function createServerClock(options: { localNow?: () => number } = {}): ServerClock {
  const localNow = options.localNow ?? (() => Date.now());
  let known: Offset | null = null;
  let writing: Promise<void> = Promise.resolve();
  const loaded = serverClockItem
    .getValue()
    .then((stored) => {
      const parsed = Offset.safeParse(stored);
      // An observation made while loading is newer than the stored one.
      if (parsed.success && !known) known = parsed.data;
    })
    .catch(() => undefined);

  return {
    async now() {
      await loaded;
      return localNow() + (known?.offsetMs ?? 0);
    },
    async uncertaintyMs() {
      await loaded;
      return known ? KNOWN_UNCERTAINTY_MS : UNKNOWN_UNCERTAINTY_MS;
    },
    observe(dateHeader, receivedAt) {
      const serverMs = dateHeader ? Date.parse(dateHeader) : NaN;
      if (!Number.isFinite(serverMs)) return;
      // The header is rounded down to the second: its middle is the best guess.
      const offsetMs = serverMs + 500 - receivedAt;
      if (Math.abs(offsetMs) > MAX_OFFSET_MS) return;
      const previous = known;
      known = { offsetMs, measuredAt: receivedAt };
      if (previous && Math.abs(previous.offsetMs - offsetMs) < NOISE_MS) {
        known = previous;
        return;
      }
      const next = known;
      writing = writing.then(() => serverClockItem.setValue(next)).catch(() => undefined);
    },
    settled: () => loaded.then(() => writing),
  };
}
