// `npm run emulator`: the emulator on 127.0.0.1:4024 with two demo widgets from localhost:4025 (another
// origin, as on a portal): one over the classic BX24 protocol, one over @bitrix24/b24jssdk.
import { serveStatic } from './static-server.mjs';

const widgets = await serveStatic(
  { '/kit/': 'dist', '/sdk/': 'node_modules/@bitrix24/b24jssdk/dist/umd', '/': 'test/e2e/widgets' },
  { host: 'localhost', port: 4025 },
);
const emulator = await serveStatic({ '/': 'dist/emulator' }, { port: 4024 });
console.log(`Classic BX24 widget: ${emulator.origin}/?widget=${encodeURIComponent(`${widgets.origin}/classic.html`)}`);
console.log(`b24jssdk widget:     ${emulator.origin}/?widget=${encodeURIComponent(`${widgets.origin}/sdk.html`)}`);
console.log('Your own widget:     npx b24-call-card-emulator <widget-url>');
