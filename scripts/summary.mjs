// Prints vitest's JSON report as the one plain closing line CI reads: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';
const file = process.argv[2] ?? 'artifacts/vitest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed, 0 skipped (the tests did not run: see the error above)');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.success && report.numFailedTests === 0 ? 0 : 1);
