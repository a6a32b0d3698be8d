#!/usr/bin/env node
// npx b24-call-card-emulator <widget-url> [--port 4024]
// Serves a local Bitrix24 call card that loads <widget-url> in its CALL_CARD iframe and speaks the
// frame protocol to it. Open the printed address in a browser.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/static-server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 4024;
const widget = args.find((arg, index) => !arg.startsWith('--') && index !== portIndex + 1);
if (!widget) {
  console.error('Usage: b24-call-card-emulator <widget-url> [--port 4024]\nExample: b24-call-card-emulator http://localhost:5173/widget.html');
  process.exit(2);
}
try {
  new URL(widget);
} catch {
  console.error(`Not a URL: ${widget}. Give the full address of your widget page, e.g. http://localhost:5173/widget.html`);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'emulator');
const { origin } = await serveStatic({ '/': root }, { port });
console.log(`Call card emulator: ${origin}/?widget=${encodeURIComponent(widget)}`);
console.log('The widget must be served from its own origin; the emulator names the iframe DOMAIN|PROTOCOL|APP_SID as a portal does.');
