import { CALL_CARD_PLACEMENT, type CallCardEventName, type PlacementInterface } from '../src/connection/placement-connection.js';
import { DEMO_CALL } from '../src/connection/simulator.js';
import type { PortalAuth } from '../src/portal/app-tokens.js';
import type { ExternalCallRegisterParams, HostCallStatus } from '../src/portal/host-messages.js';
import { answerRest, type RestAnswer, type RestCaller } from '../src/portal/rest/answer-rest.js';
import { parsePhpQuery } from '../src/portal/rest/php-query.js';
import { SimulatedPortal, type PlacementHandler, type SavedPortal } from '../src/portal/simulated-portal.js';

/*
 * The emulator's portal and what reaches it: REST, the call card's commands and the panel's actions.
 * The emulator's server runs one (the portal lives in the server); a page served without that server
 * runs its own. Either way the page hears the card through batches: the changes one task made, which
 * the page applies in one task, as the portal's own page does.
 */

/** The card as the page shows it and as `getStatus` answers. */
export interface CardState {
  readonly status: HostCallStatus;
  readonly placement: string;
  readonly interface: PlacementInterface;
  readonly isOpen: boolean;
  readonly autoCloseBlocked: boolean;
  readonly isHolding: boolean;
}

/** One thing that happened to the card: an event for the widget, or the card opening or closing. */
export type CardChange = { readonly kind: 'event'; readonly event: CallCardEventName; readonly args: readonly unknown[] } | { readonly kind: 'open' | 'close' };

/** The changes one task made, numbered, and the card after them. */
export interface CardBatch {
  readonly seq: number;
  readonly changes: readonly CardChange[];
  readonly state: CardState;
}

/** A REST call, for the page's log. */
export interface RestNote {
  readonly method: string;
  readonly caller: RestCaller['kind'];
  /** The installed app whose token called (its install URL); absent for the widget's and the webhook. */
  readonly app?: string;
  readonly status: number;
  readonly error?: string;
}

/** A REST request as the server reads it off the wire. */
export interface RestRequest {
  readonly method: string;
  /** The JSON body, when the request had one. */
  readonly json: Record<string, unknown> | null;
  /** The query string and a form-encoded body, joined. */
  readonly form: string;
  readonly credential: { readonly kind: 'webhook'; readonly userId: number } | { readonly kind: 'auth'; readonly token: string };
}

/** What the panel (or a test) may do to the card: the card model's own methods. */
export const CARD_ACTIONS = ['startCall', 'connect', 'changeState', 'hangUp', 'changeEntity', 'addBinding', 'nextClient', 'close'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];
/** The card's actions, and the portal's own: expire every token, start a fresh portal. */
export const PORTAL_ACTIONS = [...CARD_ACTIONS, 'expireAuth', 'reset'] as const;
export type PortalAction = (typeof PORTAL_ACTIONS)[number];

/**
 * The call user 1's card shows when the emulator starts with a fresh portal: the simulator's demo
 * call, bound to the deal only, so that the panel's "Add binding" (company 5) adds one.
 */
export const EMULATOR_FIRST_CALL: ExternalCallRegisterParams = Object.freeze({ ...DEMO_CALL, CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 }] });

/** An action the portal refused: its name or arguments were wrong. */
export class PortalActionError extends Error {}

export class PortalHost {
  #portal: SimulatedPortal;
  #seq = 0;
  #pending: CardChange[] = [];
  #flushQueued = false;
  readonly #batchListeners = new Set<(batch: CardBatch) => void>();
  readonly #restListeners = new Set<(note: RestNote) => void>();
  readonly #changeListeners = new Set<() => void>();

  /** `saved`: a portal saved with {@link PortalHost.save}; without it, a fresh portal with its first call. */
  constructor(saved?: SavedPortal) {
    this.#portal = this.#listenTo(new SimulatedPortal(saved ? { saved } : { call: EMULATOR_FIRST_CALL }));
  }

  get portal(): SimulatedPortal {
    return this.#portal;
  }

  /** A fresh portal (the demo CRM, the first call, no records): the card closes and opens with the first call. */
  reset(): number {
    const wasOpen = this.#portal.card.isOpen;
    const { origin } = this.#portal;
    this.#portal.card.dispose();
    this.#portal = this.#listenTo(new SimulatedPortal({ call: EMULATOR_FIRST_CALL }));
    this.#portal.origin = origin;
    this.#pending.push(...(wasOpen ? [{ kind: 'close' as const }] : []), { kind: 'open' });
    return this.flush();
  }

