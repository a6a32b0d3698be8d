// The emulator's command exactly as the README writes it, and its server's safety: malformed
// escapes and paths that climb out of its folder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stopper } from './processes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const README_WIDGET = 'http://localhost:5173/widget.html';
/** Where the emulator keeps its certificate and webhook secret for these tests (not the user's ~/.cache). */
const STATE = mkdtempSync(join(tmpdir(), 'b24-emulator-cli-'));

/** A request over HTTPS trusting only `ca` (the certificate the emulator printed), as NODE_EXTRA_CA_CERTS would. */
function send(url, ca, options = {}) {
  return new Promise((done, failed) => {
    request(url, { ca, ...options }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, text: body }));
    })
      .on('error', failed)
      .end();
  });
}

const get = (url, ca) => send(url, ca);

/** Runs `npx b24-call-card-emulator …args` in the repository; resolves with its output once `until` matches it, or once it exits. */
function run(args, until) {
  // Its own process group: npx runs the emulator as a child, and stopping npx alone would leave it serving.
  const child = spawn('npx', ['b24-call-card-emulator', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, B24_EMULATOR_HOME: STATE } });
  child.stop = stopper(child);
  let output = '';
  return new Promise((done, failed) => {
    const timer = setTimeout(() => {
      child.stop();
      failed(new Error(`timed out; output so far:\n${output}`));
    }, 30_000);
    const read = (chunk) => {
      output += chunk;
      if (until && until.test(output)) {
        clearTimeout(timer);
        done({ child, output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ child, output, code });
    });
  });
}

