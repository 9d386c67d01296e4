// `npm run matrix [-- --variant <id>[,<id>…]] [--walk <words>] [--only renderings|mutations] [--shots]
// [--readme-shots] [--markdown]`: every walk of every markup variant (the independent renderings, then
// the mutations of the default pages) with the built extension (.output/chrome-mv3, or EXTENSION_PATH;
// build it first), one at a time in one browser (reset between walks: test/e2e/variants/matrix-runner.ts).
// Prints variant × walk: completed, checkpoints where the card showed the step, captured == issued,
// false captures, times the card lay over a target; the details go to artifacts/matrix.json, a
// variant × CRM summary in Markdown to artifacts/matrix.md (--markdown). `--shots`: screenshots the
// walks take and of failures in artifacts/matrix-shots; `--readme-shots`: the walks' screenshots in
// docs/screenshots (the README's pictures of the card on a mutated page).
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXTENSION_PATH } from '../test/e2e/harness';
import { allVariants, matrixVariants, mutationVariants } from '../test/e2e/variants/index';
import { openMatrixSession, walkProblems, type MatrixRow } from '../test/e2e/variants/matrix-runner';
import type { CrmName } from '../test/e2e/variants/types';

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function table(rows: MatrixRow[]): string {
  const cells = rows.map((r) => {
    const cps = r.checkpoints.length ? `${r.checkpoints.filter((c) => c.matched).length}/${r.checkpoints.length}` : '–';
    const issuedCount = Object.keys(r.result?.issued ?? {}).length;
    const captured = issuedCount ? `${r.capturedRight.length}/${issuedCount}` : '–';
    const falses = r.result ? String(r.falseCaptures.length) : '?';
    return [r.variant, r.walk.length > 58 ? `${r.walk.slice(0, 57)}…` : r.walk, r.completed ? 'yes' : 'NO', cps, captured, falses, String(r.cardInTheWay.length)];
  });
  const head = ['variant', 'walk', 'completed', 'checkpoints', 'captured=issued', 'false', 'card in the way'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

const CRMS: { crm: CrmName; title: string }[] = [
  { crm: 'leap', title: 'Leap' },
  { crm: 'servicetitan', title: 'ServiceTitan' },
  { crm: 'zoho', title: 'Zoho' },
];

/** Variant × CRM flow: walks passed / walks, and the failures below with what went wrong. */
function markdown(rows: MatrixRow[]): string {
  const variants = [...new Set(rows.map((r) => r.variant))];
  const failures: string[] = [];
  const lines = variants.map((variant) => {
    const cells = CRMS.map(({ crm }) => {
      const walks = rows.filter((r) => r.variant === variant && r.crm === crm);
      if (!walks.length) return '';
      const failed = walks.filter((r) => walkProblems(r).length);
      for (const r of failed) failures.push(`- **${variant}** — ${r.walk}: ${walkProblems(r).join('; ')}`);
      return failed.length ? `✗ ${walks.length - failed.length}/${walks.length}` : `✓ ${walks.length}/${walks.length}`;
    });
    return `| \`${variant}\` | ${cells.join(' | ')} |`;
  });
  const passed = rows.filter((r) => !walkProblems(r).length).length;
  return [
    `| variant | ${CRMS.map((c) => c.title).join(' | ')} |`,
    `|---|${CRMS.map(() => '---').join('|')}|`,
    ...lines,
    '',
    `${passed}/${rows.length} walks pass (completed, every checkpoint, captured = issued, no false capture, the card never in the way).`,
    ...(failures.length ? ['', 'Failing:', ...failures] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const onlyVariants = argValue('--variant')?.split(',');
  const onlyWalk = argValue('--walk');
  const only = argValue('--only');
  const shotDir = process.argv.includes('--readme-shots') ? resolve('docs/screenshots') : process.argv.includes('--shots') ? resolve('artifacts/matrix-shots') : undefined;
  const pool = only === 'renderings' ? allVariants : only === 'mutations' ? mutationVariants : matrixVariants;
  const variants = pool.filter((v) => !onlyVariants || onlyVariants.includes(v.id));
  if (!variants.length) throw new Error(`No variant "${onlyVariants?.join(', ')}". Known: ${matrixVariants.map((v) => v.id).join(', ')}`);

  const session = await openMatrixSession(variants, { shotDir });
  const rows: MatrixRow[] = [];
  const started = Date.now();
  try {
    for (const variant of variants) {
      for (const walk of variant.walks.filter((w) => !onlyWalk || w.name.includes(onlyWalk))) {
        const row = await session.run(variant, walk);
        rows.push(row);
        const cps = `${row.checkpoints.filter((c) => c.matched).length}/${row.checkpoints.length}`;
        const problems = walkProblems(row);
        console.log(`${problems.length ? 'FAIL' : 'pass'} ${variant.id}: ${walk.name} (${Math.round(row.ms / 100) / 10} s, checkpoints ${cps})${problems.map((p) => `\n     ${p}`).join('')}`);
      }
    }
  } finally {
    await session.close();
  }
  console.log(`\n${table(rows)}\n`);
  // Secrets stay out of the report: captured and issued values are compared above, only their last 4 are kept.
  const redacted = rows.map((r) => ({
    ...r,
    captured: mask(r.captured),
    result: r.result && { ...r.result, issued: mask(r.result.issued), decoys: r.result.decoys && Object.fromEntries(Object.entries(r.result.decoys).map(([k, v]) => [k, v.map(tail)])) },
  }));
  await mkdir(resolve('artifacts'), { recursive: true });
  await writeFile(resolve('artifacts/matrix.json'), JSON.stringify({ extension: EXTENSION_PATH, ms: Date.now() - started, rows: redacted }, null, 2));
  if (process.argv.includes('--markdown')) await writeFile(resolve('artifacts/matrix.md'), `${markdown(rows)}\n`);
  const summary = {
    walks: rows.length,
    passed: rows.filter((r) => !walkProblems(r).length).length,
    completed: rows.filter((r) => r.completed).length,
    allCheckpoints: rows.filter((r) => r.checkpoints.length && r.checkpoints.every((c) => c.matched)).length,
    allCaptured: rows.filter((r) => r.capturedWrongOrMissing.length === 0 && Object.keys(r.result?.issued ?? {}).length > 0).length,
    noFalseCaptures: rows.filter((r) => r.falseCaptures.length === 0).length,
  };
  console.log(
    `${summary.passed}/${summary.walks} pass; ${summary.completed} completed, ${summary.allCheckpoints} with every checkpoint right, ${summary.allCaptured} with every issued value captured, ${summary.noFalseCaptures} without false captures (${Math.round((Date.now() - started) / 1000)} s). Details: artifacts/matrix.json`,
  );
}

const tail = (value: string) => (value.length > 8 ? `…${value.slice(-4)}` : value);
const mask = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, tail(v)]));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
