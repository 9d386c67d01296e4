import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { LongestFirst } from './test/sequencer.ts';

// The walks on every rendering and mutated page (the markup matrix; the renderings' file also carries the
// playbook conformance probe): one browser per file.
const MATRIX = ['test/e2e/variants/matrix-*.test.ts', 'test/e2e/variants/mutations-apply.test.ts'];
// Browser files at a time: two, one per core. A walk is CPU-bound (one file alone keeps about 1.5 cores busy);
// three at a time was no faster and made walks time out under the load (menus moving under a click).
const BROWSERS_AT_ONCE = 2;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // WxtVitest's fake browser must be installed before @wxt-dev/storage reads the global.
          setupFiles: ['virtual:wxt-setup', 'test/unit/support/i18n.ts'],
          server: { deps: { inline: [/@wxt-dev\/(storage|browser)/] } },
          // Threads, not forks: the same tests in three quarters of the time (59 -> 45 s on two cores).
          pool: 'threads',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: MATRIX,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: BROWSERS_AT_ONCE,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The markup matrix, in the same pool as the other browser files (test/sequencer.ts starts the longest files first).
        extends: true,
        test: {
          name: 'matrix',
          include: MATRIX,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: BROWSERS_AT_ONCE,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
