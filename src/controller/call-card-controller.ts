import { CALL_CARD_PLACEMENT, type PlacementConnection } from '../connection/placement-connection.js';
import { CallCardError, loadFailedError, type CallCardErrorInfo } from '../model/errors.js';
import type { LoadablePart } from '../model/developer-messages.js';
import { normalizeCall, type CallPayloadSource } from '../model/normalize-call.js';
import { INITIAL_SNAPSHOT, withCall, withChanges, type CallCardSnapshot } from '../model/snapshot.js';
import { sameBindings, sameCall, sameEntity } from '../model/same-call.js';
import { EMPTY_CALL, type CallInfo, type CrmBinding, type NormalizeResult } from '../model/types.js';
import type { CallOutcomes } from './call-outcomes.js';
import type { EntityTitles } from './entity-titles.js';
import { answerWithin, sendCommand, startNow } from './host-answers.js';
import type { KeepOpenWork } from './keep-open-holds.js';
import type { KeepOpenMachine } from './keep-open-machine.js';
import { keepOpenMachine } from './load-keep-open.js';
import { withTimeout } from './with-timeout.js';
import { developerMessage } from '../model/developer-message.js';

export { KEEP_OPEN_ATTEMPTS } from './keep-open-host.js';
export type { KeepOpenWork } from './keep-open-holds.js';

export const DEFAULT_COMMAND_TIMEOUT = 5000;

export interface CallCardControllerOptions {
  /** ms to wait for any host answer before failing with `TIMEOUT`. Default 5000. */
  readonly commandTimeout?: number;
  /** The clock for `connectedAt`/`endedAt`. */
  readonly now?: () => number;
  /**
   * The placement's options as the portal POSTed them to the widget (`PLACEMENT_OPTIONS`, a JSON string or
   * an object): `start()` shows this call at once, before the host library is ready. A server-rendered
   * card passes them, so that the page shows the call the server rendered until the host answers.
   */
  readonly initialOptions?: unknown;
}

/** What happened, in the order it happened; the provider turns these into DOM events. */
export type CallCardControllerEvent =
  | { readonly type: 'ready' }
  | { readonly type: 'call-state-change'; readonly state: string; readonly previous: string; readonly failedCode: string | null; readonly initial: boolean }
  | { readonly type: 'entity-change'; readonly entity: CrmBinding | null; readonly bindings: readonly CrmBinding[]; readonly initial: boolean }
  | { readonly type: 'before-close' }
  | { readonly type: 'error'; readonly error: CallCardErrorInfo };

type Listener<T> = (value: T) => void;

function isUnreadable(result: NormalizeResult): boolean {
  return result.problems.some((problem) => problem.code === 'malformed' || problem.field === 'payload');
}

/**
 * Owns one {@link PlacementConnection}: normalizes every payload, keeps the call-card state
 * machine, coalesces `getStatus` refreshes, times out commands and publishes immutable
 * {@link CallCardSnapshot}s. Nothing else in the kit talks to the host.
 */
