// Reads the JSON reports that vitest (and Playwright, for the browser suites) write, and sums them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Vitest's json reporter follows Jest's shape; Playwright's has `stats`. */
function countsOf(report) {
  if (report && typeof report.numPassedTests === 'number') {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  if (report && report.stats && typeof report.stats.expected === 'number') {
    return {
      passed: report.stats.expected + (report.stats.flaky ?? 0),
      failed: report.stats.unexpected,
      skipped: report.stats.skipped ?? 0,
    };
  }
  throw new Error('unrecognised test report shape');
}

export function sumResultFiles(files) {
  const totals = { passed: 0, failed: 0, skipped: 0, perFile: [] };
  for (const file of files) {
    if (!existsSync(file)) continue;
    const name = path.relative(process.cwd(), file);
    try {
      const counts = countsOf(JSON.parse(readFileSync(file, 'utf8')));
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
      totals.perFile.push(
        `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
    } catch (error) {
      // An unreadable report means a runner died mid-way: count it as a failure, never as silence.
      totals.failed += 1;
      totals.perFile.push(`${name}: unreadable report (${error.message})`);
    }
  }
  return totals;
}
