import { html, nothing, type PropertyValues } from 'lit';
import type { PlacementConnection } from '../../connection/placement-connection.js';
import { waitingConnection } from '../../connection/waiting-connection.js';
import type { CallCardSimulator } from '../../connection/simulator.js';
import { CallCardController, DEFAULT_COMMAND_TIMEOUT } from '../../controller/call-card-controller.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { CallCardError, type CallCardErrorInfo } from '../../model/errors.js';
import { adoptDarkAncestorRule } from '../../styles/dark-ancestor.js';
import type { Theme } from '../../styles/theme.js';
import type { CallCardSnapshot } from '../../model/snapshot.js';
import { callCardStyles } from './call-card.styles.js';
import { ConnectionSource } from './connection-source.js';
import { FrameFitter } from './frame-fitter.js';
import { ServerRenderedElement } from '../server-rendered-element.js';
import { domEventFor, errorEventOf } from './dom-events.js';
import { ClosingNotice } from './closing-notice.js';
import { loadErrorPanel } from './load-error-panel.js';
import { ControllerProvider } from './controller-provider.js';
import { B24CardClosingEvent } from './call-card.events.js';

/** @deprecated Use {@link Theme}. */
export type CallCardTheme = Theme;

/** The error panel once loaded; `null` after its file failed to load (asked again at the next error render). */
let errorPanel: typeof import('./error-panel.js') | null | undefined;
let loadingErrorPanel: Promise<void> | undefined;

function whenErrorPanel(): Promise<void> {
  return (loadingErrorPanel ??= loadErrorPanel().then(
    (module) => {
      errorPanel = module;
    },
    () => {
      errorPanel = null;
      loadingErrorPanel = undefined;
    },
  ));
}

/**
 * The provider: owns the connection to the Bitrix24 call card and shares a
 * {@link CallCardController} with every kit tag inside it.
 *
 * @summary Connects a CALL_CARD widget to Bitrix24 (or to the built-in simulator) and provides the live call to the tags inside.
 *
 * @slot - The widget's content: kit tags and anything else.
 *
 * @attr lang - Overrides the placement's language for every tag inside (a Bitrix24 code or a BCP 47 tag).
 * @attr placement-options - The placement's options as the portal POSTed them to the widget (`PLACEMENT_OPTIONS`, JSON): the card shows that call at once, before the host library is ready. `renderCallCard` sets it.
 *
 * @csspart error - The panel shown when the kit cannot work (status `error` or no host).
 * @csspart error-title - The panel's title.
 * @csspart error-message - The localized explanation of the error.
 * @csspart error-code - The error code, for support.
 * @csspart connecting - The quiet "Connecting…" line shown while a promised connection (or the simulator) is on its way.
 *
 * @cssprop --b24-cc-gap - Space between the provider's children (default 12px). Every tag also reads the shared `--b24-cc-*` properties listed for it.
 *
 * @event b24-ready - The host answered for the first time; the snapshot is live.
 * @event b24-call-state-change - The call's state changed. Detail: `{state, previous, failedCode}`.
 * @event b24-entity-change - The primary CRM entity or the bindings changed. Detail: `{entity, bindings}`.
 * @event b24-before-close - The card is about to close (or tried to, and keep-open held it). Can fire twice. On a portal it never comes when the card may close: listen for `b24-card-closing`.
 * @event b24-card-closing - The card is closing: once per card, on every path. Detail: `{path}`, `before-close` or `pagehide` (the document is going away, as on a portal that destroys the card). Save here, with `fetch` and `keepalive: true` or `navigator.sendBeacon`.
 * @event b24-error - Something failed. Detail: `{code, message}`; codes are listed in the README.
 */
export class B24CallCard extends ServerRenderedElement {
  static override styles = callCardStyles;

  static override properties = {
    connection: { attribute: false, noAccessor: true },
    simulate: { type: Boolean, reflect: true },
    commandTimeout: { type: Number, attribute: 'command-timeout' },
    theme: { type: String, reflect: true },
    placementOptions: { type: String, attribute: 'placement-options' },
  };

