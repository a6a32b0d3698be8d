#!/usr/bin/env node
// npx b24-call-card-emulator <widget-url> [--port 4024] [--state <file>] [--get] [--http]
// A local Bitrix24 portal. The portal (calls, CRM, call records, tokens) lives in this process: its
// REST answers the widget's token and a webhook with no page open. User 1's call card, in the page
// it prints, loads <widget-url> in its CALL_CARD iframe (by POST, as a portal does).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE =
  'Usage: b24-call-card-emulator <widget-url> [--port 4024] [--state <file>] [--get] [--http]\n' +
  '  --state <file>  keep the portal (calls, CRM, records, tokens) in <file> across restarts\n' +
  '  --get           load the widget with GET instead of the portal\'s POST (for dev servers that refuse POST);\n' +
  '                  the portal\'s fields then come in the query string\n' +
  '  --http          serve the portal over plain HTTP (the official REST client, B24Hook, needs HTTPS)\n' +
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
    options: { port: { type: 'string' }, state: { type: 'string' }, get: { type: 'boolean' }, http: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
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
if (values.state === '') fail('--state needs a file name.');
const stateFile = values.state === undefined ? undefined : resolve(values.state);
if (stateFile && !existsSync(dirname(stateFile))) fail(`--state: the folder ${dirname(stateFile)} does not exist.`);

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const server = join(dist, 'emulator-server', 'emulator-server.js');
if (!existsSync(server)) {
  console.error(`The emulator is not built: ${server} is missing. In the kit's repository, run \`npm run build\` first.`);
  process.exit(1);
}
const { startEmulatorServer, StateFileError } = await import(server);
let portal;
try {
  portal = await startEmulatorServer({
    root: join(dist, 'emulator'),
    https: !values.http,
    ...(stateFile ? { stateFile } : {}),
    ...(port === undefined ? { ports: Array.from({ length: 20 }, (_, index) => DEFAULT_PORT + index) } : { port }),
  });
} catch (error) {
  console.error(error instanceof StateFileError ? error.message : `The emulator could not start: ${error.message}`);
  process.exit(1);
}
const { origin, webhook, certPath } = portal;
console.log(`Call card emulator: ${origin}/?widget=${encodeURIComponent(widget)}${values.get ? '&load=get' : ''}`);
console.log(`Webhook: ${webhook}`);
if (values.get) console.log('--get: the widget loads by GET; the portal\'s fields (AUTH_ID, PLACEMENT, PLACEMENT_OPTIONS, …) come in its query string, not in a POST body.');
if (certPath) {
  console.log(`Certificate: ${certPath}`);
  console.log('  Trust it for your backend:');
  console.log(`    Node:   NODE_EXTRA_CA_CERTS=${certPath}`);
  console.log(`    curl:   --cacert ${certPath}`);
  console.log(`    PHP:    curl.cainfo=${certPath} in php.ini (or curl_setopt($ch, CURLOPT_CAINFO, '${certPath}'))`);
  console.log(`    Python: SSL_CERT_FILE=${certPath} (httpx, aiohttp, urllib); REQUESTS_CA_BUNDLE=${certPath} (requests)`);
  console.log('  The browser asks once to accept it: open the emulator address and accept.');
}
console.log(
  stateFile
    ? `The portal is kept in ${stateFile}: REST answers with no page open, and a restart with the same --state finds every call again.`
    : 'REST answers with no page open: the portal lives in this process until you stop it (--state <file> keeps it across restarts).',
);

const stop = async () => {
  await portal.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
