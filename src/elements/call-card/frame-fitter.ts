import type { ReactiveController, ReactiveElement } from 'lit';
import type { CallCardController } from '../../controller/call-card-controller.js';

/** The frame is refitted at most this often while its content keeps changing size. */
const RESIZE_DEBOUNCE_MS = 100;

/**
 * Keeps the widget's frame the size of its content, through the provider's controller.
 * `BX24.fitWindow()` sends `max(scrollHeight, offsetHeight)` of the document, which inside a frame is
 * never less than the frame itself: it can grow the frame but never shrink it. So this measures the
 * content (the root element's box) and asks for that height; both libraries' `resizeWindow` take a
 * number for the width too, so the frame's current width goes with it.
 */
export class FrameFitter implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #controller: () => CallCardController | undefined;
  #observer: ResizeObserver | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastHeight = -1;

  constructor(host: ReactiveElement, controller: () => CallCardController | undefined) {
    this.#host = host;
    this.#controller = controller;
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(() => this.#schedule());
    this.#observer.observe(this.#host);
    // The whole page's content: it may shrink or grow around the provider too.
    this.#observer.observe(this.#host.ownerDocument.documentElement);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const document = this.#host.ownerDocument;
      const view = document.defaultView;
      if (!view) return;
      const height = Math.max(1, Math.ceil(document.documentElement.getBoundingClientRect().height));
      if (height === this.#lastHeight) return;
      this.#lastHeight = height;
      this.#controller()?.fitFrame({ width: Math.max(1, Math.round(view.innerWidth)), height });
    }, RESIZE_DEBOUNCE_MS);
  }
}
