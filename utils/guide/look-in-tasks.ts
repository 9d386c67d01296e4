// A look at a big page in short tasks: past `ms`, a new read of the page stops it (look-memory.ts `LATER`)
// and it starts again in the page's next task from what it had read (no long task of ours).
import { inOneLook, LATER } from './look-memory';
import type { Lifecycle } from './ports';
import { nextTask } from './guide-follow-page';

/** Looks at the page, with `pause` between attempts. */
export async function lookInTasks(look: () => void, pause: () => Promise<void>, ms?: number): Promise<void> {
  while (inOneLook(look, ms) === LATER) await pause();
}

/** `look`, then `draw`: at once on a page read in one short task, else once the look has gone through
 *  (asked meanwhile, it draws what that look saw: the look reads the guide's state as it goes). */
export function lookThenDraw(lifecycle: Lifecycle, look: () => void, draw: () => void, ms?: number): () => void {
  let looking = false;
  return () => {
    if (looking) return;
    if (inOneLook(look, ms) !== LATER) return draw();
    looking = true;
    void lookInTasks(look, nextTask(lifecycle), ms)
      .finally(() => (looking = false)) // a look that failed leaves the next one free to try
      .then(draw);
  };
}
