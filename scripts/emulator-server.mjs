// The emulator's server: a local Bitrix24 portal. It serves the emulator page (user 1's call card)
// and the portal's REST at /rest/<method>.json (app tokens) and /rest/<user>/<secret>/<method>.json
// (the webhook). The portal itself (calls, CRM, records, tokens) lives in the emulator page, so the
// frame host and REST answer from one model: REST requests go to the page over a server-sent-events
// channel and come back by POST. See docs/architecture.md.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { listen, staticHandler } from './static-server.mjs';

/** Where the certificate and the webhook secret are kept: outside the project, reused on every start. */
export function defaultStateDir() {
  if (process.env.B24_EMULATOR_HOME) return process.env.B24_EMULATOR_HOME;
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'b24-call-card-emulator');
}

/** How long REST waits for the page to answer before it gives up. */
const PAGE_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1_000_000;
/** The portal's limit: a burst of 50 requests, then 2 a second, per credential. */
const BURST = 50;
const PER_SECOND = 2;

/**
 * A self-signed certificate for localhost and 127.0.0.1, made on first start with `openssl` (or the
 * `selfsigned` package when installed and `openssl` is not). Resolves with the file paths.
 */
export async function ensureCertificate(stateDir) {
  const certPath = join(stateDir, 'localhost-cert.pem');
  const keyPath = join(stateDir, 'localhost-key.pem');
  if (existsSync(certPath) && existsSync(keyPath)) return { certPath, keyPath, created: false };
  mkdirSync(stateDir, { recursive: true });
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1', '-keyout', keyPath, '-out', certPath], { stdio: 'pipe' });
  } catch (opensslError) {
    let selfsigned;
    try {
      selfsigned = await import('selfsigned');
    } catch {
      throw new Error(
        `Could not make a certificate for HTTPS: ${opensslError.code === 'ENOENT' ? 'openssl is not installed' : opensslError.message}. ` +
          'Install openssl, or `npm install --save-dev selfsigned`, or start the emulator with --http.',
      );
    }
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      days: 825,
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    writeFileSync(keyPath, pems.private, { mode: 0o600 });
    writeFileSync(certPath, pems.cert);
  }
  return { certPath, keyPath, created: true };
}

