import { CALL_CARD_PLACEMENT } from '../connection/placement-connection.js';
import { formFieldsOf, HandlerRequestError, HOST, LANGUAGE, type HandlerRequest } from './handler-request.js';
import { TEXT_HEADERS, toNodeHandler, type HandlerAnswer, type NodeRequestLike, type NodeResponseLike } from './node-adapter.js';
import { escapeHtml } from './widget-page.js';
import { refusal } from './widget-handler.js';

/**
 * A portal installs an app in one of two ways:
 * - `page`: an app with a user interface. The portal opens its install URL in a frame with a form POST
 *   (the token in `AUTH_ID`, the portal in `DOMAIN` and `PROTOCOL`); the page must call
 *   `BX24.installFinish()`, or the app is not installed.
 * - `event`: an app without one. The portal POSTs `event=ONAPPINSTALL` with `auth[access_token]`,
 *   `auth[domain]`, `auth[client_endpoint]` and the rest, and the app is installed at once.
 */
export interface InstallRequest {
  readonly kind: 'page' | 'event';
  /** The portal's host (`example.bitrix24.com`). */
  readonly domain: string;
  /** Where its REST answers: `https://example.bitrix24.com/rest/`. */
  readonly restEndpoint: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly memberId: string;
  /** `auth[application_token]` of the install event: keep it to check the portal's later events. */
  readonly applicationToken: string;
  readonly lang: string;
}

export interface InstallOptions {
  /** The widget's handler, which the card loads by POST (HTTPS on a real portal). */
  readonly handlerUrl: string;
  /** The tab's title in the card. */
  readonly title: string;
  readonly description?: string;
  /**
   * The portals this app installs on (`example.bitrix24.com`, or a test of the host). Default: any, since
   * self-hosted Bitrix24 has any domain. The handler calls the portal's REST, so a public app should say.
   */
  readonly portals?: (domain: string) => boolean;
  /** For the portal's REST. Default: `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** ms to wait for the portal's REST. Default 10 000. */
  readonly timeout?: number;
  /** The classic BX24 library for the install page. Default: the portal's own. */
  readonly bx24Url?: string;
}

/**
 * What the install did to the card's tab: `bound` it now; found it `already-bound` to this handler (a
 * reinstall); or `moved` it: bound this handler and unbound the app's other CALL_CARD handlers (the app's
 * address changed, say a new tunnel), which would otherwise stay as dead tabs.
 */
export type BindOutcome = 'bound' | 'already-bound' | 'moved';

/** The portal refused the binding or did not answer: the message says which, with the portal's code. */
export class BindError extends Error {
  override readonly name = 'BindError';
  constructor(
    message: string,
    readonly portalCode: string,
  ) {
    super(message);
  }
}

/** Reads a portal's install request (see {@link InstallRequest}); a {@link HandlerRequestError} for anything else. */
export function readInstallRequest(request: HandlerRequest): InstallRequest {
  const field = formFieldsOf(request);
  const event = field('event');
  if (event !== undefined) {
    if (event.toUpperCase() !== 'ONAPPINSTALL') throw new HandlerRequestError(400, `This is the install handler: it takes ONAPPINSTALL, not ${event.slice(0, 64)}.`);
    const domain = field('auth[domain]') ?? '';
    const restEndpoint = field('auth[client_endpoint]') ?? '';
    if (!HOST.test(domain)) throw new HandlerRequestError(400, 'auth[domain] is not a host name.');
    if (restEndpoint !== `https://${domain}/rest/` && restEndpoint !== `http://${domain}/rest/`) {
      throw new HandlerRequestError(400, `auth[client_endpoint] is not the REST of auth[domain] (https://${domain}/rest/).`);
    }
    const language = field('data[LANGUAGE_ID]') ?? '';
    return Object.freeze({
      kind: 'event',
      domain,
      restEndpoint,
      accessToken: required(field('auth[access_token]'), 'auth[access_token]'),
      refreshToken: field('auth[refresh_token]') ?? '',
      memberId: field('auth[member_id]') ?? '',
      applicationToken: field('auth[application_token]') ?? '',
      lang: LANGUAGE.test(language) ? language : 'en',
    });
  }
  const domain = field('DOMAIN') ?? '';
  if (!HOST.test(domain)) throw new HandlerRequestError(400, 'DOMAIN is missing or not a host name: a portal opens the install page with it in the query string.');
  const language = field('LANG') ?? '';
  return Object.freeze({
    kind: 'page',
    domain,
    restEndpoint: `${field('PROTOCOL') === '0' ? 'http' : 'https'}://${domain}/rest/`,
    accessToken: required(field('AUTH_ID'), 'AUTH_ID'),
    refreshToken: field('REFRESH_ID') ?? '',
    memberId: field('member_id') ?? '',
    applicationToken: '',
    lang: LANGUAGE.test(language) ? language : 'en',
  });
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new HandlerRequestError(400, `${name} is missing: the install's token binds the tab (a webhook cannot: WRONG_AUTH_TYPE).`);
  return value;
}

type RestAnswer = { result?: unknown; error?: unknown; error_description?: unknown };

