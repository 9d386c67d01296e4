// Our time per mutation tick of two builds of the extension on the bench's mutating page, counted
// exactly in a light trace (scripts/bench/ours.ts), the builds in rotation: differences of a few
// percent show here, where a difference of all main-thread time with and without is lost in this
// machine's run-to-run swing.
//   npm run bench:compare -- <build A> <build B> [rounds]   (builds: unpacked chrome-mv3 folders)
import { resolve } from 'node:path';
import type { SandboxBrowser } from '../test/sandbox/browser';
import { startReferenceServer } from '../test/sandbox/server/index';
import { traceOurTime } from './bench/ours';
import { connectedBrowser } from './bench/setup';
import { median } from './bench/stats';

const [pathA, pathB, roundsArg] = process.argv.slice(2);
if (!pathA || !pathB) {
  console.error('usage: npm run bench:compare -- <build A> <build B> [rounds]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 5);
const SECONDS = 4;

const server = await startReferenceServer({ quiet: true });
/** A browser with the build (the server stays up: it is closed once, at the end). */
const withBuild = async (path: string): Promise<SandboxBrowser> => (await connectedBrowser(server, resolve(path))).browser;

const browsers: [string, SandboxBrowser][] = [];
try {
  browsers.push(['A', await withBuild(pathA)], ['B', await withBuild(pathB)]);
  const ours: Record<string, number[]> = { A: [], B: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts with the other build: neither always runs first (or on a warmer machine).
    for (const [name, browser] of round % 2 ? [...browsers].reverse() : browsers) ours[name]!.push((await traceOurTime(browser, SECONDS)).msPerTick);
    console.log(`round ${round + 1}: A ${ours.A!.at(-1)!.toFixed(3)} ms per tick, B ${ours.B!.at(-1)!.toFixed(3)} ms per tick`);
  }
  const a = median(ours.A!);
  const b = median(ours.B!);
  console.log(`our time per tick, median of ${ROUNDS}: A ${a.toFixed(3)} ms, B ${b.toFixed(3)} ms (B/A ${(b / a).toFixed(3)})`);
} finally {
  for (const [, browser] of browsers) await browser.close();
  await server.close();
}
