/** What a handler was sent: method, path with query (or a whole URL), content type and the raw body. */
export interface HandlerRequest {
  readonly method: string;
  /** The path and query (`/widget?DOMAIN=…`) or a whole URL. */
  readonly url: string;
  readonly contentType?: string | undefined;
  readonly body?: string | undefined;
}

/** A request the handler refuses, with the HTTP status and a message that says why. */
export class HandlerRequestError extends Error {
  override readonly name = 'HandlerRequestError';
  constructor(
    readonly status: 400 | 403 | 405 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The longest body a handler reads: what a portal posts is a few kilobytes. */
export const MAX_HANDLER_BODY = 64 * 1024;

/** A host name, with a port at most. */
export const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;
/** A Bitrix24 language code (`ua`, `la`) or a BCP 47 tag (`pt-BR`). */
export const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i;

/** Fields from a form body or a query string; a field given twice keeps its first value. */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(text)) if (!fields.has(name)) fields.set(name, value);
  return fields;
}

/**
 * The fields of a request as a portal sends them: the form body of a POST first, then the query string
 * (a GET carries everything there, for local development). Throws a {@link HandlerRequestError} for
 * another method, another content type, or a body over {@link MAX_HANDLER_BODY}.
 */
export function formFieldsOf(request: HandlerRequest): (name: string) => string | undefined {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') throw new HandlerRequestError(405, `A portal sends POST (GET works for local development), not ${method}.`);
  const query = fieldsOf(new URL(request.url, 'http://handler.invalid').search);
  let body = new Map<string, string>();
  if (method === 'POST') {
    const type = (request.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded' && !(type === '' && !request.body)) {
      throw new HandlerRequestError(415, `A portal posts application/x-www-form-urlencoded, not ${type || 'a body without a content type'}.`);
    }
    if ((request.body?.length ?? 0) > MAX_HANDLER_BODY) throw new HandlerRequestError(413, `The body is over ${MAX_HANDLER_BODY} bytes; a portal's is a few kilobytes.`);
    body = fieldsOf(request.body ?? '');
  }
  return (name) => body.get(name) ?? query.get(name);
}
