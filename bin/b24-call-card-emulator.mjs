#!/usr/bin/env node
// npx b24-call-card-emulator [<widget-url>] [--app <install-url>]… [--port 4024] [--state <file>] [--get] [--http]
// A local Bitrix24 portal. The portal (calls, CRM, call records, tokens, apps) lives in this process:
// its REST answers the widget's token, an installed app's and a webhook with no page open. User 1's
// call card, in the page it prints, loads <widget-url> and the tab of each handler an app bound to
// CALL_CARD in its iframe (by POST, as a portal does).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE =
  'Usage: b24-call-card-emulator [<widget-url>] [--app <install-url>]... [--port 4024] [--state <file>] [--get] [--http]\n' +
  '       b24-call-card-emulator --cert-path\n' +
  '  --app <url>     install the app at <url> as a portal does: POST its ONAPPINSTALL event with a token of its own;\n' +
  '                  the card shows each handler it binds to CALL_CARD as a tab (repeat for more apps)\n' +
  '  --cert-path     print the path of the emulator\'s certificate (made if missing) and exit, for\n' +
  '                  NODE_EXTRA_CA_CERTS="$(npx b24-call-card-emulator --cert-path)" node your-app.mjs\n' +
  '  --state <file>  keep the portal (calls, CRM, records, tokens) in <file> across restarts\n' +
  '  --get           load the widget with GET instead of the portal\'s POST (for dev servers that refuse POST);\n' +
  '                  the portal\'s fields then come in the query string\n' +
  '  --http          serve the portal over plain HTTP (the official REST client, B24Hook, needs HTTPS)\n' +
  'Examples: b24-call-card-emulator http://localhost:5173/widget.html\n' +
  '          b24-call-card-emulator --app http://localhost:4030/install';
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
    options: {
      port: { type: 'string' },
      state: { type: 'string' },
      get: { type: 'boolean' },
      http: { type: 'boolean' },
      app: { type: 'string', multiple: true },
      'cert-path': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const server = join(dist, 'emulator-server', 'emulator-server.js');
if (!existsSync(server)) {
  console.error(`The emulator is not built: ${server} is missing. In the kit's repository, run \`npm run build\` first.`);
  process.exit(1);
}
const { startEmulatorServer, StateFileError, ensureCertificate, defaultStateDir } = await import(server);
if (values['cert-path']) {
  console.log((await ensureCertificate(defaultStateDir())).certPath);
  process.exit(0);
}

const apps = values.app ?? [];
if (positionals.length > 1) fail(`One widget URL, please; got ${positionals.length}.`);
if (positionals.length === 0 && apps.length === 0) fail('Give the address of your widget page, or an app to install with --app <install-url>.');
/** Exits with a clear message unless `url` is a full http(s) address. */
function checkUrl(url, what, example) {
  let protocol;
  try {
    ({ protocol } = new URL(url));
  } catch {
    fail(`Not a URL: ${url}. Give the full address of ${what}, e.g. ${example}`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') fail(`${what[0].toUpperCase()}${what.slice(1)} must be an http(s) address, not ${protocol}`);
}
const widget = positionals[0];
if (widget !== undefined) checkUrl(widget, 'your widget page', 'http://localhost:5173/widget.html');
for (const app of apps) checkUrl(app, "the app's install URL", 'http://localhost:4030/install');
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) fail(`Not a port: ${values.port}`);
if (values.state === '') fail('--state needs a file name.');
const stateFile = values.state === undefined ? undefined : resolve(values.state);
if (stateFile && !existsSync(dirname(stateFile))) fail(`--state: the folder ${dirname(stateFile)} does not exist.`);

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
for (const app of apps) {
  console.log(`Installing ${app} …`);
  const installed = await portal.apps.install(app);
  for (const event of installed.events.slice(1)) console.log(`  ${event.text}`);
}
const query = [...(widget === undefined ? [] : [`widget=${encodeURIComponent(widget)}`]), ...(values.get ? ['load=get'] : [])].join('&');
console.log(`Call card emulator: ${origin}/${query ? `?${query}` : ''}`);
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