  /** `lang` is a global attribute with a native property; observe it rather than redefine it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  #connection: PlacementConnection | PromiseLike<PlacementConnection> | undefined;

  /**
   * The host connection, or a promise of one (`initializeB24Frame().then(b24FrameConnection)`): until
   * it settles the provider shows "Connecting…" and reports no error; a rejection is `NO_HOST` with
   * its reason. Takes precedence over `simulate` and the global `BX24`. Setting it reconnects at once:
   * with a ready connection, `snapshot` holds the call when the setter returns.
   */
  get connection(): PlacementConnection | PromiseLike<PlacementConnection> | undefined {
    return this.#connection;
  }

  set connection(value: PlacementConnection | PromiseLike<PlacementConnection> | undefined) {
    const old = this.#connection;
    this.#connection = value;
    this.requestUpdate('connection', old);
    this.#reconnectIfChanged();
  }
  /** Use the built-in call-card simulator instead of a real host. */
  declare simulate: boolean;
  /** ms to wait for any host answer before failing with `TIMEOUT`. Default 5000. */
  declare commandTimeout: number;
  /** `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  declare theme: Theme | undefined;
  /**
   * The placement's options as the portal POSTed them to the widget (`PLACEMENT_OPTIONS`): the card shows
   * that call at once, before the host library is ready, and the host's answers replace it. A server-rendered
   * card (`renderCallCard`) has them, so that the page keeps showing the call the server rendered.
   */
  declare placementOptions: string | undefined;

