// Budget 3: host page main-thread time with the extension <= 1.03x without it on a large page
// under constant mutation; no long task of ours; ~0 CPU when the page is idle.
// CDP Performance.getMetrics in the page's target: TaskDuration and ScriptDuration are the
// renderer main thread's, which runs the page's scripts and the content script alike.
import type { CDPSession, Page } from 'puppeteer';
import type { SandboxBrowser } from '../../test/sandbox/browser';
import { BENCH_URL, type BenchPageApi } from './page';
import { sleep } from './stats';

type BenchWindow = Window & { __bench: BenchPageApi };

export interface PageRun {
  withExtension: boolean;
  seconds: number;
  taskMs: number;
  scriptMs: number;
  longTasks: number;
  longTaskMaxMs: number;
  mutationTicks: number;
  nodes: number;
}

async function metrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

/** The bench page opened, its start-up (and the guide's) over. */
export async function openBenchPage(browser: SandboxBrowser, withExtension: boolean): Promise<Page> {
  const page = await browser.newPage(BENCH_URL);
  await page.bringToFront();
  if (withExtension) await page.waitForSelector('heavyset-assistant', { timeout: 15_000 });
  await sleep(1_500); // page and guide start-up are over (not what is measured)
  return page;
}

/** One run: `seconds` of constant mutation (or of nothing when `mutate` is false). */
export async function measurePage(browser: SandboxBrowser, withExtension: boolean, seconds: number, mutate: boolean): Promise<PageRun> {
  const page = await openBenchPage(browser, withExtension);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    // Start-up's long tasks (building the table) are not part of the measured window.
    await page.evaluate(() => {
      (window as unknown as BenchWindow).__bench.longTasks = { count: 0, totalMs: 0, maxMs: 0 };
    });
    const before = await metrics(cdp);
    if (mutate) await page.evaluate(() => (window as unknown as BenchWindow).__bench.startMutation());
    await sleep(seconds * 1_000);
    if (mutate) await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopMutation());
    const after = await metrics(cdp);
    const state = await page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench;
      return { longTasks: { ...bench.longTasks }, ticks: bench.mutationTicks, nodes: bench.nodeCount() };
    });
    return {
      withExtension,
      seconds,
      taskMs: (after.task - before.task) * 1_000,
      scriptMs: (after.script - before.script) * 1_000,
      longTasks: state.longTasks.count,
      longTaskMaxMs: state.longTasks.maxMs,
      mutationTicks: state.ticks,
      nodes: state.nodes,
    };
  } finally {
    await page.close();
  }
}
