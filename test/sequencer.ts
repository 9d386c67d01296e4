// The order the test files start in: longest first, so that no long file ends alone while the other
// workers idle. By `sequence.groupOrder` first (the unit tests, then the browser files); within a group,
// by how long each file took in vitest's cache of the last run here, else by the figures below (a fresh
// clone has no cache), else by size. Only the order: a stale figure costs minutes, never a result.
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds the longest browser files took with three at a time (1 Dec 2026, a 2-core machine): their order. */
const SECONDS: Record<string, number> = {
  'test/e2e/variants/matrix-renderings.test.ts': 360,
  'test/e2e/hostile-background.test.ts': 220,
  'test/e2e/variants/matrix-mutations-st-pages.test.ts': 150,
  'test/e2e/variants/matrix-mutations-st-seed.test.ts': 145,
  'test/e2e/leap-flow.test.ts': 125,
  'test/e2e/popup-ux.test.ts': 115,
  'test/e2e/variants/matrix-mutations-leap.test.ts': 75,
  'test/e2e/zoho-flow.test.ts': 70,
  'test/e2e/variants/dry-run.test.ts': 50,
  'test/e2e/card-a11y.test.ts': 70,
  'test/e2e/servicetitan-flow.test.ts': 50,
  'test/e2e/variants/framework-dry-run.test.ts': 50,
  'test/e2e/firefox-leap.test.ts': 50,
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const sizes = new Map(await Promise.all(files.map(async (f) => [f.moduleId, (await stat(f.moduleId)).size] as const)));
    const seconds = (f: TestSpecification) => {
      const cached = this.ctx.cache.getTestSpecificationResult(f)?.duration;
      return cached !== undefined ? cached / 1000 : (SECONDS[relative(root, f.moduleId)] ?? 0);
    };
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        seconds(b) - seconds(a) ||
        (sizes.get(b.moduleId) ?? 0) - (sizes.get(a.moduleId) ?? 0),
    );
  }
}