  #listenTo(portal: SimulatedPortal): SimulatedPortal {
    portal.card.listen((event, args) => this.#push({ kind: 'event', event, args }));
    portal.card.onOpenChange((open) => this.#push({ kind: open ? 'open' : 'close' }));
    return portal;
  }

  /** The number of the last batch. */
  get seq(): number {
    return this.#seq;
  }

  get state(): CardState {
    const { card } = this.portal;
    return { status: card.status, placement: card.placement, interface: card.interface, isOpen: card.isOpen, autoCloseBlocked: card.autoCloseBlocked, isHolding: card.isHolding };
  }

  /** The handlers apps bound to the call card (`placement.bind`), each a tab of the card. */
  get tabs(): PlacementHandler[] {
    return this.portal.placements.filter((entry) => entry.placement === CALL_CARD_PLACEMENT).map((entry) => ({ ...entry }));
  }

  /** The portal as plain data, for `--state`. */
  save(): SavedPortal {
    return this.portal.toJSON();
  }

  onBatch(listener: (batch: CardBatch) => void): () => void {
    this.#batchListeners.add(listener);
    return () => this.#batchListeners.delete(listener);
  }

  onRest(listener: (note: RestNote) => void): () => void {
    this.#restListeners.add(listener);
    return () => this.#restListeners.delete(listener);
  }

  /** Told after anything that a saved portal would differ on. */
  onChange(listener: () => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  /** Runs a panel action; returns its value and the batch that carries what it changed. */
  act(action: string, args: readonly unknown[] = []): { seq: number; value: unknown } {
    if (!(PORTAL_ACTIONS as readonly string[]).includes(action)) throw new PortalActionError(`Unknown action ${JSON.stringify(action)}; the portal knows ${PORTAL_ACTIONS.join(', ')}.`);
    if (!Array.isArray(args)) throw new PortalActionError('The arguments must be an array.');
    const { card } = this.portal;
    if (action === 'reset') return { seq: this.reset(), value: null };
    let value: unknown;
    try {
      if (action === 'expireAuth') value = this.portal.expireAuth();
      else value = (card[action as CardAction] as (...values: unknown[]) => unknown)(...args);
    } catch (error) {
      throw new PortalActionError(`${action}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { seq: this.flush(true), value: value ?? null };
  }

  /** A widget's command to the card, as the portal answers it, or `undefined` where the portal stays silent. */
  command(command: string): { seq: number; answer: unknown } | undefined {
    const handled = this.portal.card.handleCommand(command);
    return handled && { seq: this.flush(command !== 'getStatus'), answer: handled.answer };
  }

  /** A new token: for an installed app (its install URL), or for the widget given to the emulator. */
  issueAuth(app = ''): PortalAuth {
    const auth = this.portal.issueAuth(app);
    this.#changed();
    return auth;
  }

  /** Removes every handler the app bound, as a portal does when the app is uninstalled. */
  removeAppPlacements(app: string): void {
    const kept = this.portal.placements.filter((entry) => entry.app !== app);
    this.portal.placements.splice(0, this.portal.placements.length, ...kept);
    this.#changed();
  }

  /** The token a frame loading `url` gets (the loading POST, `getInitData`, `refreshAuth`): its app's, if an app bound it. */
  issueFrameAuth(url: string): PortalAuth {
    return this.issueAuth(this.tabs.find((tab) => tab.handler === url)?.app ?? '');
  }

  /** Checks the credential as the portal does, then answers from the portal. */
  answerRest(request: RestRequest): RestAnswer {
    const answer = this.#answer(request);
    this.flush();
    this.#changed();
    const error = answer.status === 200 ? undefined : String(answer.body['error']);
    const app = request.credential.kind === 'auth' ? this.portal.appOf(request.credential.token) : '';
    const note: RestNote = { method: request.method, caller: request.credential.kind === 'webhook' ? 'webhook' : 'app', ...(app ? { app } : {}), status: answer.status, ...(error === undefined ? {} : { error }) };
    for (const listener of [...this.#restListeners]) listener(note);
    return answer;
  }

  /**
   * Sends the changes made so far as one batch; returns its number. `always`: send one even with no
   * change, for what the card keeps without an event (auto-close blocked).
   */
  flush(always = false): number {
    if (this.#pending.length === 0 && !always) return this.#seq;
    this.#seq += 1;
    const batch: CardBatch = { seq: this.#seq, changes: this.#pending.splice(0), state: this.state };
    for (const listener of [...this.#batchListeners]) listener(batch);
    this.#changed();
    return this.#seq;
  }

  #answer(request: RestRequest): RestAnswer {
    let caller: RestCaller;
    if (request.credential.kind === 'webhook') caller = { kind: 'webhook', userId: request.credential.userId };
    else {
      const check = this.portal.checkAuth(request.credential.token);
      if (check === 'expired') return { status: 401, body: { error: 'expired_token', error_description: 'The access token provided has expired.' } };
      if (check === 'unknown') return { status: 401, body: { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' } };
      caller = { kind: 'app', userId: this.portal.card.userId, app: this.portal.appOf(request.credential.token) };
    }
    const params: Record<string, unknown> = { ...parsePhpQuery(request.form), ...(request.json ?? {}) };
    delete params['auth'];
    return answerRest(this.portal, request.method, params, caller);
  }

  /** A change the model made by itself (a hold running out) goes out as soon as the task ends. */
  #push(change: CardChange): void {
    this.#pending.push(change);
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => {
      this.#flushQueued = false;
      this.flush();
    });
  }

  #changed(): void {
    for (const listener of [...this.#changeListeners]) listener();
  }
}
