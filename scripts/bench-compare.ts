// Our script per mutation tick of two builds of the extension, measured in rotation with a browser
// without any (the baseline), on the bench's mutating page: differences of a few percent are lost in
// this machine's run-to-run swing unless measured side by side like this.
//   npm run bench:compare -- <build A> <build B> [rounds]   (builds: unpacked chrome-mv3 folders)
import { resolve } from 'node:path';
import { launchSandboxBrowser, type SandboxBrowser } from '../test/sandbox/browser';
import { startReferenceServer } from '../test/sandbox/server/index';
import { measurePage } from './bench/overhead';
import { benchLeapSite } from './bench/page';
import { connectedBrowser } from './bench/setup';
import { median } from './bench/stats';

const [pathA, pathB, roundsArg] = process.argv.slice(2);
if (!pathA || !pathB) {
  console.error('usage: npm run bench:compare -- <build A> <build B> [rounds]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 5);
const SECONDS = 10;

const server = await startReferenceServer({ quiet: true });
/** A browser with the build (the server stays up: it is closed once, at the end). */
const withBuild = async (path: string): Promise<SandboxBrowser> => (await connectedBrowser(server, resolve(path))).browser;

const browsers: [string, SandboxBrowser][] = [];
try {
  browsers.push(['A', await withBuild(pathA)], ['B', await withBuild(pathB)]);
  browsers.push(['baseline', await launchSandboxBrowser({ serverUrl: server.url, sites: [benchLeapSite], headless: true })]);
  const ours: Record<'A' | 'B', number[]> = { A: [], B: [] };
  // All main-thread time per tick (style, layout, paint too), as the host budget counts it: with / without.
  const task: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts with another of the three: none always runs first (or on a warmer machine).
    const order = [...browsers.slice(round % 3), ...browsers.slice(0, round % 3)];
    const perTick: Record<string, number> = {};
    const taskPerTick: Record<string, number> = {};
    for (const [name, browser] of order) {
      const run = await measurePage(browser, name !== 'baseline', SECONDS, true);
      perTick[name] = run.scriptMs / run.mutationTicks;
      taskPerTick[name] = run.taskMs / run.mutationTicks;
    }
    ours.A.push(perTick.A! - perTick.baseline!);
    ours.B.push(perTick.B! - perTick.baseline!);
    task.A.push(taskPerTick.A! / taskPerTick.baseline!);
    task.B.push(taskPerTick.B! / taskPerTick.baseline!);
    console.log(
      `round ${round + 1}: page ${perTick.baseline!.toFixed(2)} ms/tick script, ${taskPerTick.baseline!.toFixed(1)} all; ` +
        `ours A +${ours.A.at(-1)!.toFixed(2)} (${task.A.at(-1)!.toFixed(3)}x all), B +${ours.B.at(-1)!.toFixed(2)} (${task.B.at(-1)!.toFixed(3)}x all)`,
    );
  }
  const a = median(ours.A);
  const b = median(ours.B);
  console.log(`our script per tick, median of ${ROUNDS}: A ${a.toFixed(3)} ms, B ${b.toFixed(3)} ms (B/A ${(b / a).toFixed(3)})`);
  console.log(`all main-thread time per tick with/without, median of ${ROUNDS}: A ${median(task.A).toFixed(3)}x, B ${median(task.B).toFixed(3)}x`);
} finally {
  for (const [, browser] of browsers) await browser.close();
  await server.close();
}
