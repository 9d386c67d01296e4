// Prints vitest's JSON report as the one plain closing line CI reads: "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';
const report = JSON.parse(readFileSync(process.argv[2] ?? 'artifacts/vitest.json', 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.success && report.numFailedTests === 0 ? 0 : 1);
