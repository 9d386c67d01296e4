// The bench's printed table: each budget, the figure measured, PASS/FAIL.
import type { FileSize } from './sizes';
import type { ProfileResult } from './profile';
import type { TracedRun } from './trace';

export interface Budget {
  name: string;
  limit: string;
  figure: string;
  pass: boolean;
}

const KB = 1024;

export function printReport(budgets: Budget[], sizes: FileSize[], profile: ProfileResult | undefined, traced: TracedRun[] = []): void {
  console.log('\nBuilt files (.output/chrome-mv3)');
  for (const s of sizes) console.log(`  ${s.file.padEnd(36)} ${s.kind.padEnd(15)} raw ${(s.raw / KB).toFixed(1).padStart(6)} KB  gzip ${(s.gzip / KB).toFixed(1).padStart(5)} KB`);

  const nameWidth = Math.max(...budgets.map((b) => b.name.length));
  const limitWidth = Math.max(...budgets.map((b) => b.limit.length));
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(nameWidth)}  ${b.limit.padEnd(limitWidth)}  ${b.figure}`);

  if (profile) {
    console.log(`\nWhere the extension's time goes (CPU profile of the mutating page): ${profile.extensionInclusiveMs} ms of ${profile.totalMs} ms busy`);
    for (const h of profile.hot) console.log(`  ${String(h.selfMs).padStart(7)} ms  ${h.where}\n             ${h.source}`);
    console.log('  by entry point (outermost extension frame):');
    for (const h of profile.entries) console.log(`  ${String(h.selfMs).padStart(7)} ms  ${h.where}\n             ${h.source}`);
  }
  const ours = traced.flatMap((run) => [
    ...run.startup.tasks.filter((t) => t.ours).map((t) => ({ phase: 'start-up', ...t })),
    ...run.mutating.tasks.filter((t) => t.ours).map((t) => ({ phase: 'mutating', ...t })),
  ]);
  if (ours.length) {
    console.log("\nLong tasks of ours (traced; only tasks that the page's own work would have kept under 50 ms count)");
    for (const t of ours) {
      console.log(`  ${t.phase.padEnd(9)} ${t.ms.toFixed(0).padStart(5)} ms, ${t.oursMs.toFixed(0)} ms of it ours`);
      for (const h of t.hot.slice(0, 3)) console.log(`  ${String(h.ms).padStart(14)} ms  ${h.where}`);
    }
  }
  const failed = budgets.filter((b) => !b.pass);
  console.log(failed.length ? `\n${failed.length} budget(s) FAIL (a measurement: exit code stays 0).` : '\nAll budgets PASS.');
}
