import { bx24Connection } from '../../connection/bx24.js';
import { loadSimulator } from '../../connection/load-simulator.js';
import type { PlacementConnection } from '../../connection/placement-connection.js';
import type { CallCardSimulator } from '../../connection/simulator.js';
import { developerMessage, developerMessagesReady, whenDeveloperMessagesReady } from '../../model/developer-message.js';
import { CallCardError, loadFailedError } from '../../model/errors.js';

function isPromiseLike(value: unknown): value is PromiseLike<PlacementConnection> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

/** What the provider offers to choose from. */
export interface ConnectionChoices {
  readonly isConnected: boolean;
  readonly connection: PlacementConnection | PromiseLike<PlacementConnection> | undefined;
  readonly simulate: boolean;
}

/**
 * Where the provider's connection comes from, in the documented order: the `connection` property
 * (or the promise of one), the `simulate` attribute (the simulator, loaded on first use), the
 * global `BX24`, else `NO_HOST`. When a promise settles or the simulator arrives and is still what
 * the provider asks for, `onChange` tells it to connect again; a simulator that fails to load comes
 * as the error to show.
 */
export class ConnectionSource {
  readonly #host: ConnectionChoices;
  readonly #onChange: (failure?: CallCardError) => void;
  #simulator: CallCardSimulator | undefined;
  #simulatorLoading: Promise<void> | undefined;
  #fullMessages: 'unasked' | 'waiting' | 'waited' = 'unasked';
  /** Each promised connection once it settled; `undefined` while it is pending. */
  readonly #settled = new WeakMap<PromiseLike<PlacementConnection>, PlacementConnection | CallCardError | undefined>();

  constructor(host: ConnectionChoices, onChange: (failure?: CallCardError) => void) {
    this.#host = host;
    this.#onChange = onChange;
  }

  /** The simulator, in `simulate` mode, once loaded. */
  get simulator(): CallCardSimulator | undefined {
    return this.#simulator;
  }

  /** Resolves once the simulator asked for has loaded (or failed to). */
  async whenSimulatorReady(): Promise<CallCardSimulator | undefined> {
    await this.#simulatorLoading;
    return this.#simulator;
  }

  /** The connection to use, an error, or `undefined` while a promised connection or the simulator is on its way. */
  choose(): PlacementConnection | CallCardError | undefined {
    const given = this.#host.connection;
    if (isPromiseLike(given)) return this.#settled.get(given) ?? this.#await(given);
    if (given) return given;
    if (this.#host.simulate) return this.#simulator ?? this.#loadSimulator();
    // `BX24 === null`: the classic library loaded, found no portal around it and gave up.
    if (globalThis.window?.BX24 !== undefined) {
      try {
        return bx24Connection(window.BX24);
      } catch (error) {
        return this.#noHost(() => CallCardError.from(error, 'NO_HOST'));
      }
    }
    return this.#noHost(() => new CallCardError('NO_HOST', developerMessage('no-host', window.top === window)));
  }

  /**
   * `NO_HOST`, said with its full message: the drop-in's messages come with its second file, which its error
   * panel needs too, so the error waits for that file (the card stays `connecting` meanwhile).
   */
  #noHost(error: () => CallCardError): CallCardError | undefined {
    if (developerMessagesReady() || this.#fullMessages === 'waited') return error();
    if (this.#fullMessages === 'unasked') {
      this.#fullMessages = 'waiting';
      void whenDeveloperMessagesReady().then(() => {
        // A file that failed leaves the short messages: the error comes with them.
        this.#fullMessages = 'waited';
        if (this.#host.isConnected) this.#onChange();
      });
    }
    return undefined;
  }

  #wantsSimulator(): boolean {
    return this.#host.isConnected && this.#host.simulate && !this.#host.connection;
  }

  #loadSimulator(): undefined {
    this.#simulatorLoading ??= loadSimulator().then(
      (simulator) => {
        this.#simulator = simulator;
        if (this.#wantsSimulator()) this.#onChange();
      },
      (error: unknown) => {
        // Not cached: the next choice (a reconnect, `simulate` set again) asks again.
        this.#simulatorLoading = undefined;
        if (this.#wantsSimulator()) this.#onChange(loadFailedError('simulator', error));
      },
    );
    return undefined;
  }

  /** Waits for a promised connection once, then asks to connect again if it is still the one set. */
  #await(promise: PromiseLike<PlacementConnection>): undefined {
    if (this.#settled.has(promise)) return;
    this.#settled.set(promise, undefined);
    Promise.resolve(promise)
      .then((connection) => {
        if (typeof connection?.call !== 'function') throw new TypeError(`it gave ${String(connection)}, not b24FrameConnection(frame)`);
        return connection;
      })
      .catch((reason: unknown) => new CallCardError('NO_HOST', developerMessage('connection-promise-failed', reason instanceof Error ? reason.message : String(reason)), { cause: reason }))
      .then((settled) => {
        this.#settled.set(promise, settled);
        if (this.#host.isConnected && this.#host.connection === promise) this.#onChange();
      });
  }
}