/** One call to the portal's REST with the install's token; rejects with a {@link BindError} when it does not answer. */
async function callPortal(install: Pick<InstallRequest, 'restEndpoint' | 'accessToken'>, method: string, params: Record<string, string>, options: InstallOptions): Promise<RestAnswer> {
  const body = new URLSearchParams({ auth: install.accessToken, ...params });
  try {
    const response = await (options.fetch ?? fetch)(`${install.restEndpoint}${method}.json`, { method: 'POST', body, signal: AbortSignal.timeout(options.timeout ?? 10_000) });
    return (await response.json()) as RestAnswer;
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    const why = cause?.code ?? cause?.message;
    throw new BindError(`The portal's REST (${install.restEndpoint}) did not answer ${method}: ${(error as Error).message}${typeof why === 'string' ? ` (${why})` : ''}`, 'NO_ANSWER');
  }
}

function refusedBy(method: string, answer: RestAnswer): BindError {
  const code = String(answer.error ?? 'UNKNOWN');
  return new BindError(`The portal refused ${method}: ${code}${answer.error_description ? ` (${String(answer.error_description)})` : ''}.`, code);
}

/**
 * Binds the app's handler to `CALL_CARD` with the install's token (`placement.bind`), and unbinds the
 * app's other CALL_CARD handlers (`placement.get` lists only the app's own). A handler already bound is
 * not an error (a reinstall). Resolves with the {@link BindOutcome}; rejects with a {@link BindError}.
 */
export async function bindCallCard(install: Pick<InstallRequest, 'restEndpoint' | 'accessToken'>, options: InstallOptions): Promise<BindOutcome> {
  const listed = await callPortal(install, 'placement.get', {}, options);
  if (!Array.isArray(listed.result)) throw refusedBy('placement.get', listed);
  const stale = (listed.result as { placement?: unknown; handler?: unknown }[])
    .filter((entry) => entry.placement === CALL_CARD_PLACEMENT && typeof entry.handler === 'string' && entry.handler !== options.handlerUrl)
    .map((entry) => entry.handler as string);
  const bound = await callPortal(install, 'placement.bind', { PLACEMENT: CALL_CARD_PLACEMENT, HANDLER: options.handlerUrl, TITLE: options.title, DESCRIPTION: options.description ?? '' }, options);
  const already = bound.error === 'ERROR_PLACEMENT_HANDLER_ALREADY_BINDED';
  if (bound.result !== true && !already) throw refusedBy('placement.bind', bound);
  for (const handler of stale) {
    const unbound = await callPortal(install, 'placement.unbind', { PLACEMENT: CALL_CARD_PLACEMENT, HANDLER: handler }, options);
    if (unbound.error !== undefined) throw refusedBy('placement.unbind', unbound);
  }
  if (stale.length > 0) return 'moved';
  return already ? 'already-bound' : 'bound';
}

/** The install page of an app with a user interface: it finishes the install in the portal. */
function installPage(install: InstallRequest, outcome: BindOutcome, options: InstallOptions): string {
  const said = {
    bound: 'The call card shows the tab from the next time the portal page loads.',
    moved: 'The tab now loads this handler, from the next time the portal page loads.',
    'already-bound': 'The tab was already bound; nothing changed.',
  }[outcome];
  return `<!doctype html>
<html lang="${escapeHtml(install.lang)}">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title)}</title>
    <script src="${escapeHtml(options.bx24Url ?? 'https://api.bitrix24.com/api/v1/')}"></script>
  </head>
  <body>
    <p id="installed" data-outcome="${outcome}">${escapeHtml(options.title)}: installed. ${said}</p>
    <script>BX24.init(function () { BX24.installFinish(); });</script>
  </body>
</html>
`;
}

/**
 * Answers a portal's install request: binds `CALL_CARD`, then answers as the portal expects (the page
 * that calls `BX24.installFinish()`, or 200 JSON for the event). 403 for a portal `portals` does not
 * allow, 4xx for a request a portal never sends, 502 when the portal refused or did not answer. Never throws.
 */
export async function answerInstallRequest(request: HandlerRequest, options: InstallOptions): Promise<HandlerAnswer> {
  let install: InstallRequest;
  try {
    install = readInstallRequest(request);
    if (options.portals && !options.portals(install.domain)) throw new HandlerRequestError(403, `This app does not install on ${install.domain}.`);
  } catch (error) {
    return refusal(error);
  }
  let outcome: BindOutcome;
  try {
    outcome = await bindCallCard(install, options);
  } catch (error) {
    return { status: 502, headers: TEXT_HEADERS, body: `${error instanceof Error ? error.message : String(error)}\n` };
  }
  return install.kind === 'page'
    ? { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: installPage(install, outcome, options) }
    : { status: 200, headers: { 'content-type': 'application/json' }, body: `${JSON.stringify({ installed: true, placement: CALL_CARD_PLACEMENT, outcome })}\n` };
}

/** The install handler for `node:http` and Express: `http.createServer(callCardInstallHandler({handlerUrl, title}))`. */
export function callCardInstallHandler(options: InstallOptions): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  return toNodeHandler((request) => answerInstallRequest(request, options));
}
