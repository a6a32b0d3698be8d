// A complete CALL_CARD app on b24-call-card-kit/server: `node examples/app/server.mjs [--port N] [--public-url URL]`.
// - /install: the app's install URL. It binds /widget to the call card with the install's own token.
// - /widget:  the widget's handler, which the card loads by POST: the kit's tags over @bitrix24/b24jssdk.
// - /kit/ and /sdk/: the kit's drop-in folder and the SDK's browser build, served whole.
// On a real portal the handler must be HTTPS: pass the public address (a tunnel, say) with --public-url.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { callCardInstallHandler, callCardWidgetHandler } from 'b24-call-card-kit/server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4030' }, 'public-url': { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port takes a port number, not ${values.port}.`);
  process.exit(1);
}

const folderOf = (specifier) => dirname(fileURLToPath(import.meta.resolve(specifier)));
const files = {
  '/kit/': folderOf('b24-call-card-kit/bundle'),
  '/sdk/': join(folderOf('@bitrix24/b24jssdk'), '../umd'),
};
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' };

/** A file under one of `files`, or `undefined` (never outside the folder). */
function fileFor(pathname) {
  const prefix = Object.keys(files).find((candidate) => pathname.startsWith(candidate));
  if (!prefix) return undefined;
  const folder = resolve(files[prefix]);
  const file = resolve(folder, `.${sep}${decodeURIComponent(pathname.slice(prefix.length))}`);
  return file.startsWith(folder + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer();
await new Promise((done) => server.listen(port, 'localhost', done));
const origin = values['public-url']?.replace(/\/$/, '') ?? `http://localhost:${server.address().port}`;

const widget = callCardWidgetHandler({ kitUrl: '/kit/b24-call-card-kit.js', sdkUrl: '/sdk/index.min.js', title: 'Caller notes' });
const install = callCardInstallHandler({ handlerUrl: `${origin}/widget`, title: 'Caller notes', description: 'The call, its CRM records and keep-open' });

server.on('request', (request, response) => {
  let pathname;
  try {
    pathname = new URL(request.url ?? '/', 'http://app').pathname;
  } catch {
    return void response.writeHead(400).end();
  }
  if (pathname === '/widget') return void widget(request, response);
  if (pathname === '/install') return void install(request, response);
  const file = fileFor(pathname);
  if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

console.log(`Caller notes app on ${origin}`);
console.log(`Install URL: ${origin}/install`);
console.log(`Handler:     ${origin}/widget`);
