// examples/app and the emulator's --app, run as the README writes them:
//   NODE_EXTRA_CA_CERTS="$(npx b24-call-card-emulator --cert-path)" node examples/app/server.mjs --port P
//   npx b24-call-card-emulator --app http://localhost:P/install
// The emulator installs the app as a portal does (the ONAPPINSTALL event with a token of the app's own),
// the app binds its widget to CALL_CARD over the portal's REST, and a call registered through the
// webhook opens the card with the app's tab, loaded by POST. The panel says what the app did.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';
import { emulatorCertPath, freePort, runBackend, startEmulatorCli, startExampleApp } from './processes.mjs';

const home = mkdtempSync(join(tmpdir(), 'b24-app-'));
let port;
let trust;
let app;
let emulator;
let browser;

before(async () => {
  port = await freePort();
  trust = { NODE_EXTRA_CA_CERTS: await emulatorCertPath(home) };
  app = await startExampleApp(port, trust);
  emulator = await startEmulatorCli(['--app', `http://localhost:${port}/install`], home);
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  app?.stop();
  emulator?.stop();
  rmSync(home, { recursive: true, force: true });
});

/** The emulator's page, with what went to the app's handler and what the page threw. */
async function openCard() {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors = [];
  const loads = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => request.url().startsWith(`${app.origin}/widget`) && loads.push(request.method()));
  await page.goto(emulator.address);
  await page.waitForFunction(() => window.emulator);
  const apps = page.locator('b24-call-card-emulator fieldset.apps');
  return { context, page, errors, loads, apps };
}

const appNumber = (page) => page.frameLocator('iframe').locator('b24-call-status').evaluate((status) => status.shadowRoot.querySelector('[part~="number"]')?.textContent.trim());

it('installs the app, and a call registered through the webhook opens the card with its tab, loaded by POST, showing the call', async () => {
  assert.match(emulator.output, /bound CALL_CARD "Caller notes" → http:\/\/localhost:\d+\/widget/);
  assert.match(emulator.output, /installed \(HTTP 200\)/);
  assert.match(emulator.address, /^https:\/\/127\.0\.0\.1:\d+\/$/, 'no ?widget: the card shows the tabs apps bound');
  const { context, page, errors, loads, apps } = await openCard();
  try {
    assert.match(await apps.textContent(), /installed[\s\S]*"Caller notes" → http:\/\/localhost:\d+\/widget/);
    // Start from a closed card: the backend's call is what opens it.
    await page.evaluate(() => window.emulator.card.close());
    await page.waitForFunction(() => !document.querySelector('b24-call-card-emulator .frame iframe'));
    loads.length = 0;
    const registered = await runBackend('form-backend.mjs', emulator, 'register', '+49 30 555 0142');
    assert.match(registered.CALL_ID, /^externalCall\./);
    const tab = page.getByRole('tab', { name: 'Caller notes' });
    assert.equal(await tab.getAttribute('aria-selected'), 'true');
    await page.frameLocator('iframe').locator('b24-call-status[state="connecting"]').waitFor();
    assert.equal(await appNumber(page), '+49 30 555 0142');
    assert.deepEqual(loads, ['POST'], 'the card loaded the bound handler once, by POST');
    assert.equal(await page.frameLocator('iframe').locator('b24-call-card').evaluate((card) => card.controller?.connection.kind), 'b24-frame');
    const log = await page.evaluate(() => window.emulator.log.map((entry) => entry.text));
    assert.ok(log.some((line) => line.startsWith('REST telephony.externalcall.register (webhook) → 200')), 'the call came through the webhook');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

it('says in the panel what the app did: bound again on a reinstall, unbound on uninstall, and down', async () => {
  const { context, page, apps } = await openCard();
  const installUrl = `http://localhost:${port}/install`;
  const events = () => apps.locator('.app-events').textContent();
  try {
    await apps.getByRole('button', { name: 'Install again' }).click();
    await page.waitForFunction(() => /already bound/.test(document.querySelector('b24-call-card-emulator').shadowRoot.querySelector('.app-events')?.textContent ?? ''));
    assert.equal(await page.locator('b24-call-card-emulator .tabs-changed').count(), 0, 'a reinstall changed no tab');

    await apps.getByRole('button', { name: 'Uninstall' }).click();
    await page.locator('b24-call-card-emulator .tabs-changed').waitFor();
    assert.match(await events(), /uninstalled[\s\S]*unbound CALL_CARD "Caller notes"/);
    assert.match(await page.locator('b24-call-card-emulator .tabs-changed').textContent(), /"Caller notes" removed[\s\S]*reload/i);
    assert.equal(await page.getByRole('tab', { name: 'Caller notes' }).count(), 1, 'the portal keeps the tab until its page reloads');
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => window.emulator);
    assert.equal(await page.getByRole('tab', { name: 'Caller notes' }).count(), 0);
    assert.match(await page.locator('b24-call-card-emulator [role=alert]').first().textContent(), /No app has bound a CALL_CARD handler yet/);

    // The app is down: the install says so, in an alert, with what to do.
    app.stop();
    await new Promise((done) => setTimeout(done, 300));
    await apps.getByRole('button', { name: 'Install again' }).click();
    const down = apps.getByRole('alert');
    await down.waitFor();
    assert.match(await down.textContent(), new RegExp(`${installUrl} is down: the emulator could not reach it \\(ECONNREFUSED\\)`));
    assert.equal(await apps.locator('.app').getAttribute('data-status'), 'failed');

    // Up again, but not trusting the emulator's certificate: the install says how to fix it.
    app = await startExampleApp(port);
    await apps.getByRole('button', { name: 'Install again' }).click();
    await page.waitForFunction(() => /NODE_EXTRA_CA_CERTS/.test(document.querySelector('b24-call-card-emulator').shadowRoot.querySelector('.apps [role=alert]')?.textContent ?? ''));
    assert.match(await down.textContent(), /HTTP 502[\s\S]*SELF_SIGNED[\s\S]*NODE_EXTRA_CA_CERTS="\$\(npx b24-call-card-emulator --cert-path\)"/);

    // Trusting it: bound again, and the reload notice says the tab is back.
    app.stop();
    app = await startExampleApp(port, trust);
    await apps.getByRole('button', { name: 'Install again' }).click();
    await page.waitForFunction(() => document.querySelector('b24-call-card-emulator').shadowRoot.querySelector('.app')?.dataset.status === 'installed');
    assert.match(await page.locator('b24-call-card-emulator .tabs-changed').textContent(), /"Caller notes" added/);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('tab', { name: 'Caller notes' }).waitFor();
    await page.frameLocator('iframe').locator('b24-call-status[state]').waitFor();

    // The handler goes down while its tab is bound: the card says so when it loads the tab.
    app.stop();
    await new Promise((done) => setTimeout(done, 300));
    await page.reload();
    await page.waitForFunction(() => /handler .*\/widget is down/.test(document.querySelector('b24-call-card-emulator')?.loadProblem ?? ''));
    assert.match(await page.locator('b24-call-card-emulator .problem').first().textContent(), /ECONNREFUSED[\s\S]*tab stays blank/);
  } finally {
    await context.close();
  }
});
