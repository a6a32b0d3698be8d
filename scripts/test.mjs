// `npm test`: typecheck, lint, browser tests with coverage, coverage gate and size report.
// It ends with one line, "N passed, N failed", counting every test of every runner; a failed
// check (typecheck, lint, coverage) counts as a failure too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './browser.mjs';
import { checkCoverage } from './coverage-gate.mjs';
import { checkRatchet, printSizes } from './size.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedChecks = [];

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function addCounts(file) {
  if (!existsSync(file)) return false;
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  return true;
}

const browser = ensureBrowser();
console.log(`Browser: ${browser}`);
const bin = (name) => `node_modules/.bin/${name}`;

// The manifest feeds Storybook's docs and is imported by its preview: generate it first.
if (!step('custom-elements manifest (cem analyze)', bin('cem'), ['analyze', '--quiet'])) failedChecks.push('custom-elements manifest');
if (!step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit'])) failedChecks.push('typecheck');
if (!step('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0'])) failedChecks.push('lint');

rmSync('.test-results', { recursive: true, force: true });
rmSync('coverage', { recursive: true, force: true });
const wtrFailedBefore = totals.failed;
const browserTestsOk = step('browser tests (@web/test-runner)', bin('wtr'), ['--coverage'], { CHROME_PATH: browser });
if (!addCounts('.test-results/wtr.json')) failedChecks.push('browser tests reported no results');
// A runner that failed with every test green (a crash, a browser that would not start) is a failure of its own.
else if (!browserTestsOk && totals.failed === wtrFailedBefore) failedChecks.push('browser test runner');
const storybookFailedBefore = totals.failed;
const storybookOk = step('Storybook stories: interaction and accessibility tests (Vitest browser mode)', bin('vitest'), [
  'run',
  '--project',
  'storybook',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.test-results/vitest.json',
], { CHROME_PATH: browser });
if (existsSync('.test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (!storybookOk && totals.failed === storybookFailedBefore) failedChecks.push('Storybook test runner');
} else {
  failedChecks.push('Storybook tests reported no results');
}

if (!step('build (npm run build)', 'npm', ['run', 'build', '--silent'])) failedChecks.push('build');
const examplesFailedBefore = totals.failed;
const examplesOk = step('examples from npm pack, and the emulator end to end (node --test, Chromium)', 'node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=.test-results/examples.tap',
  'test/examples/',
  'test/e2e/',
], { CHROME_PATH: browser });
if (existsSync('.test-results/examples.tap')) {
  const tap = readFileSync('.test-results/examples.tap', 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (!examplesOk && totals.failed === examplesFailedBefore) failedChecks.push('examples runner');
} else {
  failedChecks.push('examples reported no results');
}

// The benchmark's quick mode checks that the harness still works, not the speed.
if (step('benchmark harness smoke test (npm run bench -- --quick)', 'node', ['scripts/bench.mjs', '--quick'], { CHROME_PATH: browser })) totals.passed += 1;
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
