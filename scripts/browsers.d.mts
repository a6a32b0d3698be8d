/** Flags for a headless Chromium on a closed network, running as root in CI. */
export const CHROMIUM_ARGS: string[];
/** The Chromium to use: CHROME_PATH, a system Chromium or Chrome, or Playwright's own; undefined when none. */
export function findChromium(): string | undefined;
/** Same as findChromium, for the Chromium-only runners. */
export const findBrowser: typeof findChromium;
/** The Firefox to use: FIREFOX_PATH or Debian's firefox-esr; undefined when none. */
export function findFirefox(): string | undefined;
export interface WebKitPaths {
  driver: string;
  miniBrowser: string;
  xvfbRun: string;
}
/** WebKitGTK's WebDriver, its MiniBrowser and xvfb-run; undefined when any is missing. */
export function findWebKit(): WebKitPaths | undefined;
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINE_NAMES: EngineName[];
export const ENGINES: Record<EngineName, { label: string; find: () => unknown; packages: string[] }>;
/** The engines B24_ENGINES asks for; all three when unset. */
export function requestedEngines(): EngineName[];
/** Finds or installs the engines; exits when one is missing under CI=true. */
export function ensureEngines(options?: { ci?: boolean; wanted?: EngineName[] }): { engines: EngineName[]; missing: EngineName[] };
export function ensureFonts(): void;
