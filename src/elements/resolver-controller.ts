import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CallCardController } from '../controller/call-card-controller.js';

interface Subscribable {
  subscribe(listener: () => void): () => void;
}

/**
 * Holds a resolver that the call-card controller loads on first use (titles, call outcomes) for
 * as long as a tag wants it: re-renders the tag when it learns something, lets it go when the
 * provider's controller changes or the tag leaves the page, and asks again at the tag's next
 * update when the resolver's file failed to load.
 */
export class ResolverController<T extends Subscribable> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: (controller: CallCardController) => Promise<T | undefined>;
  readonly #onChange: (() => void) | undefined;
  #from: CallCardController | undefined;
  #value: T | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, load: (controller: CallCardController) => Promise<T | undefined>, onChange?: () => void) {
    this.#host = host;
    this.#load = load;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The resolver, once loaded. */
  get value(): T | undefined {
    return this.#value;
  }

  /** From the tag's `willUpdate`: the controller to load from, or `undefined` when the feature is off. */
  use(controller: CallCardController | undefined): void {
    if (controller === this.#from) return;
    this.#from = controller;
    this.#set(undefined);
    if (!controller?.hasRest) return;
    void this.#load(controller).then((value) => {
      if (this.#from !== controller) return;
      if (value) this.#set(value);
      // Its file failed to load (reported as LOAD_FAILED): ask again at the next update.
      else this.#from = undefined;
    });
  }

  hostDisconnected(): void {
    this.#from = undefined;
    this.#set(undefined);
  }

  #set(value: T | undefined): void {
    if (value === this.#value) return;
    this.#unsubscribe?.();
    this.#value = value;
    this.#unsubscribe = value?.subscribe(() => this.#host.requestUpdate());
    this.#onChange?.();
    this.#host.requestUpdate();
  }
}
