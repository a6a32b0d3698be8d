// `npm run emulator`: the emulator's portal on 127.0.0.1:4024 (HTTPS, REST and webhook, as the CLI
// starts it) with two demo widgets from localhost:4025 (another origin, as on a portal): one over the
// classic BX24 protocol, one over @bitrix24/b24jssdk. Both resolve titles and outcomes through REST.
import { startEmulatorServer } from '../emulator-server.mjs';
import { serveStatic } from '../static-server.mjs';

const widgets = await serveStatic(
  { '/kit/': 'dist/drop-in', '/sdk/': 'node_modules/@bitrix24/b24jssdk/dist/umd', '/': 'test/e2e/widgets' },
  { host: 'localhost', port: 4025 },
);
const emulator = await startEmulatorServer({ root: 'dist/emulator', port: 4024 });
const page = (client) => `${emulator.origin}/?widget=${encodeURIComponent(`${widgets.origin}/${client}.html?titles&outcome`)}`;
console.log(`Classic BX24 widget: ${page('classic')}`);
console.log(`b24jssdk widget:     ${page('sdk')}`);
console.log(`Webhook:             ${emulator.webhook}`);
console.log(`Certificate:         ${emulator.certPath} (accept it in the browser once)`);
console.log('Your own widget:     npx b24-call-card-emulator <widget-url>');
