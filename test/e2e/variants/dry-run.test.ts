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

let browser: SandboxBrowser;
let idle: ReferenceServer;
const slots = semaphore(PARALLEL_WALKS);

beforeAll(async () => {
  idle = await startReferenceServer({ quiet: true });
  browser = await launchSandboxBrowser({ serverUrl: idle.url, sites: allSites, headless: true, variants: seedVariants, shareRenderers: true });
});
afterAll(async () => {
  await browser?.close();
  await idle?.close();
});

const ALL = process.env.DRY_RUN === 'all';

describe.concurrent('markup variants: dry run without the extension', () => {
  for (const variant of seedVariants) {
    for (const walk of variant.walks) {
      const name = `${variant.id}: ${walk.name}`;
      if (!ALL && !KNOWN_FAILING[name]) continue;
      it(name, { timeout: 120_000 }, async () => {
        await slots.run(async () => {
          const server = await startReferenceServer({ quiet: true });
          try {
            const sandbox: Sandbox = {
              server,
              browser,
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
  }
});
