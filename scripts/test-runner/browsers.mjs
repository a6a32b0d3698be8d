// The three browser engines the tests run in, where to find each on this machine, and how to get
// the missing ones. Chromium: CHROME_PATH, a system Chromium or Chrome, then Playwright's own.
// Firefox: FIREFOX_PATH or Debian's firefox-esr. WebKit: WebKitGTK's WebDriver and MiniBrowser
// under xvfb-run, all three from Debian's packages.
// When an engine is missing and this machine can install Debian's packages (root, apt-get),
// ensureEngines() installs them and says so. Otherwise it names what is missing and how to get it:
// under CI=true that fails the run, locally the engine is skipped with a loud line.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

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

function fromEnv(name) {
  const path = process.env[name];
  if (!path) return undefined;
  if (!isExecutable(path)) throw new Error(`${name} is set to ${path}, which is not an executable.`);
  return path;
}

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB_RUN_PATHS = ['/usr/bin/xvfb-run'];

/** The Chromium to use, or undefined. */
export function findChromium() {
  return fromEnv('CHROME_PATH') ?? CHROMIUM_PATHS.find(isExecutable) ?? playwrightChromium();
}

/** The Firefox to use, or undefined. */
export function findFirefox() {
  return fromEnv('FIREFOX_PATH') ?? FIREFOX_PATHS.find(isExecutable);
}

/** WebKitGTK's WebDriver, its MiniBrowser and xvfb-run, or undefined when any is missing. */
export function findWebKit() {
  const driver = fromEnv('WEBKIT_WEBDRIVER_PATH') ?? WEBKIT_DRIVER_PATHS.find(isExecutable);
  const miniBrowser = fromEnv('WEBKIT_MINIBROWSER_PATH') ?? MINIBROWSER_PATHS.find(isExecutable);
  const xvfbRun = XVFB_RUN_PATHS.find(isExecutable);
  return driver && miniBrowser && xvfbRun ? { driver, miniBrowser, xvfbRun } : undefined;
}

/** Kept for the Chromium-only runners (examples, emulator end to end, benchmark, Storybook). */
export const findBrowser = findChromium;

/** Each engine: how to find it, and the Debian packages that provide it. */
export const ENGINES = {
  chromium: { label: 'Chromium', find: findChromium, packages: ['chromium'] },
  firefox: { label: 'Firefox', find: findFirefox, packages: ['firefox-esr'] },
  webkit: { label: 'WebKit', find: findWebKit, packages: ['webkit2gtk-driver', 'xvfb'] },
};
export const ENGINE_NAMES = Object.keys(ENGINES);

function canInstallDebianPackages() {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * The engines to test in, from B24_ENGINES (a comma list, `all` by default). Installs missing
 * engines from Debian's packages where it can. A missing engine fails under CI=true and is skipped
 * with a warning otherwise; no Chromium at all always fails.
 * @returns {{ engines: string[], missing: string[] }}
 */
export function ensureEngines({ ci = Boolean(process.env.CI && process.env.CI !== 'false'), wanted = requestedEngines() } = {}) {
  let missing = wanted.filter((name) => !ENGINES[name].find());
  if (missing.length && canInstallDebianPackages()) {
    const packages = missing.flatMap((name) => ENGINES[name].packages);
    console.log(`Missing ${missing.map((name) => ENGINES[name].label).join(', ')}: installing Debian's ${packages.join(' ')} (apt-get install -y)…`);
    const result = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')} >/dev/null`], { stdio: 'inherit' });
    if (result.status !== 0) console.error('apt-get failed.');
    missing = wanted.filter((name) => !ENGINES[name].find());
    for (const name of wanted.filter((engine) => !missing.includes(engine))) console.log(`${ENGINES[name].label}: ready.`);
  }
  for (const name of missing) {
    const { label, packages } = ENGINES[name];
    console.error(
      `\n!!! ${label} is not installed, so the browser tests ${ci ? 'cannot run in it: this fails the run (CI=true)' : 'SKIP it'}.\n` +
        `!!! Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}` +
        (name === 'chromium' ? ', or point CHROME_PATH at a Chromium-based browser' : name === 'firefox' ? ', or point FIREFOX_PATH at a Firefox' : '') +
        '.\n',
    );
  }
  if (missing.length && (ci || missing.includes('chromium'))) process.exit(1);
  return { engines: wanted.filter((name) => !missing.includes(name)), missing };
}

/** Scripts the catalogs are written in, each with a language whose glyphs show whether a font has them. */
const SCRIPT_FONTS = { Devanagari: 'hi', Arabic: 'ar', Thai: 'th', 'Chinese and Japanese': 'ja' };
/** Noto for Devanagari, Arabic and Thai; Droid Sans Fallback (1.8 MB) for Chinese and Japanese, where Noto CJK is 56 MB. */
const FONT_PACKAGES = ['fonts-noto-core', 'fonts-droid-fallback'];

/**
 * The layout tests measure text in every shipped language: without a font for its script, a
 * browser draws empty boxes of the wrong width and the measurement means nothing. Installs Debian's
 * Noto fonts where it can (root, apt-get), else says which scripts lack a font. Never fails the run.
 */
export function ensureFonts() {
  const lacking = () => Object.entries(SCRIPT_FONTS).filter(([, lang]) => !spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).stdout?.trim()).map(([script]) => script);
  if (spawnSync('sh', ['-c', 'command -v fc-list'], { stdio: 'ignore' }).status !== 0) return;
  let missing = lacking();
  if (missing.length && canInstallDebianPackages()) {
    console.log(`No font for ${missing.join(', ')}: installing Debian's ${FONT_PACKAGES.join(' ')} (apt-get install -y)…`);
    spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${FONT_PACKAGES.join(' ')} >/dev/null`], { stdio: 'inherit' });
    missing = lacking();
  }
  if (missing.length) console.warn(`!!! No font for ${missing.join(', ')}: the layout tests measure empty boxes in those languages. Debian/Ubuntu: sudo apt-get install ${FONT_PACKAGES.join(' ')}.`);
}

/** B24_ENGINES, e.g. `chromium,firefox`; every engine when unset or `all`. */
export function requestedEngines() {
  const value = (process.env.B24_ENGINES ?? 'all').trim();
  if (!value || value === 'all') return ENGINE_NAMES;
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES[name]);
  if (unknown.length) throw new Error(`B24_ENGINES names unknown engines: ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')}).`);
  return names;
}

