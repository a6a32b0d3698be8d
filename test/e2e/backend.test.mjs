// A whole call driven by a telephony backend, the way an integrator runs it: the emulator started
// exactly as the README writes it, its printed webhook and certificate handed to a backend process
// (NODE_EXTRA_CA_CERTS), and the widget watched in the card. Two backends: the official SDK's
// REST client (B24Hook, JSON bodies) and plain fetch with form-encoded bodies (as PHP's CRest).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { runBackend as backend, startEmulatorCli } from './processes.mjs';

const STATE = mkdtempSync(join(tmpdir(), 'b24-emulator-backend-'));
let widgets;
let browser;

before(async () => {
  widgets = await serveStatic({ '/kit/': 'dist/drop-in', '/sdk/': 'node_modules/@bitrix24/b24jssdk/dist/umd', '/': 'test/e2e/widgets' }, { host: 'localhost' });
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  widgets?.server.close();
  rmSync(STATE, { recursive: true, force: true });
});

/** `npx b24-call-card-emulator <widget> …args`, as the README writes it. */
const startEmulator = (widget, ...args) => startEmulatorCli([widget, ...args], STATE);

for (const [client, script] of [
  ['sdk', 'sdk-backend.mjs'],
  ['classic', 'form-backend.mjs'],
]) {
  describe(`a backend (${script}) drives a whole call; the widget runs over ${client === 'sdk' ? '@bitrix24/b24jssdk' : 'the classic BX24 protocol'}`, () => {
    it('register opens the card with the number and the found contact; finish 486 shows "busy"', async () => {
      const emulator = await startEmulator(`${widgets.origin}/${client}.html?titles&outcome`);
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await page.goto(emulator.address);
        await page.waitForFunction(() => /webhook/.test(document.querySelector('b24-call-card-emulator')?.restStatus ?? ''));
        // Start from a closed card, so that the backend's call is what opens it.
        await page.evaluate(() => window.emulator.card.close());
        await page.waitForFunction(() => !document.querySelector('b24-call-card-emulator .frame iframe'));
        const started = Date.now();
        const registered = await backend(script, emulator, 'register', '+49 30 123456');
        assert.equal(registered.CRM_ENTITY_TYPE, 'CONTACT');
        assert.equal(registered.CRM_ENTITY_ID, 17);
        assert.equal(registered.CRM_CREATED_LEAD, null);
        assert.match(registered.CALL_ID, /^externalCall\./);
        const widget = () => page.frames().find((frame) => frame.url().startsWith(widgets.origin));
        await page.waitForFunction(() => document.querySelector('b24-call-card-emulator .frame iframe'));
        for (let tries = 0; !widget() && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
        const frame = widget();
        await frame.waitForFunction(() => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part=number]')?.textContent.trim() === '+49 30 123456');
        // The contact was found by its number, and its name comes from the portal's REST.
        await frame.waitForFunction(() => /Anna Schmidt/.test(document.querySelector('b24-crm-bindings')?.shadowRoot?.textContent ?? ''), undefined, { timeout: 10_000 });
        // Keep the card open after the call, so the outcome can be read.
        await frame.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
        await frame.evaluate(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').click());
        await frame.waitForFunction(() => document.querySelector('b24-autoclose-toggle').checked && document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').getAttribute('aria-busy') === 'false');
        const finished = await backend(script, emulator, 'finish', registered.CALL_ID, '486', '0');
        assert.equal(finished.CALL_ID, registered.CALL_ID);
        assert.equal(finished.CALL_FAILED_CODE, '486');
        await frame.waitForFunction(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'idle');
        await frame.waitForFunction(() => document.querySelector('b24-call-status').shadowRoot.querySelector('[part=failure]')?.textContent.trim() === 'The line is busy', undefined, { timeout: 10_000 });
        const elapsed = Date.now() - started;
        console.log(`${script}: register → card with contact → keep open → finish 486 → "busy" in ${elapsed} ms`);
        if (script === 'form-backend.mjs') {
          const records = await backend(script, emulator, 'records', registered.CALL_ID);
          assert.deepEqual(records.map((record) => [record.CALL_ID, record.CALL_FAILED_CODE]), [[registered.CALL_ID, '486']]);
        }
        const log = await page.evaluate(() => window.emulator.log.map((entry) => entry.text));
        assert.ok(log.some((line) => line.startsWith('REST telephony.externalcall.register (webhook) → 200')), 'the backend went through the webhook');
        assert.ok(log.some((line) => /^REST (batch|crm\.contact\.get) \(app\) → 200/.test(line)), `the widget went through its token: ${log.filter((line) => line.startsWith('REST')).join(' | ')}`);
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
        emulator.stop();
      }
    });
  });
}

for (const script of ['form-backend.mjs', 'sdk-backend.mjs', 'python-backend.py']) {
  describe(`the portal lives in the emulator's process (${script})`, () => {
    it('answers a backend with no browser open; a page opened later shows the card; a reload loses nothing; --state survives a restart', async () => {
      const stateFile = join(STATE, `portal-${script}.json`);
      const widget = `${widgets.origin}/classic.html`;
      let emulator = await startEmulator(widget, '--state', stateFile);
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      try {
        // No page: register and finish one call, and read its record back.
        const first = await backend(script, emulator, 'register', '+49 30 123456');
        const finished = await backend(script, emulator, 'finish', first.CALL_ID, '200', '42');
        assert.deepEqual([finished.CALL_ID, finished.CALL_FAILED_CODE, finished.CALL_DURATION], [first.CALL_ID, '200', 42], 'finish answers numbers, as the portal does');
        assert.deepEqual((await backend(script, emulator, 'records', first.CALL_ID)).map((record) => record.CALL_ID), [first.CALL_ID]);
        // A second call, still ringing; the page opened now shows it.
        const second = await backend(script, emulator, 'register', '+4930999888');
        const page = await context.newPage();
        await page.goto(emulator.address);
        const number = async () => {
          const frame = page.frames().find((candidate) => candidate.url().startsWith(widgets.origin));
          return frame?.evaluate(() => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part=number]')?.textContent.trim()).catch(() => undefined);
        };
        const shows = async (wanted) => {
          for (let tries = 0; tries < 200; tries += 1) {
            if ((await number()) === wanted) return true;
            await new Promise((done) => setTimeout(done, 50));
          }
          return false;
        };
        assert.ok(await shows('+4930999888'), 'the page opened after the call shows it');
        await page.reload();
        assert.ok(await shows('+4930999888'), 'after a reload the card shows the same call');
        // Restart with the same --state: the ringing call can be finished, and both records are there.
        emulator.stop();
        await new Promise((done) => setTimeout(done, 500));
        emulator = await startEmulator(widget, '--state', stateFile);
        const afterRestart = await backend(script, emulator, 'finish', second.CALL_ID, '486', '0');
        assert.equal(afterRestart.CALL_FAILED_CODE, '486');
        assert.deepEqual((await backend(script, emulator, 'records', first.CALL_ID)).map((record) => record.CALL_FAILED_CODE), ['200']);
      } finally {
        await context.close();
        emulator.stop();
      }
    });
  });
}
