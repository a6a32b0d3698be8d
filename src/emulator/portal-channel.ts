import { answerRest, type RestAnswer, type RestCaller } from '../portal/rest/answer-rest.js';
import { parsePhpQuery } from '../portal/rest/php-query.js';
import type { SimulatedPortal } from '../portal/simulated-portal.js';

/** A REST request as the emulator's server forwards it to the page. */
interface ForwardedRequest {
  readonly id: string;
  readonly method: string;
  /** The JSON body, when the request had one. */
  readonly json: Record<string, unknown> | null;
  /** The query string and a form-encoded body, joined. */
  readonly form: string;
  readonly credential: { kind: 'webhook'; userId: number } | { kind: 'auth'; token: string };
}

export interface PortalChannelEvents {
  /** Every REST call, with its answer. */
  onRest?(method: string, caller: string, answer: RestAnswer): void;
  /** `connected` (with the webhook URL), `superseded` (a newer page took over), or `unavailable` (no emulator server). */
  onStatus?(status: 'connected' | 'superseded' | 'unavailable', detail?: string): void;
}

/** Checks the credential as the portal does, then answers from the portal. */
export function answerForwarded(portal: SimulatedPortal, request: ForwardedRequest): RestAnswer {
  let caller: RestCaller;
  if (request.credential.kind === 'webhook') caller = { kind: 'webhook', userId: request.credential.userId };
  else {
    const check = portal.checkAuth(request.credential.token);
    if (check === 'expired') return { status: 401, body: { error: 'expired_token', error_description: 'The access token provided has expired.' } };
    if (check === 'unknown') return { status: 401, body: { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' } };
    caller = { kind: 'app', userId: portal.card.userId };
  }
  const params: Record<string, unknown> = { ...parsePhpQuery(request.form), ...(request.json ?? {}) };
  delete params['auth'];
  return answerRest(portal, request.method, params, caller);
}

/**
 * Connects the page's portal to the emulator's server: REST requests arrive over server-sent
 * events and their answers go back by POST. Returns a function that disconnects.
 */
export function connectPortalChannel(portal: SimulatedPortal, events: PortalChannelEvents = {}): () => void {
  const source = new EventSource('/emulator/channel');
  let connected = false;
  source.addEventListener('hello', (event) => {
    connected = true;
    events.onStatus?.('connected', (JSON.parse((event as MessageEvent<string>).data) as { webhook: string }).webhook);
  });
  source.addEventListener('rest', (event) => {
    const request = JSON.parse((event as MessageEvent<string>).data) as ForwardedRequest;
    const answer = answerForwarded(portal, request);
    events.onRest?.(request.method, request.credential.kind, answer);
    void fetch('/emulator/answer', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: request.id, ...answer }) });
  });
  source.addEventListener('superseded', () => {
    source.close();
    events.onStatus?.('superseded');
  });
  source.addEventListener('error', () => {
    // Served by a plain file server: there is no channel, and no REST.
    if (!connected) {
      source.close();
      events.onStatus?.('unavailable');
    }
  });
  return () => source.close();
}
