import { MAX_HANDLER_BODY, type HandlerRequest } from './handler-request.js';

/** An HTTP answer, for any server: `node:http`, Express, Fastify, Hono. */
export interface HandlerAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The parts of `node:http`'s request and response the handlers use (Express's extend them). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}
export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

export const TEXT_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'text/plain; charset=utf-8' };

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
 * A `node:http` (and Express) handler around a framework-neutral one: it reads at most
 * {@link MAX_HANDLER_BODY} bytes of a POST body (413 past that, the rest unread), answers 400 when the
 * body breaks off, and never throws.
 */
export function toNodeHandler(answer: (request: HandlerRequest) => HandlerAnswer | Promise<HandlerAnswer>): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  return async (request, response) => {
    let result: HandlerAnswer;
    try {
      const method = request.method ?? 'GET';
      const body = method.toUpperCase() === 'POST' ? await bodyOf(request, MAX_HANDLER_BODY) : '';
      const contentType = request.headers['content-type'];
      result =
        body === null
          ? { status: 413, headers: { ...TEXT_HEADERS, connection: 'close' }, body: `The body is over ${MAX_HANDLER_BODY} bytes; a portal's is a few kilobytes.\n` }
          : await answer({ method, url: request.url ?? '/', contentType: Array.isArray(contentType) ? contentType[0] : contentType, body });
    } catch {
      result = { status: 400, headers: TEXT_HEADERS, body: 'The request could not be read.\n' };
    }
    response.writeHead(result.status, { ...result.headers });
    response.end(result.body);
  };
}
