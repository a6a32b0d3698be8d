import { formFieldsOf, HandlerRequestError, HOST, LANGUAGE, type HandlerRequest } from './handler-request.js';

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
  /** `APPLICATION_TOKEN`: the app's own token on this portal, the same as `auth[application_token]` of its events; `''` when absent. */
  readonly applicationToken: string;
  /** `APPLICATION_SCOPE`: the scopes the app has (`['crm', 'placement', 'telephony']`). */
  readonly scope: readonly string[];
}

/** `PLACEMENT_OPTIONS` read: a JSON object, `{}` when absent. Throws a 400 {@link HandlerRequestError} for anything else. */
export function optionsOf(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text === '') return {};
  let options: unknown;
  try {
    options = JSON.parse(text);
  } catch {
    throw new HandlerRequestError(400, 'PLACEMENT_OPTIONS is not JSON: a portal sends it as a JSON object in a string.');
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new HandlerRequestError(400, 'PLACEMENT_OPTIONS is not a JSON object.');
  }
  return options as Record<string, unknown>;
}

/** The user's language from `LANG`: a language code as sent, `en` when absent or anything else. */
export function langOf(value: unknown): string {
  return typeof value === 'string' && LANGUAGE.test(value) ? value : 'en';
}

/** The portal's origin from its `DOMAIN` and `PROTOCOL` fields (`0` is plain http), `''` without a domain; a malformed domain is a 400. */
export function portalOriginOf(domain: string, protocol: string | undefined): string {
  if (domain && !HOST.test(domain)) throw new HandlerRequestError(400, 'DOMAIN is not a host name.');
  return domain ? `${protocol === '0' ? 'http' : 'https'}://${domain}` : '';
}

/**
 * Reads a portal's request to a placement handler (see {@link formFieldsOf}). Throws a
 * {@link HandlerRequestError} for what a portal never sends: another method, another content type, a body
 * over 64 KB, options that are not a JSON object, a malformed domain, or (with `expectedPlacement`)
 * another placement.
 */
export function readPlacementRequest(request: HandlerRequest, expectedPlacement?: string): PlacementRequest {
  const field = formFieldsOf(request);
  const placement = field('PLACEMENT') ?? '';
  if (expectedPlacement !== undefined && placement !== expectedPlacement) {
    throw new HandlerRequestError(400, `This handler serves the ${expectedPlacement} placement, not ${placement ? `"${placement.slice(0, 64)}"` : 'a request without PLACEMENT'}. Bind it with placement.bind and PLACEMENT=${expectedPlacement}.`);
  }
  const domain = field('DOMAIN') ?? '';
  const portalOrigin = portalOriginOf(domain, field('PROTOCOL'));
  const accessToken = field('AUTH_ID');
  const expiresIn = Number.parseInt(field('AUTH_EXPIRES') ?? '', 10);
  return Object.freeze({
    placement,
    options: Object.freeze(optionsOf(field('PLACEMENT_OPTIONS'))),
    lang: langOf(field('LANG')),
    domain,
    portalOrigin,
    appSid: field('APP_SID') ?? '',
    auth: accessToken
      ? Object.freeze({
          accessToken,
          refreshToken: field('REFRESH_ID') ?? '',
          expiresIn: Number.isFinite(expiresIn) ? expiresIn : 0,
          memberId: field('member_id') ?? '',
          applicationToken: field('APPLICATION_TOKEN') ?? '',
          scope: Object.freeze((field('APPLICATION_SCOPE') ?? '').split(',').filter(Boolean)),
        })
      : null,
  });
}
