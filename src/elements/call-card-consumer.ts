import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { callCardContext } from '../context.js';
import type { CallCardController } from '../controller/call-card-controller.js';
import type { CallCardSnapshot } from '../model/snapshot.js';

/**
 * Gives a kit element the nearest provider's controller (it asks by the context protocol when it connects, and
 * leaves that provider when it disconnects) and re-renders it on every snapshot.
 * Snapshots are immutable, so the host can compare them by identity.
 */
export class CallCardConsumer implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #controller: CallCardController | undefined;
  #unsubscribe: (() => void) | undefined;
  #leaveProvider: (() => void) | undefined;
  /** The latest snapshot, or `undefined` outside a provider. */
  snapshot: CallCardSnapshot | undefined;

  readonly #shouldRender: (previous: CallCardSnapshot | undefined, next: CallCardSnapshot) => boolean;

  /**
   * `shouldRender` decides whether a new snapshot needs the host to re-render (by default always):
   * each tag looks only at the part of the snapshot it shows.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, shouldRender: (previous: CallCardSnapshot | undefined, next: CallCardSnapshot) => boolean = () => true) {
    this.#host = host;
    this.#shouldRender = shouldRender;
    host.addController(this);
  }

  get controller(): CallCardController | undefined {
    return this.#controller;
  }

  hostConnected(): void {
    this.#host.dispatchEvent(new ContextEvent(callCardContext, this.#host, this.#receive, true));
  }

  hostDisconnected(): void {
    this.#leaveProvider?.();
    this.#leaveProvider = undefined;
    this.#use(undefined);
  }

  /** The context protocol's callback: a provider's controller, and the function that leaves that provider. */
  readonly #receive = (controller: CallCardController | undefined, leave?: () => void): void => {
    if (leave !== this.#leaveProvider) {
      this.#leaveProvider?.();
      this.#leaveProvider = leave;
    }
    this.#use(controller);
  };

  #use(controller: CallCardController | undefined): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#controller = controller;
    this.snapshot = controller?.snapshot;
    if (controller) {
      this.#unsubscribe = controller.subscribe((snapshot) => {
        const previous = this.snapshot;
        this.snapshot = snapshot;
        if (this.#shouldRender(previous, snapshot)) this.#host.requestUpdate();
      });
    }
    this.#host.requestUpdate();
  }
}