/** The webhook's secret: made once, kept with the certificate, so a backend's configuration survives restarts. */
function webhookSecret(stateDir) {
  const file = join(stateDir, 'webhook-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(8).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function cors(request) {
  return {
    'access-control-allow-origin': request.headers.origin || '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': request.headers['access-control-request-headers'] || 'content-type',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

function sendJson(request, response, status, body) {
  response.writeHead(status, { ...cors(request), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** `/rest/crm.deal.get.json`, `/rest/crm.deal.get`, `/rest/1/<secret>/crm.deal.get.json`. */
function restTarget(pathname) {
  const parts = pathname.slice('/rest/'.length).split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const method = (parts.at(-1) ?? '').replace(/\.json$/, '');
  if (parts.length === 1) return { method };
  if (parts.length === 3) return { method, userId: parts[0], secret: parts[1] };
  return null;
}

/**
 * Starts the emulator's portal. `https` (default true) serves it over TLS with the certificate in
 * `stateDir`. Resolves with its origin, the webhook URL, the certificate's path and `close()`.
 */
export async function startEmulatorServer({ root, host = '127.0.0.1', port, https = true, stateDir = defaultStateDir(), ports } = {}) {
  const secret = webhookSecret(stateDir);
  const certificate = https ? await ensureCertificate(stateDir) : null;
  const serveFile = staticHandler({ '/': root });
  /** The page that holds the portal: the newest one to connect. */
  let channel = null;
  const pending = new Map();
  const buckets = new Map();
  let nextId = 0;

  const overLimit = (key) => {
    const now = Date.now();
    const bucket = buckets.get(key) ?? { level: 0, at: now };
    bucket.level = Math.max(0, bucket.level - ((now - bucket.at) / 1000) * PER_SECOND) + 1;
    bucket.at = now;
    buckets.set(key, bucket);
    return bucket.level > BURST;
  };

  const toPage = (event, data) => channel?.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  async function handleRest(request, response, url) {
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors(request)).end();
    const target = restTarget(url.pathname);
    if (!target || !target.method) return sendJson(request, response, 404, { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
    let text;
    try {
      text = request.method === 'POST' ? await readBody(request) : '';
    } catch (error) {
      return sendJson(request, response, error.status ?? 400, { error: 'INVALID_REQUEST', error_description: error.message });
    }
    const type = String(request.headers['content-type'] ?? '');
    let json = null;
    if (type.includes('application/json') && text.trim()) {
      try {
        json = JSON.parse(text);
      } catch {
        return sendJson(request, response, 400, { error: 'INVALID_REQUEST', error_description: 'The request body is not valid JSON.' });
      }
      if (json === null || typeof json !== 'object' || Array.isArray(json)) return sendJson(request, response, 400, { error: 'INVALID_REQUEST', error_description: 'The JSON body must be an object.' });
    }
    // The query string counts too, as on a portal (`curl '.../crm.deal.get?id=42'`).
    const form = [url.search.slice(1), json ? '' : text].filter(Boolean).join('&');
    let credential;
    if (target.secret !== undefined) {
      if (target.userId !== '1' || target.secret !== secret) return sendJson(request, response, 401, { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' });
      credential = { kind: 'webhook', userId: 1 };
    } else {
      const token = (json && typeof json.auth === 'string' ? json.auth : null) ?? new URLSearchParams(form).get('auth');
      if (!token) return sendJson(request, response, 401, { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' });
      credential = { kind: 'auth', token };
    }
    if (overLimit(credential.kind === 'webhook' ? 'webhook' : credential.token)) {
      return sendJson(request, response, 503, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    }
    if (!channel) {
      return sendJson(request, response, 503, {
        error: 'PORTAL_PAGE_CLOSED',
        error_description: `The emulated portal lives in the emulator page: open ${origin}/ in a browser first.`,
      });
    }
    const id = String((nextId += 1));
    const answer = new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve({ status: 504, body: { error: 'PORTAL_PAGE_TIMEOUT', error_description: 'The emulator page did not answer in time.' } });
      }, PAGE_TIMEOUT_MS);
      pending.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
    toPage('rest', { id, method: target.method, json, form, credential });
    const { status, body } = await answer;
    sendJson(request, response, status, body);
  }

  function openChannel(request, response) {
    if (channel) {
      channel.write('event: superseded\ndata: {}\n\n');
      channel.end();
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(`event: hello\ndata: ${JSON.stringify({ webhook: `${origin}/rest/1/${secret}/` })}\n\n`);
    channel = response;
    request.on('close', () => {
      if (channel === response) channel = null;
    });
  }

  async function takeAnswer(request, response) {
    try {
      const { id, status, body } = JSON.parse(await readBody(request));
      pending.get(String(id))?.({ status: Number(status) || 500, body });
      pending.delete(String(id));
      response.writeHead(204).end();
    } catch {
      response.writeHead(400).end();
    }
  }

  /** Asks the widget's server whether it takes the portal's POST. */
  async function probe(request, response, url) {
    const widget = url.searchParams.get('url') ?? '';
    if (!/^https?:\/\//.test(widget)) return sendJson(request, response, 400, { error: 'not an http(s) URL' });
    try {
      const answer = await fetch(widget, { method: 'POST', body: new URLSearchParams({ PLACEMENT: 'CALL_CARD' }), redirect: 'manual', signal: AbortSignal.timeout(5000) });
      sendJson(request, response, 200, { status: answer.status });
    } catch (error) {
      sendJson(request, response, 200, { status: 0, reason: error.cause?.code ?? error.message });
    }
  }

  const handler = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/rest/')) return void handleRest(request, response, url);
    if (url.pathname === '/emulator/channel') return openChannel(request, response);
    if (url.pathname === '/emulator/answer' && request.method === 'POST') return void takeAnswer(request, response);
    if (url.pathname === '/emulator/probe') return void probe(request, response, url);
    serveFile(request, response);
  };
  const server = certificate
    ? createHttpsServer({ cert: readFileSync(certificate.certPath), key: readFileSync(certificate.keyPath) }, handler)
    : createHttpServer(handler);
  let bound;
  if (port !== undefined && port !== null) bound = await listen(server, host, port);
  else {
    for (const candidate of ports ?? [0]) {
      try {
        bound = await listen(server, host, candidate);
        break;
      } catch (error) {
        if (error.code !== 'EADDRINUSE') throw error;
      }
    }
    bound ??= await listen(server, host, 0);
  }
  const origin = `${https ? 'https' : 'http'}://${host}:${bound}`;
  return {
    server,
    origin,
    webhook: `${origin}/rest/1/${secret}/`,
    certPath: certificate?.certPath ?? null,
    close: () =>
      new Promise((resolve) => {
        channel?.end();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
