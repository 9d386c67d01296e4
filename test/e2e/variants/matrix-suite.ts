// One matrix test file: one browser for its walks (reset between them, see matrix-runner.ts), one `it`
// per walk named "<variant>: <walk>", asserting that the walk completed, the card showed every
// checkpoint's step, the extension captured exactly what the CRM issued and nothing else, and the card
// never lay over what the person wanted to click.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_FAILING } from './known-failures';
import { openMatrixSession, walkProblems, type MatrixSession } from './matrix-runner';
import type { WalkHooks } from './run';
import type { MarkupVariant, VariantWalk } from './types';

/** MATRIX_SHOTS=1 keeps pictures of failures (and the walks' own) in artifacts/matrix-shots. */
const SHOTS = process.env.MATRIX_SHOTS ? resolve('artifacts/matrix-shots') : undefined;

/** Something that watches every walk besides the matrix's judge (the playbook conformance probe). */
export interface WalkObserver {
  /** The hooks the walks use, made once before the first walk. */
  hooks(): Promise<WalkHooks>;
  /** The walk that starts now, by its test name. */
  walking(name: string): void;
}

export function matrixSuite(title: string, variants: MarkupVariant[], keep: (walk: VariantWalk) => boolean = () => true, observer?: WalkObserver): void {
  const plan = variants.map((variant) => ({ variant, walks: variant.walks.filter(keep) })).filter((p) => p.walks.length);
  let session: MatrixSession | undefined;
  beforeAll(async () => {
    session = await openMatrixSession(
      plan.map((p) => p.variant),
      { shotDir: SHOTS, hooks: await observer?.hooks() },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  describe(title, () => {
    for (const { variant, walks } of plan) {
      for (const walk of walks) {
        const name = `${variant.id}: ${walk.name}`;
        const known = KNOWN_FAILING[name];
        (known ? it.fails : it)(name, { timeout: 120_000 }, async () => {
          observer?.walking(name);
          const row = await session!.run(variant, walk);
          // As text, so a failure prints every problem in full.
          expect(walkProblems(row).join('\n'), known ? `known failure: ${known}` : `${name} (${Math.round(row.ms / 100) / 10} s)`).toBe('');
        });
      }
    }
  });
}
