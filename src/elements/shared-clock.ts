import { isServer } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

type Tick = (now: number) => void;

/** Half a second keeps a displayed second at most 0.5 s late, whatever the call's start phase. */
const TICK_MS = 500;
const subscribers = new Set<Tick>();
let timer: ReturnType<typeof setInterval> | undefined;

/** One clock for every timer on the page; it runs only while something listens. */
export function onClockTick(tick: Tick): () => void {
  subscribers.add(tick);
  timer ??= setInterval(() => {
    const now = Date.now();
    for (const subscriber of [...subscribers]) subscriber(now);
  }, TICK_MS);
  return () => {
    subscribers.delete(tick);
    if (subscribers.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** How many ticks listen now (for tests and diagnostics). */
export function clockListenerCount(): number {
  return subscribers.size;
}

class LiveDurationDirective extends AsyncDirective {
  #startedAt: number | null = null;
  #format: (ms: number) => string = String;
  #text = '';
  #stop: (() => void) | undefined;

  render(startedAt: number | null, endedAt: number | null, format: (ms: number) => string): string {
    this.#startedAt = startedAt;
    this.#format = format;
    if (startedAt === null || endedAt !== null) {
      this.#unsubscribe();
      this.#text = startedAt === null ? '' : format(endedAt! - startedAt);
    } else {
      // A server render is one pass: nothing would ever stop the clock there.
      if (this.isConnected && !isServer) this.#subscribe();
      this.#text = format(Date.now() - startedAt);
    }
    return this.#text;
  }

  protected override disconnected(): void {
    this.#unsubscribe();
  }

  protected override reconnected(): void {
    if (this.#startedAt !== null) this.#subscribe();
  }

  #subscribe(): void {
    this.#stop ??= onClockTick((now) => {
      const text = this.#format(now - this.#startedAt!);
      if (text === this.#text) return;
      this.#text = text;
      this.setValue(text); // updates only this text node; the element does not re-render
    });
  }

  #unsubscribe(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

/**
 * A running duration since `startedAt`, frozen at `endedAt`. Ticks from the shared clock update
 * only the text it renders.
 */
export const liveDuration = directive(LiveDurationDirective);
