// `npm run bench`: measures the architecture's budgets (docs: /work/shared/architecture.md →
// Budgets) against the built extension in headless Chromium and the sandbox, prints a table
// and writes artifacts/bench.json. A measurement, not a test: exits 0 when a budget fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXTENSION_PATH } from '../test/e2e/harness';
import { benchCapture } from './bench/capture';
import { measurePage, type PageRun } from './bench/overhead';
import { traceOurTime, type OurTime } from './bench/ours';
import { benchPopup } from './bench/popup';
import { profileExtension, type ProfileResult } from './bench/profile';
import { startRig } from './bench/setup';
import { traceLongTasks, type TracedRun } from './bench/trace';
import { measureSizes, pageScripts } from './bench/sizes';
import { median } from './bench/stats';
import { printReport, type Budget } from './bench/report';

const MUTATION_SECONDS = 10;
const IDLE_SECONDS = 5;
const OVERHEAD_PAIRS = 3;
const TRACED_RUNS = 2;
const OUR_TIME_RUNS = 3;
const OUR_TIME_SECONDS = 4;
const TRACED_SECONDS = 6;
const KB = 1024;

async function main(): Promise<void> {
  const started = Date.now();
  const budgets: Budget[] = [];
  const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

  log('sizes');
  const sizes = await measureSizes(EXTENSION_PATH);
  for (const s of sizes.filter((f) => f.kind === 'content-script' && f.file.endsWith('.js'))) {
    budgets.push({ name: `Content script ${s.file} (gzip)`, limit: '<= 30 KB', figure: `${(s.gzip / KB).toFixed(1)} KB (raw ${(s.raw / KB).toFixed(1)} KB)`, pass: s.gzip <= 30 * KB });
  }
  const popupFiles = await pageScripts(EXTENSION_PATH, 'popup.html');
  const popupGzip = sizes.filter((s) => popupFiles.includes(s.file)).reduce((sum, s) => sum + s.gzip, 0);

  const rig = await startRig();
  try {
    log('capture latency (30 dialogs)');
    const capture = await benchCapture(rig.sandbox, 30);
    await capture.page.close();
    budgets.push({
      name: 'Value in the vault after the page shows it (p95)',
      limit: '<= 50 ms',
      figure: `p50 ${capture.stats.p50} ms, p95 ${capture.stats.p95} ms, max ${capture.stats.max} ms (n=${capture.stats.n}, missed ${capture.missed})`,
      pass: capture.missed === 0 && capture.stats.p95 <= 50,
    });

    log('popup open → API Token row (10 opens)');
    const popup = await benchPopup(rig.sandbox, capture.lastFour, 10);
    budgets.push({
      name: 'Popup shows the captured value (p95)',
      limit: '<= 150 ms',
      figure: `p50 ${popup.stats.p50.toFixed(0)} ms, p95 ${popup.stats.p95.toFixed(0)} ms (n=${popup.stats.n}, missed ${popup.missed}; popup JS ${(popupGzip / KB).toFixed(1)} KB gz); ` +
        `medians: DOMContentLoaded ${popup.stepMedians.domContentLoadedMs.toFixed(0)}, our modules loaded and run ${popup.stepMedians.modulesRanMs.toFixed(0)}, first render ${popup.stepMedians.firstRenderMs.toFixed(0)} ms`,
      pass: popup.missed === 0 && popup.stats.p95 <= 150,
    });

    log(`host overhead: ${OVERHEAD_PAIRS} × (without, with) × ${MUTATION_SECONDS} s of constant mutation`);
    const mutating: PageRun[] = [];
    for (let i = 0; i < OVERHEAD_PAIRS; i++) {
      // Alternate which goes first so drift (thermal, other work on the machine) hits both.
      const order = i % 2 === 0 ? [false, true] : [true, false];
      for (const withExtension of order) {
        mutating.push(await measurePage(withExtension ? rig.sandbox.browser : rig.baseline, withExtension, MUTATION_SECONDS, true));
        const r = mutating.at(-1)!;
        log(`  ${withExtension ? 'with   ' : 'without'} task ${r.taskMs.toFixed(0)} ms, script ${r.scriptMs.toFixed(0)} ms, long tasks ${r.longTasks}, ticks ${r.mutationTicks}`);
      }
    }
    const withExt = mutating.filter((r) => r.withExtension);
    const without = mutating.filter((r) => !r.withExtension);
    const rawRatio = median(withExt.map((r) => r.taskMs)) / median(without.map((r) => r.taskMs));
    // Per mutation tick: a page starved by the extension does fewer ticks, which would hide the cost.
    const perTick = (r: PageRun) => r.taskMs / Math.max(1, r.mutationTicks);
    const [withTick, withoutTick] = [median(withExt.map(perTick)), median(without.map(perTick))];
    const taskRatio = withTick / withoutTick;
    const withoutTicks = without.map(perTick);
    // The ratio of all time swings by more than the budget between runs of the same build (the page's own
    // paint and layout vary): the budget is judged on our time, counted exactly in a light trace.
    log(`our time: ${OUR_TIME_RUNS} traced runs of ${OUR_TIME_SECONDS} s of mutation`);
    const ourRuns: OurTime[] = [];
    for (let i = 0; i < OUR_TIME_RUNS; i++) {
      ourRuns.push(await traceOurTime(rig.sandbox.browser, OUR_TIME_SECONDS));
      log(`  ${ourRuns.at(-1)!.msPerTick.toFixed(3)} ms per tick (${ourRuns.at(-1)!.ticks} ticks)`);
    }
    const oursPerTick = median(ourRuns.map((r) => r.msPerTick));
    const ratio = 1 + oursPerTick / withoutTick;
    budgets.push({
      name: `Host main-thread time, ${(mutating[0]?.nodes ?? 0).toLocaleString('en')} nodes mutating (with/without)`,
      limit: '<= 1.03x',
      figure:
        `${ratio.toFixed(3)}x: our calls ${oursPerTick.toFixed(2)} ms per mutation tick (traced, median of ${OUR_TIME_RUNS}: ${ourRuns.map((r) => r.msPerTick.toFixed(2)).join(' / ')}) ` +
        `on the page's ${withoutTick.toFixed(1)} ms (its runs without us: ${Math.min(...withoutTicks).toFixed(1)}–${Math.max(...withoutTicks).toFixed(1)} ms); ` +
        `all time per tick ${taskRatio.toFixed(3)}x (${withTick.toFixed(1)} vs ${withoutTick.toFixed(1)} ms), ` +
        `raw ${rawRatio.toFixed(3)}x (ticks ${median(withExt.map((r) => r.mutationTicks))} vs ${median(without.map((r) => r.mutationTicks))})`,
      pass: ratio <= 1.03,
    });
    log(`long tasks: ${TRACED_RUNS} traced runs (start-up, then ${TRACED_SECONDS} s of mutation), each attributed`);
    const traced: TracedRun[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) {
      traced.push(await traceLongTasks(rig.sandbox.browser, TRACED_SECONDS));
      const t = traced.at(-1)!;
      log(`  start-up: ${t.startup.ours} of ours of ${t.startup.tasks.length} long; mutating: ${t.mutating.ours} of ours of ${t.mutating.tasks.length} long; most of ours in any one task ${t.startup.maxOursMs} ms`);
    }
    const oursAt = (phase: 'startup' | 'mutating') => Math.max(...traced.map((t) => t[phase].ours));
    // Ours in any one task, long or not (the margin under 50 ms, as traced: the tracer slows scripts).
    const longestOurs = Math.max(...traced.map((t) => t.startup.maxOursMs), 0);
    const noLongTasks = oursAt('startup') === 0 && oursAt('mutating') === 0;
    budgets.push({
      name: 'Long tasks (> 50 ms) of ours: start-up, mutating (traced)',
      limit: '0',
      figure:
        `${oursAt('startup')}, ${oursAt('mutating')} (most in ${TRACED_RUNS} runs; most of ours in any one task ${longestOurs.toFixed(0)} ms); ` +
        `the page's own long tasks while mutating, untraced: median ${median(withExt.map((r) => r.longTasks))} with the extension, ${median(without.map((r) => r.longTasks))} without`,
      pass: noLongTasks,
    });

    log(`idle: ${IDLE_SECONDS} s on the static page, without then with`);
    const idleWithout = await measurePage(rig.baseline, false, IDLE_SECONDS, false);
    const idleWith = await measurePage(rig.sandbox.browser, true, IDLE_SECONDS, false);
    const idleExtra = idleWith.taskMs - idleWithout.taskMs;
    budgets.push({
      name: 'Idle page CPU with the extension',
      limit: '~0 (<= 1% of a core)',
      figure: `${idleWith.taskMs.toFixed(1)} ms / ${IDLE_SECONDS} s (without ${idleWithout.taskMs.toFixed(1)} ms; extra ${(idleExtra / (IDLE_SECONDS * 10)).toFixed(2)}%)`,
      pass: idleExtra <= IDLE_SECONDS * 10,
    });

    let profile: ProfileResult | undefined;
    if (ratio > 1.03 || !noLongTasks) {
      log('host overhead over budget: profiling the content script on the mutating page');
      profile = await profileExtension(rig.sandbox.browser, EXTENSION_PATH);
    }

    printReport(budgets, sizes, profile, traced);
    await mkdir(resolve('artifacts'), { recursive: true });
    await writeFile(
      resolve('artifacts/bench.json'),
      `${JSON.stringify({ at: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), budgets, sizes, popupScripts: popupFiles, capture: { ...capture, page: undefined }, popup, mutating, ourRuns, traced, idle: [idleWithout, idleWith], profile }, null, 2)}\n`,
    );
    log(`wrote artifacts/bench.json (${budgets.filter((b) => !b.pass).length} budget(s) over)`);
  } finally {
    await rig.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
