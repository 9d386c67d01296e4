// A traced run of the bench page with the extension, from navigation on: which long tasks are
// ours at start-up (the content script's first scan of the big page) and under constant mutation.
// A separate run: tracing with the sampling profiler slows the page, so it never feeds the
// overhead ratio.
import type { SandboxBrowser } from '../../test/sandbox/browser';
import { longTasksIn, traceEventsOf, type LongTaskReport } from './long-tasks';
import { BENCH_URL, type BenchPageApi } from './page';
import { sleep } from './stats';

type BenchWindow = Window & { __bench: BenchPageApi };

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];
const MUTATE_MARK = 'bench:mutate';

export interface TracedRun {
  startup: LongTaskReport;
  mutating: LongTaskReport;
}

export async function traceLongTasks(browser: SandboxBrowser, seconds: number): Promise<TracedRun> {
  const page = await browser.newPage();
  try {
    await page.bringToFront();
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(BENCH_URL, { waitUntil: 'load' });
    await page.waitForSelector('heavyset-assistant', { timeout: 15_000 });
    await sleep(1_500);
    await page.evaluate((mark) => {
      console.timeStamp(mark);
      (window as unknown as BenchWindow).__bench.startMutation();
    }, MUTATE_MARK);
    await sleep(seconds * 1_000);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopMutation());
    const raw = await page.tracing.stop();
    const events = traceEventsOf(raw);
    const mark = events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === MUTATE_MARK);
    if (!mark) throw new Error('the trace lacks the mutation mark');
    const all = longTasksIn(events, new URL(BENCH_URL).pathname);
    const split = (before: boolean): LongTaskReport => {
      const tasks = all.tasks.filter((t) => t.startMs * 1_000 < mark.ts === before);
      return { ...all, tasks, ours: tasks.filter((t) => t.ours).length };
    };
    return { startup: split(true), mutating: split(false) };
  } finally {
    await page.close();
  }
}
