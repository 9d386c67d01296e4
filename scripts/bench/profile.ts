// Where the extension's main-thread time goes on the mutating bench page: a CDP CPU profile,
// samples attributed to the content script when any frame on their stack is the extension's.
// The build is minified, so each hot function is shown with a bit of its source text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Protocol } from 'puppeteer';
import type { SandboxBrowser } from '../../test/sandbox/browser';
import { BENCH_URL, type BenchPageApi } from './page';
import { sleep } from './stats';

type BenchWindow = Window & { __bench: BenchPageApi };

export interface HotSpot {
  selfMs: number;
  where: string;
  source: string;
}

export interface ProfileResult {
  totalMs: number;
  extensionInclusiveMs: number;
  hot: HotSpot[];
  /** The same time by entry point (outermost extension frame: observer callback, timer, listener). */
  entries: HotSpot[];
}

export async function profileExtension(browser: SandboxBrowser, outputDir: string, seconds = 4): Promise<ProfileResult> {
  const page = await browser.newPage(BENCH_URL);
  try {
    await page.bringToFront();
    await page.waitForSelector('heavyset-assistant', { timeout: 15_000 });
    await sleep(1_500);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.startMutation());
    await sleep(seconds * 1_000);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopMutation());
    const { profile } = await cdp.send('Profiler.stop');
    return await analyse(profile, outputDir);
  } finally {
    await page.close();
  }
}

async function analyse(profile: Protocol.Profiler.Profile, outputDir: string): Promise<ProfileResult> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const isOurs = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
  const oursCache = new Map<number, boolean>();
  const underOurs = (id: number): boolean => {
    const known = oursCache.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = isOurs(id) || (up !== undefined && underOurs(up));
    oursCache.set(id, result);
    return result;
  };
  /** The innermost extension frame on the stack: where the time is spent, natives included. */
  const ourFrame = (id: number): number | undefined => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (isOurs(at)) return at;
    return undefined;
  };
  const outerFrame = (id: number): number | undefined => {
    let found: number | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (isOurs(at)) found = at;
    return found;
  };

  let total = 0;
  let ours = 0;
  const self = new Map<number, number>();
  const entry = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1_000;
    const id = samples[i]!;
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)') continue;
    total += ms;
    if (!underOurs(id)) continue;
    ours += ms;
    const frame = ourFrame(id)!;
    self.set(frame, (self.get(frame) ?? 0) + ms);
    const outer = outerFrame(id)!;
    entry.set(outer, (entry.get(outer) ?? 0) + ms);
  }
  const sources = new Map<string, string>();
  const describe = async (byNode: Map<number, number>, top: number): Promise<HotSpot[]> => {
    // Same function (url:line:col) from several call paths: one line.
    const merged = new Map<string, { ms: number; frame: Protocol.Runtime.CallFrame }>();
    for (const [id, ms] of byNode) {
      const frame = byId.get(id)!.callFrame;
      const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
      const item = merged.get(key) ?? { ms: 0, frame };
      item.ms += ms;
      merged.set(key, item);
    }
    const out: HotSpot[] = [];
    for (const { ms, frame } of [...merged.values()].sort((a, b) => b.ms - a.ms).slice(0, top)) {
      const file = new URL(frame.url).pathname.slice(1);
      if (!sources.has(file)) sources.set(file, await readFile(join(outputDir, file), 'utf8').catch(() => ''));
      const line = (sources.get(file) ?? '').split('\n')[frame.lineNumber] ?? '';
      out.push({
        selfMs: round(ms),
        where: `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1} ${frame.functionName || '(anonymous)'}`,
        source: line.slice(frame.columnNumber, frame.columnNumber + 160),
      });
    }
    return out;
  };
  return { totalMs: round(total), extensionInclusiveMs: round(ours), hot: await describe(self, 8), entries: await describe(entry, 4) };
}

const round = (n: number): number => Math.round(n * 10) / 10;
