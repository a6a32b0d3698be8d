// `npm run emulator`: the emulator's portal on 127.0.0.1:4024 (HTTPS, REST and webhook, as the CLI
// starts it) with its demo widget on localhost:4025 (another origin, as on a portal): the kit over
// @bitrix24/b24jssdk, resolving titles and the call's outcome through REST. Run `npm run build` first
// (`npm run emulator` does).
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';

// The built server; by a variable, so that the type checker does not read the bundle.
const SERVER = '../../dist/emulator-server/emulator-server.js';
const { startEmulatorServer } = await import(SERVER);

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const widgets = await serveStatic(
  { '/kit/': here('../../dist/drop-in'), '/sdk/': here('../../node_modules/@bitrix24/b24jssdk/dist/umd'), '/': here('.') },
  { host: 'localhost', port: 4025 },
);
const emulator = await startEmulatorServer({ root: here('../../dist/emulator'), port: 4024 });
console.log(`Demo widget: ${emulator.origin}/?widget=${encodeURIComponent(`${widgets.origin}/widget.html`)}`);
console.log(`Webhook:     ${emulator.webhook}`);
console.log(`Certificate: ${emulator.certPath} (accept it in the browser once)`);
console.log('Your own widget: npx b24-call-card-emulator <widget-url>');
