import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The walks on every rendering (the matrix, and the playbook conformance that walks them all again with a probe):
// one browser per file, two files at a time.
const MATRIX = ['test/e2e/variants/matrix-*.test.ts', 'test/e2e/variants/mutations-apply.test.ts', 'test/e2e/playbook-conformance.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
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
          fileParallelism: false,
        },
      },
      {
        // The markup matrix (test/e2e/variants/matrix-*.test.ts): after the other projects, two files
        // at a time, each with one browser of its own (a walk waits on the pages more than it computes).
        extends: true,
        test: {
          name: 'matrix',
          include: MATRIX,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
