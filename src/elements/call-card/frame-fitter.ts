import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { CallCardController } from '../../controller/call-card-controller.js';

/** The frame is refitted at most this often while its content keeps changing size. */
const RESIZE_DEBOUNCE_MS = 100;

/**
 * Keeps the widget's frame the height of its content, through the provider's controller, and its
 * width the card's. `BX24.fitWindow()` sends `max(scrollHeight, offsetHeight)` of the document, which
 * inside a frame is never less than the frame itself: it can grow the frame but never shrink it. So
 * this measures the content (the root element's box) and asks for that height, with the width
 * `'100%'` (a number would pin the frame to that width). It fits again whenever the host answers for
 * the first time, so a fit asked for before the host was ready is never lost.
 */
export class FrameFitter implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #controller: () => CallCardController | undefined;
  #observer: ResizeObserver | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sentHeight = -1;

  constructor(host: ReactiveElement, controller: () => CallCardController | undefined) {
    this.#host = host;
    this.#controller = controller;
  }

  hostConnected(): void {
    if (isServer) return;
    this.#observer ??= new ResizeObserver(() => this.#schedule());
    this.#observer.observe(this.#host);
    // The whole page's content: it may shrink or grow around the provider too.
    this.#observer.observe(this.#host.ownerDocument.documentElement);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    clearTimeout(this.#timer);
  }

  /** Fits the frame again even if the content kept its height: a new host has not been told it. */
  refit(): void {
    this.#sentHeight = -1;
    this.#schedule();
  }

  #schedule(): void {
    if (isServer) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const controller = this.#controller();
      const height = Math.max(1, Math.ceil(this.#host.ownerDocument.documentElement.getBoundingClientRect().height));
      if (!controller || height === this.#sentHeight) return;
      this.#sentHeight = height;
      controller.fitFrame({ height });
    }, RESIZE_DEBOUNCE_MS);
  }
}