describe('npx b24-call-card-emulator, as the README writes it', () => {
  it('starts with just the widget URL (no --port), prints its HTTPS address, webhook and certificate, and serves the emulator', async () => {
    const { child, output } = await run([README_WIDGET], /REST answers/);
    try {
      const address = /Call card emulator: (\S+)/.exec(output)[1];
      const url = new URL(address);
      assert.equal(url.protocol, 'https:');
      assert.equal(url.searchParams.get('widget'), README_WIDGET);
      const webhook = /Webhook: (\S+)/.exec(output)[1];
      assert.match(webhook, new RegExp(`^${url.origin}/rest/1/[0-9a-f]{16}/$`));
      const certPath = /NODE_EXTRA_CA_CERTS=(\S+)/.exec(output)[1];
      assert.ok(certPath.startsWith(STATE), 'the certificate is kept outside the project');
      const ca = readFileSync(certPath);
      const page = await get(address, ca);
      assert.equal(page.status, 200);
      assert.match(page.text, /Bitrix24 call card emulator/);
      // The portal lives in the emulator's process: REST answers with no page open.
      const deal = await get(`${webhook}crm.deal.get.json?id=42`, ca);
      assert.equal(deal.status, 200);
      assert.equal(JSON.parse(deal.text).result.TITLE, 'Annual support contract');
      // It says how each kind of backend trusts its certificate.
      for (const line of [/Node: +NODE_EXTRA_CA_CERTS=/, /curl: +--cacert /, /PHP: +curl\.cainfo=/, /Python: +SSL_CERT_FILE=.*REQUESTS_CA_BUNDLE=/]) assert.match(output, line);
      assert.equal((await get(`${url.origin}/rest/1/wrong/crm.deal.get.json`, ca)).status, 401);
      assert.equal(JSON.parse((await get(`${url.origin}/rest/crm.deal.get.json`, ca)).text).error, 'NO_AUTH_FOUND');
      // Open CORS for a widget's preflight (the SDK posts JSON).
      const preflight = await send(`${url.origin}/rest/batch.json`, ca, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], 'http://localhost:5173');
      assert.equal(preflight.headers['access-control-allow-headers'], 'content-type');
      // The portal's rate limit: a burst of 50, then QUERY_LIMIT_EXCEEDED.
      const burst = await Promise.all(Array.from({ length: 60 }, () => get(`${webhook}crm.deal.get.json?id=42`, ca)));
      const limited = burst.filter((answer) => answer.status === 503 && JSON.parse(answer.text).error === 'QUERY_LIMIT_EXCEEDED');
      assert.ok(limited.length >= 9 && limited.length <= 11, `${limited.length} of 60 over the limit`);
      // Safe to run: a malformed escape is a 400, not a crash; no path climbs out of its folder.
      assert.equal((await get(`${url.origin}/%E0%A4%A`, ca)).status, 400);
      for (const path of ['/..%2f..', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json']) {
        assert.equal((await get(`${url.origin}${path}`, ca)).status, 404, path);
      }
      assert.equal((await get(address, ca)).status, 200, 'still serving');
    } finally {
      child.stop();
    }
  });

  it('serves plain HTTP with --http, with the same webhook', async () => {
    const { child, output } = await run([README_WIDGET, '--http'], /REST answers/);
    try {
      const address = /Call card emulator: (\S+)/.exec(output)[1];
      assert.equal(new URL(address).protocol, 'http:');
      assert.doesNotMatch(output, /Certificate:/);
      assert.equal((await fetch(address)).status, 200);
    } finally {
      child.stop();
    }
  });

  it("answers attachRecord with only a FILENAME with an upload address on the portal, which takes the file", async () => {
    const { child, output } = await run([README_WIDGET, '--http'], /REST answers/);
    try {
      const webhook = /Webhook: (\S+)/.exec(output)[1];
      const call = (await (await fetch(`${webhook}telephony.externalcall.register.json?USER_ID=1&PHONE_NUMBER=%2B4930123456&TYPE=2`)).json()).result;
      const upload = (await (await fetch(`${webhook}telephony.externalCall.attachRecord.json?CALL_ID=${call.CALL_ID}&FILENAME=call.mp3`)).json()).result;
      assert.equal(upload.fieldName, 'file');
      assert.ok(upload.uploadUrl.startsWith(new URL(webhook).origin + '/rest/'), upload.uploadUrl);
      const form = new FormData();
      form.append('file', new Blob(['ID3']), 'call.mp3');
      const uploaded = await (await fetch(upload.uploadUrl, { method: 'POST', body: form })).json();
      assert.equal(typeof uploaded.result.FILE_ID, 'number');
    } finally {
      child.stop();
    }
  });

  it('with --get, says that the portal\'s fields come in the query string', async () => {
    const { child, output } = await run([README_WIDGET, '--http', '--get'], /REST answers/);
    try {
      assert.match(/Call card emulator: (\S+)/.exec(output)[1], /&load=get$/);
      assert.match(output, /--get: .*query string/);
    } finally {
      child.stop();
    }
  });

  it('refuses a --state file that is not a saved portal, and leaves it as it was', async () => {
    const file = join(STATE, 'not-a-portal.json');
    writeFileSync(file, '{"version": 1, "crm": {}');
    const corrupt = await run([README_WIDGET, '--http', '--state', file]);
    assert.equal(corrupt.code, 1);
    assert.match(corrupt.output, /state file .*not-a-portal\.json is not JSON.*left as it is/s);
    assert.equal(readFileSync(file, 'utf8'), '{"version": 1, "crm": {}');
    writeFileSync(file, '{"version": 1, "crm": {}, "records": {}, "placements": [], "calls": [], "tokens": {}, "card": {}}');
    const wrongShape = await run([README_WIDGET, '--http', '--state', file]);
    assert.equal(wrongShape.code, 1);
    assert.match(wrongShape.output, /not a portal this emulator saved \(records is not an array\)/);
  });

  it('--cert-path prints the certificate, made if missing, for NODE_EXTRA_CA_CERTS', async () => {
    const { code, output } = await run(['--cert-path']);
    assert.equal(code, 0);
    assert.equal(output.trim(), join(STATE, 'localhost-cert.pem'));
    assert.match(readFileSync(output.trim(), 'utf8'), /^-----BEGIN CERTIFICATE-----/);
  });

  it('refuses what is not an http(s) widget, and says how to call it', async () => {
    const script = await run(['javascript:alert(1)']);
    assert.equal(script.code, 2);
    assert.match(script.output, /Your widget page must be an http\(s\) address, not javascript:/);
    const app = await run(['--app', 'file:///etc/passwd']);
    assert.equal(app.code, 2);
    assert.match(app.output, /The app's install URL must be an http\(s\) address, not file:/);
    const none = await run([]);
    assert.equal(none.code, 2);
    assert.match(none.output, /Give the address of your widget page, or an app to install with --app <install-url>\.\nUsage: b24-call-card-emulator \[<widget-url>\] \[--app <install-url>\]/);
  });
});
