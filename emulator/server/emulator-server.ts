// The emulator's server: a local Bitrix24 portal. The portal (calls, CRM, call records, tokens,
// placements) lives here, in a PortalHost, so REST answers with no page open and a reloaded page
// loses nothing. It serves the emulator's page (user 1's call card), the portal's REST at
// /rest/<method>.json (app tokens) and /rest/<user>/<secret>/<method>.json (the webhook), and the
// page's channel: server-sent events out (/emulator/portal), commands and actions in by POST.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createSecureServer, type Http2ServerRequest } from 'node:http2';
import type { Socket } from 'node:net';
import { listen, staticHandler } from '../../scripts/static-server.mjs';
import { ATTACH_RECORD_UPLOAD } from '../../src/portal/rest/telephony.js';
import { PortalActionError, PortalHost, type CardBatch, type RestNote, type RestRequest } from '../portal-host.js';
import { AppInstaller } from './app-installer.js';
import { defaultStateDir, ensureCertificate, webhookSecret } from './certificate.js';
import { readStateFile, writeStateFile } from './state-file.js';

export { defaultStateDir, ensureCertificate } from './certificate.js';
export { StateFileError } from './state-file.js';
export type { AppEvent, AppInstallStatus, InstalledAppView } from './app-installer.js';

const MAX_BODY_BYTES = 1_000_000;
/** The portal's limit: a burst of 50 requests, then 2 a second, per credential. */
const BURST = 50;
const PER_SECOND = 2;
/** A comment on the page's channel this often keeps proxies and idle timers from closing it. */
const KEEP_ALIVE_MS = 15_000;

export interface EmulatorServerOptions {
  /** The built page (dist/emulator). */
  readonly root: string;
  readonly host?: string;
  readonly port?: number;
  /** Ports to try in order when `port` is not given; the first free one is taken. */
  readonly ports?: readonly number[];
  /** HTTPS with a self-signed certificate (default), or plain HTTP. */
  readonly https?: boolean;
  /** Where the certificate and the webhook secret live. */
  readonly stateDir?: string;
  /** A file that keeps the portal across restarts (`--state`). Without it the portal lives as long as the process. */
  readonly stateFile?: string;
}

export interface EmulatorServer {
  readonly server: ReturnType<typeof createHttpServer> | ReturnType<typeof createSecureServer>;
  readonly origin: string;
  readonly webhook: string;
  readonly certPath: string | null;
  readonly portal: PortalHost;
  /** Installs apps (`--app`) into the portal, and says what they bound. */
  readonly apps: AppInstaller;
  close(): Promise<void>;
}

type Request = IncomingMessage | Http2ServerRequest;
/** What the server does with a response, HTTP/1.1's or HTTP/2's. */
interface Response {
  writeHead(status: number, headers?: Record<string, string>): Response;
  write(chunk: string): unknown;
  end(): unknown;
  end(chunk: string): unknown;
}
type Handler = (request: Request, response: Response) => void;

function cors(request: Request): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin || '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': String(request.headers['access-control-request-headers'] || 'content-type'),
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