export class CallCardController {
  readonly connection: PlacementConnection;
  readonly commandTimeout: number;
  readonly #now: () => number;
  readonly #initialOptions: unknown;
  #snapshot: CallCardSnapshot = INITIAL_SNAPSHOT;
  #initialSnapshot: CallCardSnapshot | undefined;
  readonly #snapshotListeners = new Set<Listener<CallCardSnapshot>>();
  readonly #eventListeners = new Set<Listener<CallCardControllerEvent>>();
  readonly #unbinders: (() => void)[] = [];
  #started = false;
  #disposed = false;
  #fatal = false;
  #announcedReady = false;
  /** Bumped by every host event; a refresh sent before the latest event must not overwrite it. */
  #eventSeq = 0;
  #refreshLoop: Promise<void> | null = null;
  #refreshQueued = false;
  readonly #keepOpen: KeepOpenMachine;
  #langOverride: string | null = null;
  readonly #titles = this.#lazily('title-resolver', () =>
    import('./entity-titles.js').then(({ EntityTitles }) => new EntityTitles((method, params) => this.callMethod(method, params))),
  );
  readonly #outcomes = this.#lazily('outcome-resolver', () =>
    import('./call-outcomes.js').then(({ CallOutcomes }) => new CallOutcomes((method, params) => this.callMethod(method, params), (error) => this.#report(error))),
  );

  constructor(connection: PlacementConnection, options: CallCardControllerOptions = {}) {
    this.connection = connection;
    const timeout = options.commandTimeout;
    this.commandTimeout = timeout !== undefined && Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_COMMAND_TIMEOUT;
    this.#now = options.now ?? Date.now;
    this.#initialOptions = options.initialOptions;
    this.#keepOpen = keepOpenMachine(connection, this.commandTimeout, {
      show: (keepOpen, pending) => this.#commit(withChanges(this.#snapshot, { keepOpen, keepOpenPending: pending })),
      confirmed: () => this.#clearErrorOf('disableAutoClose', 'enableAutoClose'),
      report: (error) => this.#report(error),
      held: (keepOpenHeld) => this.#commit(withChanges(this.#snapshot, { keepOpenHeld })),
    });
  }

  get snapshot(): CallCardSnapshot {
    return this.#snapshot;
  }

  /**
   * The snapshot made from `initialOptions` alone, before the host said anything: what a server-rendered
   * card shows. `undefined` without `initialOptions`, before `start()`, or when they could not be read.
   */
  get initialSnapshot(): CallCardSnapshot | undefined {
    return this.#initialSnapshot;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Calls `listener` with every new snapshot. Returns the unsubscribe function. */
  subscribe(listener: Listener<CallCardSnapshot>): () => void {
    this.#snapshotListeners.add(listener);
    return () => this.#snapshotListeners.delete(listener);
  }

  /** Calls `listener` with every controller event. Returns the unsubscribe function. */
  addListener(listener: Listener<CallCardControllerEvent>): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  /**
   * Connects. When the host library is already initialized, the first snapshot (from the
   * placement options) is published before this returns: the first render costs no round trip.
   */
  start(): void {
    if (this.#started || this.#disposed) return;
    this.#started = true;
    if (this.#initialOptions !== undefined && this.#initialOptions !== null && this.#applyPayload(this.#initialOptions, 'placement-options')) {
      this.#initialSnapshot = this.#snapshot;
    }
    if (this.connection.isReady) {
      this.#connect();
      return;
    }
    const ready = this.connection.ready();
    ready.then(() => this.#connect(), (error: unknown) => this.#fail(CallCardError.from(error, 'NO_HOST')));
    withTimeout(ready, this.commandTimeout, 'init').catch((error: unknown) => {
      if (!this.connection.isReady) this.#fail(CallCardError.from(error, 'TIMEOUT'));
    });
  }

  /** Asks the host for the current call. Concurrent calls share one request in flight plus one queued. */
  refresh(): Promise<void> {
    if (this.#disposed || this.#fatal) return Promise.resolve();
    if (this.#refreshLoop) {
      this.#refreshQueued = true;
      return this.#refreshLoop;
    }
    this.#refreshLoop = this.#runRefreshLoop().finally(() => {
      this.#refreshLoop = null;
    });
    return this.#refreshLoop;
  }

  /**
   * Resolves once no `getStatus` refresh is in flight or queued (at once when none is), so that
   * the snapshot holds everything the host has said so far. For tests and benchmarks.
   */
  async whenSettled(): Promise<void> {
    while (this.#refreshLoop) await this.#refreshLoop;
  }

  /**
   * Keeps the card open after the call (`disableAutoClose`) or lets it close (`enableAutoClose`).
   * Optimistic: the snapshot shows the new value at once, pending until the host answers. Only the
   * newest request's answer confirms. A command the host leaves unanswered is sent again, up to
   * {@link KEEP_OPEN_ATTEMPTS} times in all; then the switch reverts to the last confirmed value and
   * the error is reported, but an answer that still comes later is accepted. An explicit refusal
   * reverts at once. Resolves `true` when the host confirmed this request; never rejects.
   * While {@link keepOpenWhile} holds the card, the value is remembered and sent when the work settles
   * (resolves `true` at once).
   */
  keepOpen(value: boolean): Promise<boolean> {
    return this.#keepOpen.choose(value);
  }

  /**
   * Keeps the card open until `work` (a promise, or a function that starts one) settles, say while a
   * note is unsaved: the host gets `disableAutoClose` unless the card is already kept open, and when
   * the last such work settles, the operator's own choice (the switch) again. `keepOpenHeld` is `true`
   * meanwhile. Resolves or rejects as the work does; a failed command is reported like the switch's.
   */
  keepOpenWhile<T>(work: KeepOpenWork<T>): Promise<T> {
    return this.#keepOpen.hold(work);
  }

  /**
   * Sends a placement command with the controller's timeout. Rejects with a {@link CallCardError}:
   * `TIMEOUT` without an answer, `COMMAND_FAILED` when the answer is an error, `DISPOSED` after disposal.
   */
  async send(command: string, params: Record<string, unknown> = {}): Promise<unknown> {
    if (this.#disposed) throw new CallCardError('DISPOSED', developerMessage('disposed', command), { command });
    return answerWithin(command, sendCommand(this.connection, command, params, this.commandTimeout), this.commandTimeout);
  }

  /** The portal's origin (`https://example.bitrix24.com`) for links to its pages, when the connection knows it. */
  get portalOrigin(): string | undefined {
    return this.connection.portalOrigin;
  }

  /** Whether {@link openPath} can open portal pages through this host (old classic libraries cannot). */
  get canOpenPaths(): boolean {
    return Boolean(this.connection.openPath);
  }

  /** Whether {@link callMethod} can reach the portal's REST through this host. */
  get hasRest(): boolean {
    return Boolean(this.connection.callMethod);
  }

  /**
   * Asks the host to make the frame `height` tall (`resizeWindow` with the width `'100%'`, so the frame
   * follows the card's width); a connection that cannot resize ignores it.
   */
  fitFrame(size: { readonly height: number }): void {
    this.connection.resize?.(size);
  }

  /**
   * Opens a portal path in a Bitrix24 slider. Rejects with a {@link CallCardError}: `UNSUPPORTED`
   * when the connection cannot open paths, `COMMAND_FAILED` when the host refuses (also reported).
   */
  async openPath(path: string): Promise<void> {
    const { openPath } = this.connection;
    if (!openPath) throw new CallCardError('UNSUPPORTED', developerMessage('cannot-open-paths', this.connection.kind), { command: 'openPath' });
    try {
      await openPath.call(this.connection, path);
    } catch (error) {
      const failure = CallCardError.from(error, 'COMMAND_FAILED', 'openPath');
      this.#report(failure);
      throw failure;
    }
  }

  /**
   * Calls a REST method through the connection, with the controller's timeout: the classic library
   * never calls back when a request fails (it throws `Query error!` inside its XHR handler). Rejects
   * with a {@link CallCardError}: `UNSUPPORTED` when the connection has no REST, `TIMEOUT` without an
   * answer, `COMMAND_FAILED` when the portal answers with an error.
   */
  async callMethod(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const { callMethod } = this.connection;
    if (!callMethod) throw new CallCardError('UNSUPPORTED', developerMessage('cannot-call-rest', this.connection.kind), { command: method });
    try {
      return await withTimeout(
        startNow(() => callMethod.call(this.connection, method, params)),
        this.commandTimeout,
        method,
      );
    } catch (error) {
      throw CallCardError.from(error, 'COMMAND_FAILED', method);
    }
  }

  /**
   * Titles of CRM entities over REST (loaded on first use, one cache per controller), or `undefined`
   * when the connection cannot call REST methods, or when the resolver's file failed to load
   * (reported as `LOAD_FAILED`; the next call asks again).
   */
  loadTitles(): Promise<EntityTitles | undefined> {
    if (!this.hasRest) return Promise.resolve(undefined);
    return this.#titles();
  }

  /**
   * The outcome of ended calls from the portal's call records (`voximplant.statistic.get`), for
   * `resolve-outcome`; loaded and undefined as {@link loadTitles} is.
   */
  loadOutcomes(): Promise<CallOutcomes | undefined> {
    if (!this.hasRest) return Promise.resolve(undefined);
    return this.#outcomes();
  }

  /** Overrides the host's language (a Bitrix24 code or BCP 47 tag); `null` goes back to the host's. */
  setLanguage(lang: string | null): void {
    this.#langOverride = lang || null;
    if (this.#started) this.#commit(withChanges(this.#snapshot, { lang: this.#langOverride ?? this.connection.lang }));
  }

  /**
   * A part of the kit that loads on first use. A file that cannot be fetched is reported as
   * `LOAD_FAILED` and not cached: the next use asks again.
   */
  #lazily<T>(what: LoadablePart, load: () => Promise<T>): () => Promise<T | undefined> {
    let loading: Promise<T | undefined> | undefined;
    return () =>
      (loading ??= load().catch((error: unknown) => {
        loading = undefined;
        this.#report(loadFailedError(what, error));
        return undefined;
      }));
  }

  /** Stops all work. Host events that arrive later are ignored; the host bindings themselves stay (they cannot be removed). */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#keepOpen.dispose();
    this.#unbindAll();
    this.#snapshotListeners.clear();
    this.#eventListeners.clear();
  }

  #connect(): void {
    if (this.#disposed || this.#fatal) return;
    const { connection } = this;
    this.#commit(withChanges(this.#snapshot, { lang: this.#langOverride ?? connection.lang, keepOpen: this.#keepOpen.asked.confirmed }));
    if (connection.placement !== CALL_CARD_PLACEMENT) {
      this.#fail(
        new CallCardError('WRONG_PLACEMENT', developerMessage('wrong-placement', connection.placement || 'unknown')),
      );
      return;
    }
    if (connection.options !== undefined && connection.options !== null) this.#applyPayload(connection.options, 'placement-options');
    this.#unbinders.push(
      connection.bindEvent('CallCard::CallStateChanged', (state, extra) => this.#onHostEvent(state, 'call-state', extra)),
      connection.bindEvent('CallCard::EntityChanged', (payload) => this.#onHostEvent(payload, 'entity-changed')),
      connection.bindEvent('CallCard::BeforeClose', () => this.#onBeforeClose()),
    );
    this.#checkInterface();
    void this.refresh();
    // A controller before this one (the provider moved, or its connection was swapped and back) left a request unconfirmed.
    const { wanted, confirmed } = this.#keepOpen.asked;
    if (wanted !== confirmed) void this.keepOpen(wanted);
  }

  #checkInterface(): void {
    const { connection } = this;
    if (!connection.getInterface) return;
    withTimeout(startNow(() => connection.getInterface!()), this.commandTimeout, 'getInterface').then(
      (placementInterface) => {
        const commands: unknown = placementInterface?.command;
        if (Array.isArray(commands) && !commands.includes('getStatus')) {
          this.#fail(new CallCardError('WRONG_PLACEMENT', developerMessage('no-get-status')));
        }
      },
      // An unanswered getInterface proves nothing; getStatus will tell.
      () => undefined,
    );
  }

  #onHostEvent(payload: unknown, source: CallPayloadSource, extra?: unknown): void {
    if (this.#disposed || this.#fatal) return;
    this.#eventSeq += 1;
    this.#applyPayload(payload, source, extra);
    void this.refresh();
  }

  #onBeforeClose(): void {
    if (this.#disposed || this.#fatal) return;
    // With keep-open on, this is (first) the blocked attempt: the card stays.
    if (!this.#keepOpen.asked.confirmed) this.#commit(withChanges(this.#snapshot, { status: 'closing' }));
    this.#emit({ type: 'before-close' });
  }

  async #runRefreshLoop(): Promise<void> {
    do {
      this.#refreshQueued = false;
      const seq = this.#eventSeq;
      try {
        const answer = await this.send('getStatus');
        if (this.#disposed || this.#fatal) return;
        if (seq !== this.#eventSeq) {
          // A newer event won, and the refresh it queued runs next. Under a steady stream of events
          // that refresh is stale too, so still take what no event ever carries.
          this.#applyStatusOnlyFields(answer);
          continue;
        }
        if (!this.#applyPayload(answer, 'status')) continue;
        this.#clearErrorOf('getStatus', 'init');
        if (this.#snapshot.status === 'connecting' || this.#snapshot.status === 'error') {
          this.#commit(withChanges(this.#snapshot, { status: 'ready' }));
        }
        if (!this.#announcedReady) {
          this.#announcedReady = true;
          this.#emit({ type: 'ready' });
        }
      } catch (error) {
        if (this.#disposed || this.#fatal) return;
        this.#fail(CallCardError.from(error, 'COMMAND_FAILED', 'getStatus'), !this.#announcedReady);
      }
    } while (this.#refreshQueued && !this.#disposed);
  }

  /**
   * From a `getStatus` answer that a newer event made stale: the fields events never carry
   * (bindings, line, list mode, activity, direction), for the same call only. State, number and
   * primary entity stay as the newer event set them.
   */
  #applyStatusOnlyFields(answer: unknown): void {
    const current = this.#snapshot.call;
    const stale = normalizeCall(answer, 'status', { previous: current });
    if (isUnreadable(stale) || stale.call.callId !== current.callId) return;
    const { bindings, lineNumber, lineName, callListMode, crmActivityId, direction } = stale.call;
    const merged: CallInfo = Object.freeze({ ...current, bindings, lineNumber, lineName, callListMode, crmActivityId, direction });
    if (sameCall(current, merged)) return;
    this.#commit(withCall(this.#snapshot, merged, this.#now()));
    this.#announceCallChanges(current, this.#snapshot.call);
  }

  /** Returns `false` when the payload could not be read at all. */
  #applyPayload(payload: unknown, source: CallPayloadSource, failedCode?: unknown): boolean {
    const previous = this.#snapshot;
    const result = normalizeCall(payload, source, { previous: previous.call, failedCode });
    if (isUnreadable(result)) {
      const detail = result.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
      this.#report(new CallCardError('BAD_PAYLOAD', developerMessage('bad-payload', source, detail)));
      return false;
    }
    if (sameCall(previous.call, result.call) && result.problems.length === 0 && previous.problems.length === 0) return true;
    this.#commit(withChanges(withCall(previous, result.call, this.#now()), { problems: result.problems }));
    this.#announceCallChanges(previous.call, this.#snapshot.call);
    return true;
  }

  /**
   * The first call the kit learns of is announced too (`initial`), state and entity both: an app that
   * listens from page load knows the call (ringing, say) without waiting for it to change.
   */
  #announceCallChanges(before: CallInfo, after: CallInfo): void {
    const initial = before === EMPTY_CALL;
    if (initial || before.state !== after.state) {
      this.#emit({ type: 'call-state-change', state: after.state, previous: before.state, failedCode: after.failedCode, initial });
    }
    if (initial || !sameEntity(before.entity, after.entity) || !sameBindings(before.bindings, after.bindings)) {
      this.#emit({ type: 'entity-change', entity: after.entity, bindings: after.bindings, initial });
    }
  }

  /** Reports an error. `fatal` puts the controller in the `error` status (recoverable unless WRONG_PLACEMENT). */
  #fail(error: CallCardError, fatal = true): void {
    if (this.#disposed) return;
    if (error.code === 'WRONG_PLACEMENT') {
      this.#fatal = true;
      this.#unbindAll();
    }
    if (fatal) this.#commit(withChanges(this.#snapshot, { status: 'error' }));
    this.#report(error);
  }

  /** Drops our subscribers; the host's own bindings stay (it has no unbind). */
  #unbindAll(): void {
    for (const unbind of this.#unbinders.splice(0)) unbind();
  }

  #report(error: CallCardError): void {
    const info = error.toInfo();
    this.#commit(withChanges(this.#snapshot, { error: info }));
    this.#emit({ type: 'error', error: info });
  }

  #clearErrorOf(...commands: string[]): void {
    const { error } = this.#snapshot;
    if (error?.command !== undefined && commands.includes(error.command)) this.#commit(withChanges(this.#snapshot, { error: null }));
  }

  #commit(next: CallCardSnapshot): void {
    if (this.#disposed || next === this.#snapshot) return;
    this.#snapshot = next;
    for (const listener of [...this.#snapshotListeners]) listener(next);
  }

  #emit(event: CallCardControllerEvent): void {
    if (this.#disposed) return;
    for (const listener of [...this.#eventListeners]) listener(event);
  }
}
