// Finds a Chromium for the browser tests, in the order DEVELOPERS.md gives:
// CHROME_PATH, then a system Chromium or Chrome, then Playwright's own browser.
// When none is found and this machine can install Debian's chromium (root, apt-get), it does so and says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium on a closed network, running as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The browser to use, or undefined. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable.`);
    return fromEnv;
  }
  return SYSTEM_BROWSERS.find(isExecutable) ?? playwrightBrowser();
}

function canInstallChromium() {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Finds a browser, installing Debian's chromium when none is found and that is possible. Exits with advice otherwise. */
export function ensureBrowser() {
  let browser = findBrowser();
  if (browser) return browser;
  if (canInstallChromium()) {
    console.log('No Chromium or Chrome found: installing Debian\'s chromium package (apt-get install -y chromium)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
    browser = findBrowser();
    if (browser) {
      console.log(`Installed ${browser}.`);
      return browser;
    }
  }
  console.error(
    'No browser for the tests. Install Chromium or Chrome (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
      'or point CHROME_PATH at a Chromium-based browser, then run `npm test` again.',
  );
  process.exit(1);
}
