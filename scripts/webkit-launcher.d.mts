import type { WebKitPaths } from './browsers.mjs';

/** Starts WebKitWebDriver under xvfb-run on a free port. */
export function startWebKitDriver(paths: WebKitPaths): Promise<{ port: number; stop: () => void }>;
/** WebDriver capabilities for MiniBrowser in automation mode. */
export function miniBrowserCapabilities(paths: WebKitPaths, options?: { darkMode?: boolean }): Record<string, unknown>;
/** A @web/test-runner launcher for WebKitGTK's MiniBrowser. */
export function webkitLauncher(paths: WebKitPaths, options?: { darkMode?: boolean }): unknown;
