// The emulator as a test meets it: its portal over HTTPS (as the CLI starts it), the same page on a
// plain file server (no REST), and test widgets on another origin (localhost), in Chromium.
import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

/** The built server (`npm test` builds dist/ first); by a variable, so that the type checker does not read the bundle. */
const SERVER = '../../dist/emulator-server/emulator-server.js';
const { startEmulatorServer } = await import(SERVER);

export async function waitFor(predicate, timeout = 5000) {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function waitForAsync(predicate, timeout = 5000) {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts the servers and the browser before the file's tests and stops them after. Returns the
 * session: its origins and browser context (filled in once `before` ran) and `openEmulator`.
 */
export function emulatorSession() {
  const session = { portal: null, hostOrigin: '', plainOrigin: '', widgetOrigin: '', context: null, openEmulator };
  let browser;
  const servers = [];
  const stateDir = mkdtempSync(join(tmpdir(), 'b24-emulator-'));

  before(async () => {
    session.portal = await startEmulatorServer({ root: 'dist/emulator', stateDir });
    const plain = await serveStatic({ '/': 'dist/emulator' });
    const widgets = await serveStatic({ '/kit/': 'dist/drop-in', '/sdk/': 'node_modules/@bitrix24/b24jssdk/dist/umd', '/': 'test/e2e/widgets' }, { host: 'localhost' });
    servers.push(plain.server, widgets.server);
    session.hostOrigin = session.portal.origin;
    session.plainOrigin = plain.origin;
    session.widgetOrigin = widgets.origin;
    browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
    // The emulator's certificate is self-signed, as a developer's would be before they accept it.
    session.context = await browser.newContext({ ignoreHTTPSErrors: true });
  });

  after(async () => {
    await browser?.close();
    await session.portal?.close();
    for (const server of servers) server.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  /**
   * Opens the emulator on a widget; `emulator(fn)` runs in the host page, `widget(fn)` inside the
   * iframe. `{plain: true}` serves the emulator page from a plain file server, without REST;
   * `prepare(page)` runs before the page loads.
   */
  async function openEmulator(client, query = '', { plain = false, prepare } = {}) {
    const { widgetOrigin } = session;
    const origin = plain ? session.plainOrigin : session.hostOrigin;
    // Each test starts from a fresh portal: it lives in the server, and outlives every page.
    if (!plain) session.portal.portal.reset();
    const page = await session.context.newPage();
    const pageErrors = [];
    const requests = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), body: request.postData() }));
    await prepare?.(page);
    await page.goto(`${origin}/?widget=${encodeURIComponent(`${widgetOrigin}/${client}.html${query}`)}`);
    await page.waitForFunction(() => window.emulator);
    const frame = () => page.frames().find((candidate) => candidate.url().startsWith(widgetOrigin));
    await waitFor(() => frame());
    const widget = (fn, arg) => frame().evaluate(fn, arg);
    const emulator = (fn, arg) => page.evaluate(fn, arg);
    const until = (fn, arg, timeout = 5000) => frame().waitForFunction(fn, arg, { timeout });
    const state = () => widget(() => document.querySelector('b24-call-status')?.getAttribute('state'));
    const part = (tag, name) => widget(([t, n]) => document.querySelector(t)?.shadowRoot?.querySelector(`[part~="${n}"]`)?.textContent?.trim() ?? null, [tag, name]);
    const hostLog = () => emulator(() => window.emulator.log.map((entry) => `${entry.direction} ${entry.text}`));
    const errors = async () => [...pageErrors, ...(await widget(() => window.__errors ?? []))];
    return { page, frame, widget, emulator, until, state, part, hostLog, errors, requests, pageErrors };
  }

  return session;
}
