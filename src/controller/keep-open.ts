import type { PlacementConnection } from '../connection/placement-connection.js';
import { CallCardError, hostErrorCode } from '../model/errors.js';
import { answerWithin, sendCommand } from './host-answers.js';
import { KEEP_OPEN_ATTEMPTS, keepOpenOf, type HostKeepOpen } from './keep-open-host.js';
import { developerMessage } from '../model/developer-message.js';

type KeepOpenCommand = 'disableAutoClose' | 'enableAutoClose';

/** Where the keep-open requests show what they know: the controller's snapshot and errors. */
export interface KeepOpenView {
  /** Shows the value on the switch, pending or settled. */
  show(keepOpen: boolean, pending: boolean): void;
  /** The host confirmed a request: an earlier keep-open error no longer holds. */
  confirmed(): void;
  report(error: CallCardError): void;
}

/**
 * Keep-open, as one host hears it: optimistic, only the newest request's answer confirms, silence is
 * retried up to {@link KEEP_OPEN_ATTEMPTS} times, a refusal reverts at once, and a late answer of the
 * newest request still confirms it (the host has applied the command).
 */
export class KeepOpenRequests {
  readonly #connection: PlacementConnection;
  readonly #host: HostKeepOpen;
  readonly #timeout: number;
  readonly #view: KeepOpenView;
  #disposed = false;
  /** Bumped by every request; only the newest request's answer confirms. */
  #sent = 0;
  #confirmedRequest = 0;

  constructor(connection: PlacementConnection, commandTimeout: number, view: KeepOpenView) {
    this.#connection = connection;
    this.#host = keepOpenOf(connection);
    this.#timeout = commandTimeout;
    this.#view = view;
  }

  /** Stops: answers that come later change nothing. What was asked of the host stays known to it. */
  dispose(): void {
    this.#disposed = true;
  }

  /**
   * What was asked of this host, by this controller or one before it over the same host: the value
   * last `wanted`, and the last value the host `confirmed`.
   */
  get asked(): Readonly<HostKeepOpen> {
    return this.#host;
  }

  /** Resolves `true` when the host confirmed this request; never rejects. */
  async request(value: boolean): Promise<boolean> {
    const view = this.#view;
    if (this.#disposed) return false;
    const request = ++this.#sent;
    const command: KeepOpenCommand = value ? 'disableAutoClose' : 'enableAutoClose';
    this.#host.wanted = value;
    view.show(value, true);
    let failure: CallCardError | undefined;
    for (let round = 1; round <= KEEP_OPEN_ATTEMPTS; round += 1) {
      const pending = sendCommand(this.#connection, command, {}, this.#timeout);
      pending.then(
        (answer) => {
          if (hostErrorCode(answer) === null) this.#answered(request, value);
        },
        () => undefined,
      );
      try {
        await answerWithin(command, pending, this.#timeout);
        this.#answered(request, value);
        return this.#confirmedRequest === request;
      } catch (error) {
        failure = CallCardError.from(error, 'COMMAND_FAILED', command);
      }
      if (this.#disposed || request !== this.#sent) return false;
      if (this.#confirmedRequest === request) return true;
      if (failure.code !== 'TIMEOUT') break;
    }
    view.show(this.#host.confirmed, false);
    view.report(
      failure!.code === 'TIMEOUT'
        ? new CallCardError('TIMEOUT', developerMessage('keep-open-timeout', command, KEEP_OPEN_ATTEMPTS, this.#timeout), { command })
        : failure!,
    );
    return false;
  }

  #answered(request: number, value: boolean): void {
    if (this.#disposed || request !== this.#sent || this.#confirmedRequest === request) return;
    this.#confirmedRequest = request;
    this.#host.confirmed = value;
    this.#view.show(value, false);
    this.#view.confirmed();
  }
}
