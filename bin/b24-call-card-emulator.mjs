#!/usr/bin/env node
// npx b24-call-card-emulator <widget-url> [--port 4024] [--get]
// Serves a local Bitrix24 call card that loads <widget-url> in its CALL_CARD iframe and speaks the
// frame protocol to it. It loads the widget by POST, as a portal does (`--get` for dev servers that
// refuse POST). Open the printed address in a browser.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveStatic } from '../scripts/static-server.mjs';

const USAGE =
  'Usage: b24-call-card-emulator <widget-url> [--port 4024] [--get]\n' +
  '  --get  load the widget with GET instead of the portal\'s POST (for dev servers that refuse POST)\n' +
  'Example: b24-call-card-emulator http://localhost:5173/widget.html';
const DEFAULT_PORT = 4024;

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { port: { type: 'string' }, get: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
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

/** The port asked for; without one, 4024 or the next free one after it. */
async function listen() {
  if (port !== undefined) return serveStatic({ '/': root }, { port });
  for (let candidate = DEFAULT_PORT; candidate < DEFAULT_PORT + 20; candidate += 1) {
    try {
      return await serveStatic({ '/': root }, { port: candidate });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  return serveStatic({ '/': root }, { port: 0 });
}

let origin;
try {
  ({ origin } = await listen());
} catch (error) {
  console.error(`The emulator could not start: ${error.message}`);
  process.exit(1);
}
console.log(`Call card emulator: ${origin}/?widget=${encodeURIComponent(widget)}${values.get ? '&load=get' : ''}`);
console.log('The widget must be served from its own origin; the emulator names the iframe DOMAIN|PROTOCOL|APP_SID as a portal does.');