function sendJson(request: Request, response: Response, status: number, body: unknown): void {
  response.writeHead(status, { ...cors(request), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function readBody(request: Request): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
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
function restTarget(pathname: string): { method: string; userId?: string; secret?: string } | null {
  const parts = pathname
    .slice('/rest/'.length)
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const method = (parts.at(-1) ?? '').replace(/\.json$/, '');
  if (parts.length === 1) return { method };
  if (parts.length === 3) return { method, userId: parts[0]!, secret: parts[1]! };
  return null;
}

/** Starts the emulator's portal. Resolves with its origin, the webhook URL, the certificate's path, the portal and `close()`. */
export async function startEmulatorServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  const { root, host = '127.0.0.1', port, https = true, stateDir = defaultStateDir(), ports, stateFile } = options;
  const portal = new PortalHost(stateFile ? readStateFile(stateFile) : undefined);
  const secret = webhookSecret(stateDir);
  const certificate = https ? await ensureCertificate(stateDir) : null;
  const serveFile = staticHandler({ '/': root }) as Handler;
  const pages = new Set<Response>();
  const buckets = new Map<string, { level: number; at: number }>();
  let origin = '';

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    if (stateFile) writeStateFile(stateFile, portal.save());
  };
  if (stateFile) {
    saveNow();
    portal.onChange(() => {
      saveTimer ??= setTimeout(saveNow, 50);
    });
  }

  const toPages = (event: string, data: unknown) => {
    for (const page of pages) page.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  portal.onBatch((batch: CardBatch) => toPages('batch', batch));
  portal.onRest((note: RestNote) => toPages('rest', note));
  const apps = new AppInstaller(portal);
  const placementsNow = () => ({ apps: apps.apps, tabs: portal.tabs });
  let placementsSent = JSON.stringify(placementsNow());
  const sendPlacements = () => {
    const now = JSON.stringify(placementsNow());
    if (now === placementsSent) return;
    placementsSent = now;
    for (const page of pages) page.write(`event: apps\ndata: ${now}\n\n`);
  };
  apps.onChange(sendPlacements);
  portal.onChange(sendPlacements);

  const overLimit = (key: string) => {
    const now = Date.now();
    const bucket = buckets.get(key) ?? { level: 0, at: now };
    bucket.level = Math.max(0, bucket.level - ((now - bucket.at) / 1000) * PER_SECOND) + 1;
    bucket.at = now;
    buckets.set(key, bucket);
    return bucket.level > BURST;
  };

  /** The file for `attachRecord`'s `uploadUrl`: any body, kept as the call's record. */
  async function uploadRecord(request: Request, response: Response, url: URL): Promise<void> {
    const callId = decodeURIComponent(url.pathname.slice(ATTACH_RECORD_UPLOAD.length));
    try {
      await readBody(request);
    } catch (error) {
      return sendJson(request, response, (error as { status?: number }).status ?? 400, { error: 'INVALID_REQUEST', error_description: (error as Error).message });
    }
    if (request.method !== 'POST' || !portal.portal.hasCall(callId)) return sendJson(request, response, 404, { error: 'NOT_FOUND', error_description: 'Call is not found' });
    sendJson(request, response, 200, { result: { FILE_ID: portal.portal.attachRecordFile(callId) } });
  }

  async function handleRest(request: Request, response: Response, url: URL): Promise<void> {
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors(request)).end();
    if (url.pathname.startsWith(ATTACH_RECORD_UPLOAD)) return uploadRecord(request, response, url);
    const target = restTarget(url.pathname);
    if (!target || !target.method) return sendJson(request, response, 404, { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' });
    let text: string;
    try {
      text = request.method === 'POST' ? await readBody(request) : '';
    } catch (error) {
      return sendJson(request, response, (error as { status?: number }).status ?? 400, { error: 'INVALID_REQUEST', error_description: (error as Error).message });
    }
    const type = String(request.headers['content-type'] ?? '');
    let json: Record<string, unknown> | null = null;
    if (type.includes('application/json') && text.trim()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return sendJson(request, response, 400, { error: 'INVALID_REQUEST', error_description: 'The request body is not valid JSON.' });
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return sendJson(request, response, 400, { error: 'INVALID_REQUEST', error_description: 'The JSON body must be an object.' });
      json = parsed as Record<string, unknown>;
    }
    // The query string counts too, as on a portal (`curl '.../crm.deal.get?id=42'`).
    const form = [url.search.slice(1), json ? '' : text].filter(Boolean).join('&');
    let credential: RestRequest['credential'];
    if (target.secret !== undefined) {
      if (target.userId !== '1' || target.secret !== secret) return sendJson(request, response, 401, { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' });
      credential = { kind: 'webhook', userId: 1 };
    } else {
      const token = (json && typeof json['auth'] === 'string' ? json['auth'] : null) ?? new URLSearchParams(form).get('auth');
      if (!token) return sendJson(request, response, 401, { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' });
      credential = { kind: 'auth', token };
    }
    if (overLimit(credential.kind === 'webhook' ? 'webhook' : credential.token)) {
      return sendJson(request, response, 503, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    }
    const { status, body } = portal.answerRest({ method: target.method, json, form, credential });
    sendJson(request, response, status, body);
  }

  /** The page's channel: the card as it is now, then every batch and REST call as they happen. */
  function openChannel(request: Request, response: Response): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(`event: hello\ndata: ${JSON.stringify({ seq: portal.seq, state: portal.state, webhook: `${origin}/rest/1/${secret}/`, ...placementsNow() })}\n\n`);
    pages.add(response);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    request.on('close', () => {
      clearInterval(keepAlive);
      pages.delete(response);
    });
  }

  /** The page's commands (a widget's `disableAutoClose`), actions (the panel's buttons) and tokens. */
  async function fromPage(request: Request, response: Response, kind: string): Promise<void> {
    let body: { command?: unknown; action?: unknown; args?: unknown; url?: unknown };
    try {
      body = JSON.parse((await readBody(request)) || '{}') as typeof body;
    } catch {
      return sendJson(request, response, 400, { error: 'The body is not JSON.' });
    }
    try {
      if (kind === 'auth') return sendJson(request, response, 200, portal.issueFrameAuth(String(body.url ?? '')));
      if (kind === 'command') {
        const answer = portal.command(String(body.command ?? ''));
        return answer ? sendJson(request, response, 200, answer) : void response.writeHead(204).end();
      }
      if (kind === 'act') return sendJson(request, response, 200, portal.act(String(body.action ?? ''), (body.args ?? []) as unknown[]));
      return sendJson(request, response, 404, { error: `No ${kind} here.` });
    } catch (error) {
      return sendJson(request, response, error instanceof PortalActionError ? 400 : 500, { error: (error as Error).message });
    }
  }

  /** The panel's "Install again" and "Uninstall". JSON only, so that another site's form cannot post here. */
  async function appAction(request: Request, response: Response, action: string): Promise<void> {
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(request, response, 415, { error: 'Send JSON.' });
    let url: unknown;
    try {
      ({ url } = JSON.parse(await readBody(request)) as { url?: unknown });
    } catch {
      return sendJson(request, response, 400, { error: 'The body is not JSON.' });
    }
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return sendJson(request, response, 400, { error: 'url must be the app\'s http(s) install URL.' });
    if (action === 'install') return sendJson(request, response, 200, await apps.install(url));
    const view = apps.uninstall(url);
    return view ? sendJson(request, response, 200, view) : sendJson(request, response, 404, { error: `No app was installed from ${url}.` });
  }

  /** Asks the widget's server whether it takes the portal's POST. */
  async function probe(request: Request, response: Response, url: URL): Promise<void> {
    const widget = url.searchParams.get('url') ?? '';
    if (!/^https?:\/\//.test(widget)) return sendJson(request, response, 400, { error: 'not an http(s) URL' });
    try {
      const answer = await fetch(widget, { method: 'POST', body: new URLSearchParams({ PLACEMENT: 'CALL_CARD' }), redirect: 'manual', signal: AbortSignal.timeout(5000) });
      sendJson(request, response, 200, { status: answer.status });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      sendJson(request, response, 200, { status: 0, reason: cause?.code ?? (error as Error).message });
    }
  }

  const handler: Handler = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/rest/')) return void handleRest(request, response, url);
    if (url.pathname === '/emulator/portal') return openChannel(request, response);
    const page = /^\/emulator\/portal\/(auth|command|act)$/.exec(url.pathname);
    if (page && request.method === 'POST') return void fromPage(request, response, page[1]!);
    if (url.pathname === '/emulator/probe') return void probe(request, response, url);
    const app = /^\/emulator\/apps\/(install|uninstall)$/.exec(url.pathname);
    if (app && request.method === 'POST') return void appAction(request, response, app[1]!);
    serveFile(request, response);
  };
  // HTTPS is HTTP/2 (HTTP/1.1 for clients that ask for it): a browser opens at most six HTTP/1.1
  // connections to one host, and each emulator tab holds one open for its channel.
  const server = certificate
    ? createSecureServer({ cert: readFileSync(certificate.certPath), key: readFileSync(certificate.keyPath), allowHTTP1: true }, handler)
    : createHttpServer(handler);
  const sockets = new Set<Socket>();
  server.on(certificate ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  let bound: number | undefined;
  if (port !== undefined && port !== null) bound = await listen(server, host, port);
  else {
    for (const candidate of ports ?? [0]) {
      try {
        bound = await listen(server, host, candidate);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      }
    }
    bound ??= await listen(server, host, 0);
  }
  origin = `${https ? 'https' : 'http'}://${host}:${bound}`;
  portal.portal.origin = origin;
  return {
    server,
    origin,
    webhook: `${origin}/rest/1/${secret}/`,
    certPath: certificate?.certPath ?? null,
    portal,
    apps,
    close: () =>
      new Promise<void>((resolve) => {
        if (stateFile && saveTimer !== undefined) saveNow();
        for (const page of pages) page.end();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
