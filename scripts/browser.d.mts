/** Flags for a headless Chromium on a closed network, running as root in CI. */
export const CHROMIUM_ARGS: string[];
/** The browser to use: CHROME_PATH, a system Chromium or Chrome, or Playwright's own; undefined when none. */
export function findBrowser(): string | undefined;
/** Finds a browser, installing Debian's chromium when possible; exits with advice otherwise. */
export function ensureBrowser(): string;
