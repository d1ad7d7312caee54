// Sums the vitest JSON report and the benchmark's budget checks into "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, benchFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (vitestFile && existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that could not even load counts as a failure.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} else {
  failed += 1; // the test command never produced a report (type check or build failed)
}
if (benchFile && existsSync(benchFile)) {
  const bench = JSON.parse(readFileSync(benchFile, 'utf8'));
  passed += bench.budgets.filter((b) => b.ok).length;
  failed += bench.budgets.filter((b) => !b.ok).length;
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
