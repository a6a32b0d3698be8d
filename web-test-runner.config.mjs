import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES, findChromium, findFirefox, findWebKit, requestedEngines } from './scripts/test-runner/browsers.mjs';
import { countReporter } from './scripts/test-runner/count-reporter.mjs';
import { keyChordPlugin } from './scripts/test-runner/key-chord-plugin.mjs';
import { screenshotPlugin } from './scripts/test-runner/screenshot-plugin.mjs';
import { serverRenderPlugin } from './scripts/test-runner/server-render-plugin.mjs';
import { webkitLauncher } from './scripts/test-runner/webkit-launcher.mjs';

// Every browser test runs in Chromium, Firefox and WebKit (B24_ENGINES picks fewer). `npm test`
// finds or installs the engines first; run directly, an engine that is not installed is left out
// with a warning.
//
// Files under test/dark-os/ need a dark system theme. Only Chromium can emulate one per page (over
// CDP), so they run in a group of their own whose browsers start dark: Chromium with a dark
// colour scheme, Firefox with its `ui.systemUsesDarkTheme` preference, MiniBrowser with --dark-mode.
const launchers = {
  chromium: ({ dark, forcedColors }) =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      ...(dark || forcedColors
        ? { createBrowserContext: ({ browser }) => browser.newContext({ ...(dark ? { colorScheme: 'dark' } : {}), ...(forcedColors ? { forcedColors: 'active' } : {}) }) }
        : {}),
    }),
  // puppeteer-core drives the stock Firefox over WebDriver BiDi: no geckodriver. Never using the
  // page's colours (document_color_use 2) is Firefox's forced-colours mode.
  firefox: ({ dark, forcedColors }) =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: { ...(dark ? { 'ui.systemUsesDarkTheme': 1 } : {}), ...(forcedColors ? { 'browser.display.document_color_use': 2 } : {}) },
      },
    }),
  // WebKit has no forced-colours mode to turn on (WebKitGTK has no setting, and Safari none either).
  webkit: ({ dark }) => webkitLauncher(findWebKit(), { darkMode: dark }),
};

const engines = requestedEngines().filter((name) => {
  if (ENGINES[name].find()) return true;
  console.warn(`!!! ${ENGINES[name].label} is not installed: its browser tests are skipped. \`npm test\` installs it or says how.`);
  return false;
});
if (!engines.length) throw new Error('No browser engine installed: run `npm test`, which installs them or explains how to get them.');

const browsers = (options = {}) => engines.map((name) => launchers[name](options));

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/dark-os/**', '!test/forced-colors/**'],
  groups: [
    { name: 'dark-os', files: 'test/dark-os/**/*.test.ts', browsers: browsers({ dark: true }) },
    // Windows High Contrast, as each engine emulates it; WebKit runs these files in its normal mode.
    { name: 'forced-colors', files: 'test/forced-colors/**/*.test.ts', browsers: browsers({ forcedColors: true }) },
  ],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), keyChordPlugin(), screenshotPlugin(), serverRenderPlugin()],
  browsers: browsers(),
  // One file at a time, one engine at a time: several tests measure timing (debounce, the shared
  // clock, the simulator's hold), and with two engines at once on two cores a 40 ms sleep came back
  // after 60 ms in Firefox. Serial costs ~17 s (67 s instead of 50 s for the three engines).
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    reporters: ['lcovonly', 'json-summary'],
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), countReporter({ outFile: '.test-results/wtr.json' })],
};
