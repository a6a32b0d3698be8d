// A @web/test-runner reporter that writes how many tests passed, failed and were skipped, in all
// and per engine, so that `npm test` can print one closing line for every runner and engine together.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const emptyCounts = () => ({ passed: 0, failed: 0, skipped: 0, files: 0 });

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

function add(into, counts) {
  for (const key of Object.keys(into)) into[key] += counts[key];
}

export function countReporter({ outFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const total = emptyCounts();
      const byEngine = {};
      for (const session of sessions) {
        const counts = { ...emptyCounts(), files: 1 };
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
        add((byEngine[session.browser.name] ??= emptyCounts()), counts);
        add(total, counts);
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ ...total, byEngine }));
    },
  };
}
