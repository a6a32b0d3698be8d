import type { KeepOpenRequests } from './keep-open.js';

/** Work that keeps the card open until it settles: a promise, or a function that starts it. */
export type KeepOpenWork<T> = PromiseLike<T> | (() => T | PromiseLike<T>);

/**
 * The two reasons a card stays open: the operator's choice (the switch) and the app's unsaved work
 * (`keepOpenWhile`). The host hears one value, choice OR work; when the last work settles it hears
 * the operator's choice again, so settled work never leaves the card held.
 */
export class KeepOpenHolds {
  readonly #requests: KeepOpenRequests;
  readonly #showHeld: (held: boolean) => void;
  #holds = 0;
  /** The operator's choice while work holds the card; `undefined` when nothing holds it. */
  #choice: boolean | undefined;

  constructor(requests: KeepOpenRequests, showHeld: (held: boolean) => void) {
    this.#requests = requests;
    this.#showHeld = showHeld;
  }

  /** The operator's choice. While work holds the card it is remembered, and sent when the work settles. */
  choose(value: boolean): Promise<boolean> {
    if (this.#holds === 0) return this.#requests.request(value);
    this.#choice = value;
    return Promise.resolve(true);
  }

  /** Holds the card open until `work` settles; resolves or rejects as the work does. */
  hold<T>(work: KeepOpenWork<T>): Promise<T> {
    let settled: Promise<T>;
    try {
      settled = Promise.resolve(typeof work === 'function' ? work() : work);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.#holds++ === 0) {
      this.#choice = this.#requests.asked.wanted;
      this.#showHeld(true);
      if (!this.#choice) void this.#requests.request(true);
    }
    return settled.finally(() => this.#release());
  }

  #release(): void {
    if (--this.#holds > 0) return;
    const choice = this.#choice!;
    this.#choice = undefined;
    this.#showHeld(false);
    if (choice !== this.#requests.asked.wanted) void this.#requests.request(choice);
  }
}
