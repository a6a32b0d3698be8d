import type { Bx24AjaxResult, Bx24Like } from '../../src/connection/bx24.js';
import type { CallCardEventName, HostEventHandler, PlacementInterface } from '../../src/connection/placement-connection.js';
import type { ExternalCallRegisterParams } from '../../src/portal/host-messages.js';
import { SimulatedCallCard } from '../../src/portal/simulated-call-card.js';
import { isOpenablePath } from '../../src/model/openable-path.js';

export interface FakeBx24Options {
  call?: ExternalCallRegisterParams;
  placement?: string;
  lang?: string;
  /** ms before BX24.init calls back; `null` never does. */
  initDelay?: number | null;
  /** Commands the host leaves unanswered on top of the real rules. */
  silent?: string[];
  holdOpenMs?: number;
  rest?: (method: string, params: unknown) => { data?: unknown; error?: string };
}

/**
 * A stand-in for the classic BX24 library as HOST-FACTS.md describes it, over the simulator's
 * host model: callbacks only (no promises), one argument per event, no unbind, silence for
 * unknown commands and outside CALL_CARD, and a `BX24` method name as a command returns silently.
 */
export class FakeBx24 implements Bx24Like {
  readonly card: SimulatedCallCard;
  readonly calls: { command: string; params: unknown }[] = [];
  readonly binds: string[] = [];
  readonly opened: string[] = [];
  readonly resizes: string[] = [];
  initCalls = 0;
  readonly #lang: string;
  readonly #initDelay: number | null;
  readonly #silent: Set<string>;
  readonly #rest: FakeBx24Options['rest'];
  #ready = false;

  constructor(options: FakeBx24Options = {}) {
    this.card = new SimulatedCallCard(options.call ?? { PHONE_NUMBER: '+4930123456', TYPE: 2, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 }, {
      ...(options.placement ? { placement: options.placement } : {}),
      ...(options.holdOpenMs ? { holdOpenMs: options.holdOpenMs } : {}),
    });
    this.#lang = options.lang ?? 'en';
    this.#initDelay = options.initDelay === undefined ? 0 : options.initDelay;
    this.#silent = new Set(options.silent ?? []);
    this.#rest = options.rest;
  }

  init(callback: () => void): void {
    this.initCalls += 1;
    if (this.#ready) return void setTimeout(callback);
    if (this.#initDelay === null) return;
    setTimeout(() => {
      this.#ready = true;
      callback();
    }, this.#initDelay);
  }

  getLang(): string {
    return this.#lang;
  }

  getDomain(): string {
    return 'portal.example.com';
  }

  readonly placement = {
    info: () => ({ placement: this.card.placement, options: this.card.placementOptions }),
    call: (command: string, params: unknown, callback?: (result: unknown) => void) => {
      const done = typeof params === 'function' ? (params as (result: unknown) => void) : callback;
      this.calls.push({ command, params: typeof params === 'function' ? {} : params });
      if (command in this) return; // BX24 itself has a method of that name: returns silently
      if (this.#silent.has(command)) return;
      const handled = this.card.handleCommand(command);
      if (handled && done) setTimeout(() => done(handled.answer));
    },
    bindEvent: (event: string, callback: HostEventHandler) => {
      this.binds.push(event);
      // No unbind: the handler lives as long as the page. Events carry one argument only.
      this.card.listen((_name, args) => setTimeout(() => callback(args[0])), event as CallCardEventName);
    },
    getInterface: (callback: (result: PlacementInterface) => void) => {
      setTimeout(() => callback(this.card.interface));
    },
  };

  openPath(path: string, callback?: (result: unknown) => void): void {
    this.opened.push(path);
    setTimeout(() => callback?.(isOpenablePath(path) ? { result: 'close' } : { result: 'error', errorCode: 'PATH_NOT_AVAILABLE' }));
  }

  /** As the real library: the document's `max(scrollHeight, offsetHeight)`, read by `fitWindow` through `BX24`. */
  getScrollSize(): { scrollWidth: number; scrollHeight: number } {
    const root = document.documentElement;
    return { scrollWidth: Math.max(root.scrollWidth, root.offsetWidth), scrollHeight: Math.max(root.scrollHeight, root.offsetHeight) };
  }

  /** As the real library: `resizeWindow` with the width `'100%'` and `this.getScrollSize().scrollHeight`. */
  fitWindow(): void {
    this.resizes.push(`100%x${this.getScrollSize().scrollHeight}`);
  }

  /** As the real library: both parsed to integers, sent only when both are positive. */
  resizeWindow(width: number, height: number): void {
    const [w, h] = [Number.parseInt(String(width), 10), Number.parseInt(String(height), 10)];
    if (w > 0 && h > 0) this.resizes.push(`${w}x${h}`);
  }

  callMethod(method: string, params: unknown, callback: (result: Bx24AjaxResult) => void): void {
    const answer = this.#rest?.(method, params) ?? { error: 'ERROR_METHOD_NOT_FOUND' };
    setTimeout(() => callback({ data: () => answer.data, error: () => answer.error }));
  }

  /** The number of host binds per event name. */
  bindCount(event: string): number {
    return this.binds.filter((name) => name === event).length;
  }
}
