// Troubles and checks (guide.ts) are shown only once what the page shows has held still: no flicker
// while a single-page app renders.
import type { Lifecycle } from './ports';

/** Troubles and checks wait until they have not changed for this long (no flicker while the SPA renders). */
export const STABLE_MS = 800;

/** Returns `stable(signature)`: has the page shown this for STABLE_MS? If not yet, `render` runs
 *  again once it may have (one timer at a time). */
export function stabilityOf(lifecycle: Lifecycle, now: () => number, render: () => void): (signature: string) => boolean {
  let shownSignature = '';
  let signatureSince = 0;
  let stableTimerSet = false;
  return (signature) => {
    if (signature !== shownSignature) {
      shownSignature = signature;
      signatureSince = now();
    }
    const stable = now() - signatureSince >= STABLE_MS;
    if (!stable && !stableTimerSet) {
      stableTimerSet = true;
      lifecycle.setTimeout(() => {
        stableTimerSet = false;
        render();
      }, STABLE_MS - (now() - signatureSince) + 10);
    }
    return stable;
  };
}
