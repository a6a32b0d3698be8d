// `npm test`: typecheck, lint, browser tests in Chromium, Firefox and WebKit with coverage (from
// Chromium), Storybook's story tests, the examples and the emulator end to end, coverage gate and size report.
// It ends with one line, "N passed, N failed", counting every test of every runner; a failed
// check (typecheck, lint, coverage) counts as a failure too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ENGINES, ensureEngines, ensureFonts, findChromium } from './browsers.mjs';
import { checkCoverage } from './coverage-gate.mjs';
import { checkRatchet, printSizes } from '../tools/size.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedChecks = [];

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  // How it ended, when it failed: an exit code, or the signal that stopped it (a crash that printed nothing).
  const how = result.status === 0 ? '' : ` (${result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`)})`;
  console.log(`  ${title}: ${result.status === 0 ? 'ok' : 'FAILED'}${how} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

const { engines } = ensureEngines();
ensureFonts();
const browser = findChromium();
console.log(`Browser tests run in: ${engines.map((name) => ENGINES[name].label).join(', ')}. Chromium: ${browser}`);
const bin = (name) => `node_modules/.bin/${name}`;

// The manifest feeds Storybook's docs and is imported by its preview: generate it first.
if (!step('custom-elements manifest (cem analyze)', bin('cem'), ['analyze', '--quiet'])) failedChecks.push('custom-elements manifest');
if (!step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit'])) failedChecks.push('typecheck');
if (!step('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0'])) failedChecks.push('lint');

rmSync('.test-results', { recursive: true, force: true });
rmSync('coverage', { recursive: true, force: true });
/**
 * Runs one test runner and adds what its report says. A runner that fails with every test green
 * (a crash, a browser that would not start) is a failure of its own; so is one that reports nothing.
 */
function runCounted(title, command, args, readCounts, env = {}) {
  const ok = step(title, command, args, { CHROME_PATH: browser, ...env });
  const counts = readCounts();
  if (!counts) return void failedChecks.push(`${title}: no results`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0) failedChecks.push(`${title}: runner failed`);
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

runCounted(
  `browser tests (@web/test-runner) in ${engines.map((name) => ENGINES[name].label).join(', ')}`,
  bin('wtr'),
  ['--coverage'],
  () => {
    const counts = readJson('.test-results/wtr.json');
    for (const [engine, { passed, failed, skipped, files }] of Object.entries(counts?.byEngine ?? {})) {
      console.log(`  ${engine}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} in ${files} files`);
    }
    return counts;
  },
  { B24_ENGINES: engines.join(',') },
);

// Vitest drives Firefox only through geckodriver, which cannot be had without a download: the
// stories run in Chromium and WebKit.
const storyEngines = engines.filter((name) => name !== 'firefox');
runCounted(
  `Storybook stories: interaction and accessibility tests (Vitest browser mode) in ${storyEngines.map((name) => ENGINES[name].label).join(', ')}`,
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/vitest.json'],
  () => {
    const report = readJson('.test-results/vitest.json');
    return report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  },
  { B24_ENGINES: storyEngines.join(',') },
);

if (!step('build (npm run build)', 'npm', ['run', 'build', '--silent'])) failedChecks.push('build');
runCounted(
  'package, docs, and end to end: examples from npm pack, the emulator, the bundle (node --test, Chromium)',
  'node',
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.test-results/examples.tap', 'test/package/', 'test/docs/', 'test/e2e/', 'test/server/'],
  () => {
    if (!existsSync('.test-results/examples.tap')) return undefined;
    const tap = readFileSync('.test-results/examples.tap', 'utf8');
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
    return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
  },
);

// The benchmark's quick mode checks that the harness still works, not the speed.
if (step('benchmark harness smoke test (npm run bench -- --quick)', 'node', ['scripts/tools/bench.mjs', '--quick'], { CHROME_PATH: browser })) totals.passed += 1;
else totals.failed += 1;

if (existsSync('coverage/lcov.info')) {
  console.log('\n▶ coverage gate');
  if (!checkCoverage()) failedChecks.push('coverage gate');
} else {
  failedChecks.push('coverage report missing');
}

console.log('\n▶ size report');
if (!checkRatchet(await printSizes())) failedChecks.push('size ratchet');

if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed + failedChecks.length} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed + failedChecks.length > 0 ? 1 : 0);
