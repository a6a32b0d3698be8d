// The install handler against the emulator's portal, as a portal installs an app: the install page of
// an app with a UI (a POST with AUTH_ID, then BX24.installFinish) and the ONAPPINSTALL event of one
// without. The handler binds CALL_CARD over the portal's REST with the install's token.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVER = '../../dist/server/index.js';
const EMULATOR = '../../dist/emulator-server/emulator-server.js';
const { callCardInstallHandler, answerInstallRequest } = await import(SERVER);
const { startEmulatorServer } = await import(EMULATOR);

const stateDir = mkdtempSync(join(tmpdir(), 'b24-install-'));
const HANDLER = 'https://app.example.com/widget';
const OPTIONS = { handlerUrl: HANDLER, title: 'Caller notes' };
let emulator;
let host;
let app;
let appOrigin;

before(async () => {
  // Plain HTTP, so that this process reaches the portal's REST without trusting its certificate.
  emulator = await startEmulatorServer({ root: 'dist/emulator', stateDir, https: false });
  host = new URL(emulator.origin).host;
  app = createServer(callCardInstallHandler(OPTIONS));
  await new Promise((done) => app.listen(0, '127.0.0.1', done));
  appOrigin = `http://127.0.0.1:${app.address().port}`;
});
after(async () => {
  app?.close();
  await emulator?.close();
  rmSync(stateDir, { recursive: true, force: true });
});
beforeEach(() => emulator.portal.reset());

const post = (path, fields) => fetch(`${appOrigin}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
const tabs = () => emulator.portal.tabs.map(({ handler, title }) => `${title} ${handler}`);

describe('the install handler', () => {
  it('binds CALL_CARD from the install page of an app with a UI, and answers the page that finishes the install', async () => {
    const { AUTH_ID, REFRESH_ID, member_id } = emulator.portal.issueAuth();
    const response = await post(`/install?DOMAIN=${host}&PROTOCOL=0&LANG=de&APP_SID=sid`, { AUTH_ID, AUTH_EXPIRES: '3600', REFRESH_ID, member_id, status: 'L', PLACEMENT: 'DEFAULT', PLACEMENT_OPTIONS: '{}' });
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /BX24\.installFinish\(\)/);
    assert.match(page, /data-outcome="bound"/);
    assert.match(page, /<html lang="de">/);
    assert.deepEqual(tabs(), [`Caller notes ${HANDLER}`]);
    const again = await post(`/install?DOMAIN=${host}&PROTOCOL=0`, { AUTH_ID });
    assert.equal(again.status, 200, 'a reinstall is not an error');
    assert.match(await again.text(), /data-outcome="already-bound"/);
    assert.deepEqual(tabs(), [`Caller notes ${HANDLER}`]);
  });

  it('binds CALL_CARD on the ONAPPINSTALL event of an app without a UI', async () => {
    const { AUTH_ID } = emulator.portal.issueAuth();
    const response = await post('/install', {
      event: 'ONAPPINSTALL',
      'data[VERSION]': '1',
      'data[LANGUAGE_ID]': 'ru',
      'auth[access_token]': AUTH_ID,
      'auth[domain]': host,
      'auth[client_endpoint]': `http://${host}/rest/`,
      'auth[member_id]': 'member',
      'auth[application_token]': 'app-token',
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { installed: true, placement: 'CALL_CARD', outcome: 'bound' });
    assert.deepEqual(tabs(), [`Caller notes ${HANDLER}`]);
  });

  it("moves the tab when the app's handler moved (a new address): the app's old CALL_CARD handler is unbound, another app's is kept", async () => {
    const other = emulator.portal.issueAuth('https://other.example/install').AUTH_ID;
    const otherBound = await fetch(`${emulator.origin}/rest/placement.bind.json`, { method: 'POST', body: new URLSearchParams({ auth: other, PLACEMENT: 'CALL_CARD', HANDLER: 'https://old.example/widget', TITLE: 'Theirs' }) });
    assert.equal((await otherBound.json()).result, true);
    const { AUTH_ID } = emulator.portal.issueAuth();
    assert.match(await (await post(`/install?DOMAIN=${host}&PROTOCOL=0`, { AUTH_ID })).text(), /data-outcome="bound"/);
    const moved = { handlerUrl: 'https://new-tunnel.example/widget', title: 'Caller notes' };
    const answer = await answerInstallRequest({ method: 'POST', url: `/install?DOMAIN=${host}&PROTOCOL=0`, contentType: 'application/x-www-form-urlencoded', body: `AUTH_ID=${AUTH_ID}` }, moved);
    assert.equal(answer.status, 200);
    assert.match(answer.body, /data-outcome="moved"/);
    assert.deepEqual(tabs(), ['Theirs https://old.example/widget', 'Caller notes https://new-tunnel.example/widget']);
  });

  it('refuses what a portal never sends, a portal it may not install on, and says when the portal refuses or is down', async () => {
    const { AUTH_ID } = emulator.portal.issueAuth();
    const closed = createServer();
    await new Promise((done) => closed.listen(0, '127.0.0.1', done));
    const down = `127.0.0.1:${closed.address().port}`;
    await new Promise((done) => closed.close(done));
    const cases = [
      ['no token', post(`/install?DOMAIN=${host}&PROTOCOL=0`, {}), 400, /AUTH_ID is missing/],
      ['no domain', post('/install', { AUTH_ID }), 400, /DOMAIN is missing/],
      ['another event', post('/install', { event: 'ONAPPUNINSTALL', 'auth[access_token]': AUTH_ID }), 400, /takes ONAPPINSTALL/],
      ['REST elsewhere than the portal', post('/install', { event: 'ONAPPINSTALL', 'auth[access_token]': AUTH_ID, 'auth[domain]': host, 'auth[client_endpoint]': 'http://169.254.169.254/rest/' }), 400, /not the REST of auth\[domain\]/],
      ['a token the portal does not know', post(`/install?DOMAIN=${host}&PROTOCOL=0`, { AUTH_ID: 'forged' }), 502, /refused placement\.get: INVALID_CREDENTIALS/],
      ['a portal that is down', post(`/install?DOMAIN=${down}&PROTOCOL=0`, { AUTH_ID }), 502, /did not answer placement\.get: fetch failed \(ECONNREFUSED\)/],
      ['a JSON body', fetch(`${appOrigin}/install`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 415, /x-www-form-urlencoded/],
      ['a body of 1 MB', post(`/install?DOMAIN=${host}`, { AUTH_ID: 'x'.repeat(1024 * 1024) }), 413, /over 65536 bytes/],
    ];
    for (const [name, pending, status, message] of cases) {
      const response = await pending;
      assert.equal(response.status, status, name);
      assert.match(await response.text(), message, name);
    }
    assert.deepEqual(tabs(), [], 'nothing was bound');
    const elsewhere = await answerInstallRequest({ method: 'POST', url: `/install?DOMAIN=${host}&PROTOCOL=0`, contentType: 'application/x-www-form-urlencoded', body: `AUTH_ID=${AUTH_ID}` }, { ...OPTIONS, portals: (domain) => domain.endsWith('.bitrix24.com') });
    assert.equal(elsewhere.status, 403);
    assert.deepEqual(tabs(), []);
  });
});
