import { MAX_PLACEMENT_BODY, PlacementRequestError, readPlacementRequest } from './placement-request.js';
import { renderWidgetPage, type WidgetPageOptions } from './widget-page.js';

export const CALL_CARD = 'CALL_CARD';

/** An HTTP answer, for any server: `node:http`, Express, Fastify, Hono. */
export interface HandlerAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A request as any server can describe it; `body` is the raw form-encoded body of a POST. */
export interface HandlerRequest {
  readonly method: string;
  /** The path and query (`/widget?DOMAIN=…`) or a whole URL. */
  readonly url: string;
  readonly contentType?: string | undefined;
  readonly body?: string | undefined;
}

export interface WidgetHandlerOptions extends WidgetPageOptions {
  /** The placement this handler serves. Default `CALL_CARD`; any other is refused with 400. */
  readonly placement?: string;
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/**
 * Answers a portal's request for the widget: the page for a good request (200, HTML), and a 4xx with a
 * message for anything a portal never sends. Never throws.
 */
export function answerWidgetRequest(request: HandlerRequest, options: WidgetHandlerOptions): HandlerAnswer {
  try {
    const placement = readPlacementRequest(request, options.placement ?? CALL_CARD);
    const html = renderWidgetPage(placement, options);
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: request.method.toUpperCase() === 'HEAD' ? '' : html };
  } catch (error) {
    if (error instanceof PlacementRequestError) {
      return { status: error.status, headers: { ...TEXT, ...(error.status === 405 ? { allow: 'GET, HEAD, POST' } : {}) }, body: `${error.message}\n` };
    }
    return { status: 500, headers: TEXT, body: 'The widget page could not be made.\n' };
  }
}

/** The parts of `node:http`'s request and response the handler uses (Express's extend them). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/** The body as text, or `null` once it passes `limit` bytes (the rest is not read). */
async function bodyOf(request: NodeRequestLike, limit: number): Promise<string | null> {
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for await (const chunk of request) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit) return null;
    text += decoder.decode(bytes, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * The widget's handler for `node:http` (and Express): `http.createServer(callCardWidgetHandler({kitUrl}))`.
 * It reads at most {@link MAX_PLACEMENT_BODY} bytes of a body.
 */
export function callCardWidgetHandler(options: WidgetHandlerOptions): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  return async (request, response) => {
    let answer: HandlerAnswer;
    try {
      const method = request.method ?? 'GET';
      const body = method.toUpperCase() === 'POST' ? await bodyOf(request, MAX_PLACEMENT_BODY) : '';
      const contentType = request.headers['content-type'];
      answer =
        body === null
          ? { status: 413, headers: { ...TEXT, connection: 'close' }, body: `The body is over ${MAX_PLACEMENT_BODY} bytes; a portal's is a few kilobytes.\n` }
          : answerWidgetRequest({ method, url: request.url ?? '/', contentType: Array.isArray(contentType) ? contentType[0] : contentType, body }, options);
    } catch {
      answer = { status: 400, headers: TEXT, body: 'The request could not be read.\n' };
    }
    response.writeHead(answer.status, { ...answer.headers });
    response.end(answer.body);
  };
}
