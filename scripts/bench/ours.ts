// Our own main-thread time on the mutating bench page, exactly rather than by difference: a light
// trace (devtools.timeline only, no sampler) of the page with the extension, summing the calls the
// renderer makes into the content script (observer callbacks, timers, frames, listeners). A layout
// or style recalculation run inside one of them (the rings' rect reads) is taken out: it is the
// page's own pending work done a moment early — measured with and without the extension, layout and
// style time per tick are the same. Not in it: the records the browser builds for our observer
// (inside the page's own calls) and garbage collection outside our calls.
import type { SandboxBrowser } from '../../test/sandbox/browser';
import { mainThreadOf, traceEventsOf, type TraceEvent } from './long-tasks';
import { openBenchPage } from './overhead';
import { BENCH_URL, type BenchPageApi } from './page';
import { sleep } from './stats';

type BenchWindow = Window & { __bench: BenchPageApi };

const OURS = 'chrome-extension://';
const PAGE_WORK = new Set(['Layout', 'UpdateLayoutTree']);

export interface OurTime {
  ticks: number;
  /** Our calls' time per mutation tick, the page's layout and style inside them taken out. */
  msPerTick: number;
  /** The same by entry point (url:line:column of the called function), per tick. */
  entries: { where: string; msPerTick: number }[];
}

/** Sums, per tick, the durations of the content script's calls on the main thread of the page
 *  whose address holds `urlPart` (not the service worker's, not another tab's). */
export function ourTimeIn(events: TraceEvent[], ticks: number, urlPart: string): OurTime {
  const main = mainThreadOf(events, urlPart);
  if (!main) throw new Error(`the trace does not show the renderer of ${urlPart}`);
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X';
  const pageWork = events.filter((e) => onMain(e) && PAGE_WORK.has(e.name));
  const byEntry = new Map<string, number>();
  let total = 0;
  for (const e of events) {
    const data = e.args?.data as { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } | undefined;
    if (e.name !== 'FunctionCall' || !onMain(e) || !data?.url?.startsWith(OURS)) continue;
    const end = e.ts + (e.dur ?? 0);
    let us = e.dur ?? 0;
    for (const w of pageWork) if (w.ts >= e.ts && w.ts < end) us -= w.dur ?? 0;
    total += us;
    const where = `${new URL(data.url).pathname.slice(1)}:${data.lineNumber ?? 0}:${data.columnNumber ?? 0} ${data.functionName || '(anonymous)'}`;
    byEntry.set(where, (byEntry.get(where) ?? 0) + us);
  }
  const perTick = (us: number) => us / 1_000 / Math.max(1, ticks);
  const entries = [...byEntry].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([where, us]) => ({ where, msPerTick: perTick(us) }));
  return { ticks, msPerTick: perTick(total), entries };
}

/** One run: a fresh page with the extension, `seconds` of constant mutation, traced. */
export async function traceOurTime(browser: SandboxBrowser, seconds: number): Promise<OurTime> {
  const page = await openBenchPage(browser, true);
  try {
    await page.tracing.start({ categories: ['devtools.timeline'] });
    const before = await page.evaluate(() => (window as unknown as BenchWindow).__bench.mutationTicks);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.startMutation());
    await sleep(seconds * 1_000);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopMutation());
    const ticks = (await page.evaluate(() => (window as unknown as BenchWindow).__bench.mutationTicks)) - before;
    const raw = await page.tracing.stop();
    return ourTimeIn(traceEventsOf(raw), ticks, new URL(BENCH_URL).pathname);
  } finally {
    await page.close();
  }
}
