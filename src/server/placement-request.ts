/**
 * What a Bitrix24 portal sends when it opens a widget: a form POST to the handler, with the portal's
 * fields in the query string (`DOMAIN`, `PROTOCOL`, `LANG`, `APP_SID`) and the app's token and the
 * placement in the body. `PLACEMENT_OPTIONS` is a JSON string in which every value is a string.
 */
export interface PlacementRequest {
  /** `CALL_CARD` for a call card widget. */
  readonly placement: string;
  /** The placement's options as the portal sent them (every value a string), `{}` when absent. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The user's interface language, a Bitrix24 code (`en`, `ru`, `ua`…); `en` when absent or not a language code. */
  readonly lang: string;
  /** The portal's host (`example.bitrix24.com`), or `''` when absent. */
  readonly domain: string;
  /** The portal's origin (`https://example.bitrix24.com`), or `''` when the domain is absent. */
  readonly portalOrigin: string;
  readonly appSid: string;
  /** The app's token for REST on the user's behalf, or `null` (a GET in local development). */
  readonly auth: PlacementAuth | null;
}

export interface PlacementAuth {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds the access token lives, as the portal sent it. */
  readonly expiresIn: number;
  readonly memberId: string;
}

/** A request the handler refuses, with the HTTP status and a message that says why. */
export class PlacementRequestError extends Error {
  override readonly name = 'PlacementRequestError';
  constructor(
    readonly status: 400 | 405 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The longest body a placement handler reads: a portal's POST is a few kilobytes. */
export const MAX_PLACEMENT_BODY = 64 * 1024;

const DOMAIN = /^[a-z0-9.-]+(:\d{1,5})?$/i;
/** A Bitrix24 language code (`ua`, `la`) or a BCP 47 tag (`pt-BR`). */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i;

/** Fields from a form body or a query string; a field given twice keeps its first value. */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(text)) if (!fields.has(name)) fields.set(name, value);
  return fields;
}

function optionsOf(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text === '') return {};
  let options: unknown;
  try {
    options = JSON.parse(text);
  } catch {
    throw new PlacementRequestError(400, 'PLACEMENT_OPTIONS is not JSON: a portal sends it as a JSON object in a string.');
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PlacementRequestError(400, 'PLACEMENT_OPTIONS is not a JSON object.');
  }
  return options as Record<string, unknown>;
}

/**
 * Reads a portal's request to a placement handler. `url` may be the path with its query (`/widget?DOMAIN=…`);
 * `body` is the form-encoded body of a POST. A GET carries everything in the query string, for local
 * development. Throws a {@link PlacementRequestError} for what a portal never sends: another method, another
 * content type, a body over {@link MAX_PLACEMENT_BODY}, options that are not a JSON object, a malformed domain,
 * or (with `expectedPlacement`) another placement.
 */
export function readPlacementRequest(request: { readonly method: string; readonly url: string; readonly contentType?: string | undefined; readonly body?: string | undefined }, expectedPlacement?: string): PlacementRequest {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') throw new PlacementRequestError(405, `A portal opens a widget with POST (GET works for local development), not ${method}.`);
  const query = fieldsOf(new URL(request.url, 'http://handler.invalid').search);
  let body = new Map<string, string>();
  if (method === 'POST') {
    const type = (request.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded' && !(type === '' && !request.body)) {
      throw new PlacementRequestError(415, `A portal posts application/x-www-form-urlencoded, not ${type || 'a body without a content type'}.`);
    }
    if ((request.body?.length ?? 0) > MAX_PLACEMENT_BODY) throw new PlacementRequestError(413, `The body is over ${MAX_PLACEMENT_BODY} bytes; a portal's is a few kilobytes.`);
    body = fieldsOf(request.body ?? '');
  }
  const field = (name: string) => body.get(name) ?? query.get(name);
  const placement = field('PLACEMENT') ?? '';
  if (expectedPlacement !== undefined && placement !== expectedPlacement) {
    throw new PlacementRequestError(400, `This handler serves the ${expectedPlacement} placement, not ${placement ? `"${placement.slice(0, 64)}"` : 'a request without PLACEMENT'}. Bind it with placement.bind and PLACEMENT=${expectedPlacement}.`);
  }
  const domain = field('DOMAIN') ?? '';
  if (domain && !DOMAIN.test(domain)) throw new PlacementRequestError(400, 'DOMAIN is not a host name.');
  const accessToken = field('AUTH_ID');
  const expiresIn = Number.parseInt(field('AUTH_EXPIRES') ?? '', 10);
  return Object.freeze({
    placement,
    options: Object.freeze(optionsOf(field('PLACEMENT_OPTIONS'))),
    lang: LANGUAGE.test(field('LANG') ?? '') ? field('LANG')! : 'en',
    domain,
    portalOrigin: domain ? `${field('PROTOCOL') === '0' ? 'http' : 'https'}://${domain}` : '',
    appSid: field('APP_SID') ?? '',
    auth: accessToken
      ? Object.freeze({ accessToken, refreshToken: field('REFRESH_ID') ?? '', expiresIn: Number.isFinite(expiresIn) ? expiresIn : 0, memberId: field('member_id') ?? '' })
      : null,
  });
}