  readonly #provider = new ControllerProvider(this);
  readonly #i18n = new LocalizeController(
    this,
    () => this.getAttribute('lang') || this.#controller?.snapshot.lang || this.closest('[lang]')?.getAttribute('lang'),
    (error) => this.dispatchEvent(errorEventOf(error)),
  );
  #controller: CallCardController | undefined;
  readonly #source = new ConnectionSource(this, (failure) => {
    if (failure) return this.#showHostError(failure);
    this.#detach();
    this.#attach();
  });
  #builtFrom: { connection: B24CallCard['connection']; simulate: boolean; timeout: number } | undefined;
  #hostError: CallCardErrorInfo | null = null;
  /** No controller yet, and none is missing: a promised connection or the simulator is on its way. */
  #connecting = false;
  #unsubscribers: (() => void)[] = [];
  readonly #followers = new Set<(snapshot: CallCardSnapshot | undefined) => void>();
  readonly #closing = new ClosingNotice(this, (path) => this.dispatchEvent(new B24CardClosingEvent({ path })));
  readonly #fitter = new FrameFitter(this, () => this.#controller);

  constructor() {
    super();
    this.simulate = false;
    this.commandTimeout = DEFAULT_COMMAND_TIMEOUT;
    this.addController(this.#fitter);
  }

  /** The controller shared with the tags inside, or `undefined` when there is no host. */
  get controller(): CallCardController | undefined {
    return this.#controller;
  }

  /** The current snapshot, or `undefined` when there is no host. */
  get snapshot(): CallCardSnapshot | undefined {
    return this.#controller?.snapshot;
  }

  /**
   * Follows the call from script: calls `listener` at once with the current snapshot, then with every
   * new one, also across a new connection. `undefined` means no host (yet): read {@link error}.
   * Returns the function that stops it.
   */
  subscribe(listener: (snapshot: CallCardSnapshot | undefined) => void): () => void {
    this.#followers.add(listener);
    listener(this.snapshot);
    return () => this.#followers.delete(listener);
  }

  #tellFollowers(): void {
    for (const listener of [...this.#followers]) listener(this.snapshot);
  }

  /** The built-in simulator, in `simulate` mode, once loaded (see `whenSimulatorReady`): drive the call with its controls. */
  get simulator(): CallCardSimulator | undefined {
    return this.#source.simulator;
  }

  /** In `simulate` mode, resolves once the simulator has loaded and the provider uses it. */
  whenSimulatorReady(): Promise<CallCardSimulator | undefined> {
    return this.#source.whenSimulatorReady();
  }

  /** The current error: no host, or the controller's last error. */
  get error(): CallCardErrorInfo | null {
    return this.#hostError ?? this.#controller?.snapshot.error ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDarkAncestorRule(this);
    this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#detach();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name !== 'lang') return;
    this.#controller?.setLanguage(value);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#reconnectIfChanged();
  }

  #reconnectIfChanged(): void {
    const built = this.#builtFrom;
    if (this.isConnected && built && (built.connection !== this.connection || built.simulate !== this.simulate || built.timeout !== this.commandTimeout)) {
      this.#detach();
      this.#attach();
    }
  }

  protected override canHydrate(): boolean {
    return true;
  }

  protected override prepareHydration(): Promise<void> {
    return this.#i18n.prepare();
  }

  protected override render() {
    // The server rendered the card from its options: no error, nothing connecting.
    return html`${this.hydrating ? nothing : this.#renderStatus()}<slot></slot>`;
  }

  #renderStatus() {
    const snapshot = this.#controller?.snapshot;
    const error = this.#hostError ?? (snapshot?.status === 'error' ? snapshot.error : null);
    if (error) return this.#renderError(error);
    return this.#connecting ? html`<p part="connecting" role="status" lang=${this.#i18n.lang}>${this.#i18n.t('connecting')}</p>` : nothing;
  }

  #renderError(error: CallCardErrorInfo) {
    if (errorPanel) return errorPanel.renderErrorPanel(error, this.#i18n, this.renderRoot as ShadowRoot, (this.constructor as typeof B24CallCard).elementStyles);
    const before = errorPanel;
    void whenErrorPanel().then(() => {
      if (errorPanel !== before) this.requestUpdate();
    });
    // Until the panel's file arrives, nothing; while it cannot be fetched, the code alone.
    return errorPanel === null ? html`<p part="error" role="alert">${error.code}</p>` : nothing;
  }

  #attach(): void {
    const timeout = this.commandTimeout;
    this.#builtFrom = { connection: this.connection, simulate: this.simulate, timeout };
    // Until a promised connection or the simulator arrives, the call of `placement-options` shows.
    const connection = this.#source.choose() ?? (this.placementOptions ? waitingConnection() : undefined);
    this.#connecting = !connection;
    this.requestUpdate();
    if (!connection) return;
    if (connection instanceof CallCardError) {
      this.#showHostError(connection);
      return;
    }
    this.#hostError = null;
    const controller = new CallCardController(connection, { commandTimeout: timeout, initialOptions: this.placementOptions });
    controller.setLanguage(this.getAttribute('lang'));
    this.#controller = controller;
    let shown = controller.snapshot;
    this.#unsubscribers.push(
      controller.subscribe((snapshot) => {
        this.#closing.showing(snapshot.call.callId);
        if (snapshot.status !== shown.status || snapshot.error !== shown.error || snapshot.lang !== shown.lang) this.requestUpdate();
        shown = snapshot;
        this.#tellFollowers();
      }),
      controller.addListener((event) => {
        this.dispatchEvent(domEventFor(event));
        if (event.type === 'before-close') this.#closing.beforeClose();
        if (event.type === 'ready') this.#fitter.refit();
      }),
    );
    this.#provider.setValue(controller);
    controller.start();
    this.#tellFollowers();
    this.requestUpdate();
  }

  #showHostError(failure: CallCardError): void {
    const error = failure.toInfo();
    this.#hostError = error;
    this.#connecting = false;
    this.#provider.setValue(undefined);
    this.#tellFollowers();
    // Later, so that a page script that adds listeners after the tag upgrades still hears it.
    setTimeout(() => {
      if (this.#hostError === error) this.dispatchEvent(errorEventOf(error));
    });
    this.requestUpdate();
  }

  #detach(): void {
    for (const unsubscribe of this.#unsubscribers.splice(0)) unsubscribe();
    this.#controller?.dispose();
    this.#controller = undefined;
    this.#hostError = null;
    this.#provider.setValue(undefined);
    this.#tellFollowers();
  }

}
