import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a widget learns that its card is closing. */
export type CardClosingPath = 'before-close' | 'pagehide';

/**
 * Tells the widget once per card that the card is closing, whichever way it goes: the host's
 * `BeforeClose` (when the widget holds the card open, or a host that sends it), or the document's
 * `pagehide`. On a portal, a card that may close is destroyed in the task that ended the call, so the
 * widget gets no `BeforeClose`; `pagehide` is then the last thing it hears, and the moment to save.
 */
export class ClosingNotice implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #announce: (path: CardClosingPath) => void;
  #announced = false;
  #callId: string | undefined;
  readonly #onPageHide = () => this.#tell('pagehide');

  constructor(host: ReactiveControllerHost & HTMLElement, announce: (path: CardClosingPath) => void) {
    this.#host = host;
    this.#announce = announce;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.ownerDocument?.defaultView?.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    this.#host.ownerDocument?.defaultView?.removeEventListener('pagehide', this.#onPageHide);
  }

  /** The host sent `BeforeClose`. */
  beforeClose(): void {
    this.#tell('before-close');
  }

  /** The card shows this call; another call (in a page the card did not leave) is another card. */
  showing(callId: string): void {
    if (callId && callId !== this.#callId) {
      if (this.#callId !== undefined) this.#announced = false;
      this.#callId = callId;
    }
  }

  #tell(path: CardClosingPath): void {
    if (this.#announced) return;
    this.#announced = true;
    this.#announce(path);
  }
}
