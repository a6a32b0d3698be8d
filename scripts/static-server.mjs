// A tiny static file server on 127.0.0.1 (or another host name), for the emulator, its demo and the tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/**
 * The file `relative` names under `root`; `undefined` when it would leave `root` (`..`, however
 * encoded), `null` when it is not a valid percent-encoding (`/%E0%A4%A`).
 */
function fileUnder(root, relative) {
  let decoded;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const base = resolve(root);
  const file = resolve(base, `.${sep}${decoded}`);
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * A request handler that serves `mounts` (URL prefix → folder). `headers` go out with every file.
 * Returns `false` (having sent nothing) when no file matches and `notFound` is `false`.
 */
export function staticHandler(mounts, { headers = {} } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    let file = prefix === undefined ? undefined : fileUnder(mounts[prefix], pathname.slice(prefix.length));
    if (file === null) return void response.writeHead(400).end('bad request');
    if (file && existsSync(file) && statSync(file).isDirectory()) file = fileUnder(file, 'index.html');
    if (!file || !existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  };
}

/** Listens on `host:port` (0: any free port); rejects when it cannot (EADDRINUSE and the like). */
export async function listen(server, host, port) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server.address().port;
}

/**
 * `mounts`: URL prefix → folder. `headers` go out with every file (the benchmark sends the
 * cross-origin isolation pair, which gives `performance.now()` 5 µs steps instead of 100 µs).
 * Resolves with the server and its origin.
 */
export async function serveStatic(mounts, { host = '127.0.0.1', port = 0, headers = {} } = {}) {
  const server = createServer(staticHandler(mounts, { headers }));
  const bound = await listen(server, host, port);
  return { server, origin: `http://${host}:${bound}` };
}
