import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

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

/**
 * A running duration since `startedAt`, frozen at `endedAt`, for one tag. While the call runs and the tag is
 * connected, each tick of the shared clock writes the new text into the text node of the tag's timer element
 * itself: the tag does not render again. After each render it writes the text there too, since Lit's own copy
 * of the value is then stale and it may skip a value that equals it.
 */
export class LiveDuration implements ReactiveController {
  readonly #format: (ms: number) => string;
  readonly #timer: () => Element | null;
  #startedAt: number | null = null;
  #endedAt: number | null = null;
  #connected = false;
  #text = '';
  #stop: (() => void) | undefined;

  /** `timer` finds the element the tag rendered {@link text} into, as its only text. */
  constructor(host: ReactiveControllerHost, format: (ms: number) => string, timer: () => Element | null) {
    this.#format = format;
    this.#timer = timer;
    host.addController(this);
  }

  /** The text to render for this call now. */
  text(startedAt: number | null, endedAt: number | null): string {
    this.#startedAt = startedAt;
    this.#endedAt = endedAt;
    this.#follow();
    this.#text = startedAt === null ? '' : this.#format((endedAt ?? Date.now()) - startedAt);
    return this.#text;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow();
  }

  hostUpdated(): void {
    this.#write();
  }

  #follow(): void {
    // A server render is one pass: nothing would ever stop the clock there.
    const running = this.#connected && !isServer && this.#startedAt !== null && this.#endedAt === null;
    if (!running) {
      this.#stop?.();
      this.#stop = undefined;
      return;
    }
    this.#stop ??= onClockTick((now) => {
      this.#text = this.#format(now - this.#startedAt!);
      this.#write();
    });
  }

  #write(): void {
    if (this.#startedAt === null) return;
    // Lit's part markers (and a server render's) are comments around the one text node.
    const node = [...(this.#timer()?.childNodes ?? [])].find((child): child is Text => child.nodeType === Node.TEXT_NODE);
    if (node && node.data !== this.#text) node.data = this.#text;
  }
}
