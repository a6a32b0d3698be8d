// A tiny static file server on 127.0.0.1 (or another host name), for the emulator, its demo and the tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/**
 * `mounts`: URL prefix → folder. `headers` go out with every file (the benchmark sends the
 * cross-origin isolation pair, which gives `performance.now()` 5 µs steps instead of 100 µs).
 * Resolves with the server and its origin.
 */
export async function serveStatic(mounts, { host = '127.0.0.1', port = 0, headers = {} } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((candidate) => pathname.startsWith(candidate));
    let file = prefix === undefined ? undefined : join(mounts[prefix], normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, ''));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { server, origin: `http://${host}:${server.address().port}` };
}
