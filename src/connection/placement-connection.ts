/** The three events of the CALL_CARD placement. */
export const CALL_CARD_EVENTS = ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'] as const;
export type CallCardEventName = (typeof CALL_CARD_EVENTS)[number];

/** The three commands of the CALL_CARD placement. They all take `{}`. */
export const CALL_CARD_COMMANDS = ['getStatus', 'disableAutoClose', 'enableAutoClose'] as const;
export type CallCardCommand = (typeof CALL_CARD_COMMANDS)[number];

export const CALL_CARD_PLACEMENT = 'CALL_CARD';

/** A host event handler. Real hosts pass one argument; the simulator adds `{failedCode}` as a second. */
export type HostEventHandler = (...args: unknown[]) => void;

/** What `getInterface` answers: the commands and events the current placement really has. */
export interface PlacementInterface {
  readonly command: readonly string[];
  readonly event: readonly string[];
}

/**
 * The kit's one view of a Bitrix24 placement host. Three implementations ship:
 * {@link bx24Connection}, {@link b24FrameConnection} and {@link createCallCardSimulator}.
 * Write your own to adapt any other host.
 */
export interface PlacementConnection {
  /** A short name for logs and errors, e.g. `bx24`, `b24-frame`, `simulator`. */
  readonly kind: string;
  /** `true` once `placement`, `options` and `lang` can be read. */
  readonly isReady: boolean;
  /** Resolves when the host library is initialized (e.g. after `BX24.init`). */
  ready(): Promise<void>;
  /** The placement code, `CALL_CARD` in a call card. */
  readonly placement: string;
  /** The raw placement options as the host gave them (a JSON string or an object of strings). */
  readonly options: unknown;
  /** The host's UI language as a Bitrix24 code (`en`, `ru`, `ua`, `la`…). */
  readonly lang: string;
  /** The portal's origin (`https://example.bitrix24.com`), for real links to portal pages, if known. */
  readonly portalOrigin?: string;
  /**
   * Sends a placement command. Resolves with the host's raw answer; may never settle (the host
   * ignores unknown commands). `timeout` is how long the caller will wait, for clients that give up
   * by themselves (the SDK's `isSafely`); the caller enforces it either way.
   */
  call(command: string, params?: Record<string, unknown>, options?: { readonly timeout?: number }): Promise<unknown>;
  /**
   * The object behind this connection (the `BX24` library, the `B24Frame`, the simulated card).
   * Two connections over one host share what the kit asked of it, such as keep-open.
   */
  readonly hostKey?: object;
  /**
   * Subscribes to a placement event. The host itself cannot unbind, so implementations bind each
   * event at most once per host object and fan it out; the returned function removes only this subscriber.
   */
  bindEvent(event: string, handler: HostEventHandler): () => void;
  /** Asks the host which commands and events this placement has. */
  getInterface?(): Promise<PlacementInterface>;
  /** Opens a portal path in a Bitrix24 slider. Rejects with `COMMAND_FAILED` (with the host's code) when refused. */
  openPath?(path: string): Promise<void>;
  /**
   * Fits the frame to the content's `height`; its width stays the card's (`'100%'`), so the frame
   * follows the card when the card is resized. Without a size, the library's own fit (which can only grow).
   */
  resize?(size?: { height: number }): void;
  /** Calls a REST method and resolves with its `result`. */
  callMethod?(method: string, params?: Record<string, unknown>): Promise<unknown>;
}
