import { ContextEvent, type ContextCallback } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { callCardContext } from '../../context.js';
import type { CallCardController } from '../../controller/call-card-controller.js';

type Provided = CallCardController | undefined;

interface Consumer {
  /** The element that asked: it asks again when a provider appears between it and this one. */
  readonly element: Element;
  readonly leave: () => void;
}

/** The context protocol's announcement of a new provider: a `ContextRoot` replays the requests it kept for it. */
class ContextProviderEvent extends Event {
  constructor(
    readonly context: typeof callCardContext,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/**
 * The provider's side of the context protocol, for the one context of the kit: answers the tags' `context-request`s
 * with the card's controller and calls every subscribed tag again when the controller changes. `@lit/context`'s
 * `ContextProvider` does the same for any context and any value; this one keeps only what the kit uses
 * (one context, every consumer subscribed, the value compared by identity) and costs the drop-in's first load
 * less (see docs/architecture.md). Consumers made with `@lit/context` and its `ContextRoot` work with it.
 */
export class ControllerProvider implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #consumers = new Map<ContextCallback<Provided>, Consumer>();
  #value: Provided;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    host.addEventListener('context-request', (event) => {
      const element = event.contextTarget ?? (event.composedPath()[0] as Element);
      if (event.context !== callCardContext || element === host) return;
      event.stopPropagation();
      const { callback, subscribe } = event as ContextEvent<typeof callCardContext>;
      if (!subscribe) return callback(this.#value);
      let consumer = this.#consumers.get(callback);
      if (!consumer) this.#consumers.set(callback, (consumer = { element, leave: () => this.#consumers.delete(callback) }));
      callback(this.#value, consumer.leave);
    });
    // A provider that appears inside this one after its tags asked: they ask again, and the nearer one answers.
    host.addEventListener('context-provider', (event: Event) => {
      const { context, contextTarget } = event as ContextProviderEvent;
      if (context !== callCardContext || contextTarget === host) return;
      event.stopPropagation();
      for (const [callback, { element }] of this.#consumers) element.dispatchEvent(new ContextEvent(callCardContext, element, callback, true));
    });
  }

  hostConnected(): void {
    this.#host.dispatchEvent(new ContextProviderEvent(callCardContext, this.#host));
  }

  /** Gives every subscribed tag `value` (at once, when it differs from the last). */
  setValue(value: Provided): void {
    if (value === this.#value) return;
    this.#value = value;
    for (const [callback, { leave }] of this.#consumers) callback(value, leave);
  }
}
