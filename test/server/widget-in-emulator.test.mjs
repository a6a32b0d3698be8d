// The server module's widget handler as a portal uses it: the emulator loads the handler by POST into
// the card's frame, the page the handler made connects through the classic library, and the kit's
// tags show the call.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';
import { staticHandler } from '../../scripts/static-server.mjs';

const SERVER = '../../dist/server/index.js';
const EMULATOR = '../../dist/emulator-server/emulator-server.js';
const { callCardWidgetHandler } = await import(SERVER);
const { startEmulatorServer } = await import(EMULATOR);

const stateDir = mkdtempSync(join(tmpdir(), 'b24-server-'));
let emulator;
let app;
let appOrigin;
let browser;
const posts = [];

before(async () => {
  emulator = await startEmulatorServer({ root: 'dist/emulator', stateDir });
  const widget = callCardWidgetHandler({ kitUrl: '/kit/b24-call-card-kit.js', bx24Url: '/classic-bx24.js' });
  const files = staticHandler({ '/kit/': 'dist/drop-in', '/classic-bx24.js': 'test/e2e/widgets/classic-bx24.js' });
  // localhost, not 127.0.0.1: another origin than the emulator's, as an app's server is.
  app = createServer((request, response) => {
    if (!request.url.startsWith('/widget')) return files(request, response);
    // The emulator's server first checks that the handler takes a POST (its probe); then the card's frame loads it.
    posts.push(`${request.method} ${request.headers['sec-fetch-dest'] ?? 'probe'}`);
    return widget(request, response);
  });
  await new Promise((done) => app.listen(0, 'localhost', done));
  appOrigin = `http://localhost:${app.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  app?.close();
  await emulator?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

it('serves a widget the emulator loads by POST, which shows the call with the kit\'s tags', async () => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${emulator.origin}/?widget=${encodeURIComponent(`${appOrigin}/widget`)}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('b24-call-status[state="connecting"]').waitFor();
  assert.deepEqual(posts.toSorted(), ['POST iframe', 'POST probe']);
  assert.equal(await page.evaluate(() => document.querySelector('b24-call-card-emulator').loadProblem), null, 'the probe found the handler takes the POST');
  const number = await frame.locator('b24-call-status').evaluate((status) => status.shadowRoot.querySelector('[part~="number"]').textContent.trim());
  assert.equal(number, '+4930123456');
  // The page came with the card rendered on the server, and the drop-in took that markup over (Lit's
  // hydration keeps the server's part markers; a render of its own would have put the browser's in).
  const markup = await frame.locator('b24-call-status').evaluate((status) => status.shadowRoot.querySelector('[part~="number"]').innerHTML);
  assert.match(markup, /^<!--lit-part-->\+4930123456<!--\/lit-part-->$/);
  assert.equal(await frame.locator('b24-call-card').evaluate((card) => card.connection?.kind ?? card.controller?.connection.kind), 'bx24');
  assert.deepEqual(errors, []);
  await context.close();
});
