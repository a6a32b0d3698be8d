import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium found: run `npm test`, which installs or explains how to get one.');

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  // One file at a time: several tests measure timing (debounce, the shared clock), and two cores are shared with Chromium.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    reporters: ['lcovonly', 'json-summary'],
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countReporter({ outFile: '.test-results/wtr.json' })],
};
