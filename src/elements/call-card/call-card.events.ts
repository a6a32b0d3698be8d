import type { CallCardErrorCode } from '../../model/errors.js';
import type { CallState, CrmBinding } from '../../model/types.js';

const OPTIONS: EventInit = { bubbles: true, composed: true };

/** The host answered for the first time: the snapshot is live. */
export class B24ReadyEvent extends Event {
  static readonly eventName = 'b24-ready';
  constructor() {
    super(B24ReadyEvent.eventName, OPTIONS);
  }
}

export interface B24CallStateChangeDetail {
  readonly state: CallState | (string & {});
  readonly previous: CallState | (string & {});
  /** The finish status code when the call ended badly (the simulator sends it; real hosts usually do not). */
  readonly failedCode: string | null;
  /**
   * `true` once per provider, for the first call the kit learns of (at load, or when it first hears the
   * host): not a change, the state the call is in. `previous` is then `idle`.
   */
  readonly initial: boolean;
}

export class B24CallStateChangeEvent extends Event {
  static readonly eventName = 'b24-call-state-change';
  readonly detail: B24CallStateChangeDetail;
  constructor(detail: B24CallStateChangeDetail) {
    super(B24CallStateChangeEvent.eventName, OPTIONS);
    this.detail = detail;
  }
}

export interface B24EntityChangeDetail {
  readonly entity: CrmBinding | null;
  readonly bindings: readonly CrmBinding[];
  /** `true` for the first call the kit learns of: the entity it has, not a change. */
  readonly initial: boolean;
}

export class B24EntityChangeEvent extends Event {
  static readonly eventName = 'b24-entity-change';
  readonly detail: B24EntityChangeDetail;
  constructor(detail: B24EntityChangeDetail) {
    super(B24EntityChangeEvent.eventName, OPTIONS);
    this.detail = detail;
  }
}

/** The card is about to close, or tried to and was held open by keep-open. It can come twice. */
export class B24BeforeCloseEvent extends Event {
  static readonly eventName = 'b24-before-close';
  constructor() {
    super(B24BeforeCloseEvent.eventName, OPTIONS);
  }
}

export interface B24CardClosingDetail {
  /**
   * `before-close`: the host's `BeforeClose` (the widget held the card open, or the host sent it).
   * `pagehide`: the document is going away: on a portal, how a card that may close ends, with no
   * `BeforeClose` before it.
   */
  readonly path: 'before-close' | 'pagehide';
}

/**
 * The card is closing: once per card, on every path. Save what the operator entered now, with
 * `fetch(url, {method: 'POST', keepalive: true, body})` or `navigator.sendBeacon`: after `pagehide`
 * the page may never run again.
 */
export class B24CardClosingEvent extends Event {
  static readonly eventName = 'b24-card-closing';
  readonly detail: B24CardClosingDetail;
  constructor(detail: B24CardClosingDetail) {
    super(B24CardClosingEvent.eventName, OPTIONS);
    this.detail = detail;
  }
}

export interface B24ErrorDetail {
  readonly code: CallCardErrorCode;
  /** For developers, in English: what went wrong and how to fix it. */
  readonly message: string;
}

export class B24ErrorEvent extends Event {
  static readonly eventName = 'b24-error';
  readonly detail: B24ErrorDetail;
  constructor(detail: B24ErrorDetail) {
    super(B24ErrorEvent.eventName, OPTIONS);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'b24-ready': B24ReadyEvent;
    'b24-call-state-change': B24CallStateChangeEvent;
    'b24-entity-change': B24EntityChangeEvent;
    'b24-before-close': B24BeforeCloseEvent;
    'b24-card-closing': B24CardClosingEvent;
    'b24-error': B24ErrorEvent;
  }
}
