// examples/app as a user runs it, with the emulator as the portal: the app's install binds its widget to
// the call card over the portal's REST with the install's token; on the next page load the card shows the
// app's tab, which loads the handler by POST and shows the call with the kit's tags.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';

const EMULATOR = '../../dist/emulator-server/emulator-server.js';
const { startEmulatorServer } = await import(EMULATOR);

const stateDir = mkdtempSync(join(tmpdir(), 'b24-app-'));
let emulator;
let app;
let appOrigin;
let browser;

before(async () => {
  emulator = await startEmulatorServer({ root: 'dist/emulator', stateDir });
  // As the emulator's CLI tells Node to trust its certificate.
  app = spawn(process.execPath, ['examples/app/server.mjs', '--port', '0'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: emulator.certPath }, stdio: ['ignore', 'pipe', 'inherit'] });
  appOrigin = await new Promise((resolve, reject) => {
    let printed = '';
    app.stdout.on('data', (chunk) => {
      printed += chunk;
      const found = /Install URL: (http:\/\/localhost:\d+)\/install/.exec(printed);
      if (found) resolve(found[1]);
    });
    app.once('exit', (code) => reject(new Error(`the app exited with ${code}: ${printed}`)));
  });
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  app?.kill();
  await emulator?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

it('installs, binds its tab, and shows the call in it, loaded by POST', async () => {
  const { AUTH_ID, REFRESH_ID, member_id } = emulator.portal.issueAuth();
  const host = new URL(emulator.origin).host;
  const installed = await fetch(`${appOrigin}/install?DOMAIN=${host}&PROTOCOL=1&LANG=en&APP_SID=install`, {
    method: 'POST',
    body: new URLSearchParams({ AUTH_ID, AUTH_EXPIRES: '3600', REFRESH_ID, member_id, status: 'L', PLACEMENT: 'DEFAULT', PLACEMENT_OPTIONS: '{}' }),
  });
  assert.equal(installed.status, 200, await installed.clone().text());
  assert.match(await installed.text(), /BX24\.installFinish\(\)/);
  assert.deepEqual(emulator.portal.tabs.map(({ title, handler }) => [title, handler]), [['Caller notes', `${appOrigin}/widget`]]);

  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const loads = [];
  page.on('request', (request) => request.url().startsWith(`${appOrigin}/widget`) && loads.push(request.method()));
  // The card builds its tabs when the portal page loads: the widget given to the emulator, then the app's.
  await page.goto(`${emulator.origin}/?widget=${encodeURIComponent(`${appOrigin}/widget`)}`);
  await page.getByRole('tab', { name: 'Caller notes' }).click();
  const frame = page.frameLocator('iframe');
  await frame.locator('b24-call-status[state="connecting"]').waitFor();
  assert.ok(loads.length >= 1 && loads.every((method) => method === 'POST'), loads.join());
  const number = await frame.locator('b24-call-status').evaluate((status) => status.shadowRoot.querySelector('[part~="number"]').textContent.trim());
  assert.equal(number, '+4930123456');
  assert.equal(await frame.locator('b24-call-card').evaluate((card) => card.controller?.connection.kind), 'b24-frame');
  assert.deepEqual(errors, []);
  await context.close();
});
