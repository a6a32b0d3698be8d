#!/usr/bin/env node
// npx b24-call-card-emulator <widget-url> [--port 4024] [--get] [--http]
// A local Bitrix24 portal: user 1's call card loads <widget-url> in its CALL_CARD iframe (by POST,
// as a portal does) and speaks the frame protocol to it; the portal's REST answers the widget's
// token and a webhook, so a telephony backend can drive the call. Open the printed address.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulatorServer } from '../scripts/emulator-server.mjs';

const USAGE =
  'Usage: b24-call-card-emulator <widget-url> [--port 4024] [--get] [--http]\n' +
  '  --get   load the widget with GET instead of the portal\'s POST (for dev servers that refuse POST)\n' +
  '  --http  serve the portal over plain HTTP (the official REST client, B24Hook, needs HTTPS)\n' +
  'Example: b24-call-card-emulator http://localhost:5173/widget.html';
const DEFAULT_PORT = 4024;

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { port: { type: 'string' }, get: { type: 'boolean' }, http: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length ? `One widget URL, please; got ${positionals.length}.` : 'Give the address of your widget page.');
const widget = positionals[0];
let protocol;
try {
  ({ protocol } = new URL(widget));
} catch {
  fail(`Not a URL: ${widget}. Give the full address of your widget page, e.g. http://localhost:5173/widget.html`);
}
if (protocol !== 'http:' && protocol !== 'https:') fail(`The widget must be an http(s) page, not ${protocol}`);
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) fail(`Not a port: ${values.port}`);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'emulator');
let portal;
try {
  portal = await startEmulatorServer({
    root,
    https: !values.http,
    ...(port === undefined ? { ports: Array.from({ length: 20 }, (_, index) => DEFAULT_PORT + index) } : { port }),
  });
} catch (error) {
  console.error(`The emulator could not start: ${error.message}`);
  process.exit(1);
}
const { origin, webhook, certPath } = portal;
console.log(`Call card emulator: ${origin}/?widget=${encodeURIComponent(widget)}${values.get ? '&load=get' : ''}`);
console.log(`Webhook: ${webhook}`);
if (certPath) {
  console.log(`Certificate: ${certPath}`);
  console.log(`  A Node backend trusts it with: NODE_EXTRA_CA_CERTS=${certPath}`);
  console.log(`  curl trusts it with: --cacert ${certPath}`);
  console.log('  The browser asks once to accept it: open the emulator address and accept.');
}
console.log('REST answers while the emulator page is open: the portal (calls, CRM, records) lives in that page.');
