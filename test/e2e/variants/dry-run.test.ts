// Walks of the markup variants with no extension loaded: each must reach its end on the rendering (a
// person can do it without the assistant) and return what the backend really issued. In `npm test`:
// the walks the extension is known to fail (known-failures.ts: the proof that the failure is the
// assistant's); every walk with DRY_RUN=all (when a rendering or a walk is written or changed: the
// matrix walks them all with the extension on every run, and this file alone took 100 s of the suite).
// One browser; each walk has its own reference server, so walks run side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSandboxBrowser, type SandboxBrowser } from '../../sandbox/browser';
import { startReferenceServer, type ReferenceServer } from '../../sandbox/server/index';
import { allSites } from '../../sandbox/sites/index';
import { serverState, type Sandbox } from '../harness';
import { seedVariants } from './index';
import { issuedProblems } from './issued';
import { KNOWN_FAILING } from './known-failures';
import { NO_EXTENSION, runWalk } from './run';
import { semaphore } from './semaphore';

const PARALLEL_WALKS = 3;

const ALL = process.env.DRY_RUN === 'all';
const walks = seedVariants.flatMap((variant) => variant.walks.map((walk) => ({ variant, walk, name: `${variant.id}: ${walk.name}` }))).filter(({ name }) => ALL || KNOWN_FAILING[name]);

let browser: SandboxBrowser | undefined;
let idle: ReferenceServer | undefined;
const slots = semaphore(PARALLEL_WALKS);

beforeAll(async () => {
  if (!walks.length) return;
  idle = await startReferenceServer({ quiet: true });
  browser = await launchSandboxBrowser({ serverUrl: idle.url, sites: allSites, headless: true, variants: seedVariants, shareRenderers: true });
});
afterAll(async () => {
  await browser?.close();
  await idle?.close();
});

describe.concurrent('markup variants: dry run without the extension', () => {
  // No walk known to fail: nothing to prove in `npm test` (said as a skip; DRY_RUN=all walks them all).
  if (!walks.length) it.skip('no matrix walk is known to fail (DRY_RUN=all walks every one without the extension)');
  for (const { variant, walk, name } of walks) {
    it(name, { timeout: 120_000 }, async () => {
      await slots.run(async () => {
        const server = await startReferenceServer({ quiet: true });
        try {
          const sandbox: Sandbox = {
            server,
            browser: browser!,
            extensionUrl: () => {
              throw new Error('The dry run has no extension.');
            },
            close: async () => undefined,
          };
          const record = await runWalk(variant, walk, sandbox, NO_EXTENSION);
          expect(record.error).toBeUndefined();
          expect(record.completed).toBe(true);
          expect(issuedProblems(walk.crm, record.result!, await serverState(sandbox), server.configIds)).toEqual([]);
        } finally {
          await server.close();
        }
      });
    });
  }
});
