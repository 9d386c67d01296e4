// Work on a big page in short tasks: a generator's steps run for about 8 ms, then the page runs.

const SLICE_MS = 8;

/** Runs `steps` in slices with `pause` between them (the clock read every `every` steps); without
 *  `pause`, at once. False when `stopped` said so after a pause (the rest is left). */
export async function inSlices(steps: Iterable<unknown>, pause?: () => Promise<void>, every = 1, stopped?: () => boolean): Promise<boolean> {
  let count = 0;
  let sliceStart = performance.now();
  for (const _ of steps) {
    if (!pause || ++count % every || performance.now() - sliceStart < SLICE_MS) continue;
    await pause();
    if (stopped?.()) return false;
    sliceStart = performance.now();
  }
  return true;
}
