import type { PlacementConnection } from '../connection/placement-connection.js';
import { CallCardError, hostErrorCode } from '../model/errors.js';

/**
 * A keep-open command the host leaves unanswered is sent this many times in all before the switch
 * reverts: both commands are idempotent, and a host that answers late has usually applied it.
 */
export const KEEP_OPEN_ATTEMPTS = 3;

type KeepOpenCommand = 'disableAutoClose' | 'enableAutoClose';

/** What the kit asked of a host about keep-open; kept per host, so a new controller over it (a moved provider) knows. */
interface HostKeepOpen {
  wanted: boolean;
  confirmed: boolean;
}
const keepOpenByHost = new WeakMap<object, HostKeepOpen>();

function keepOpenOf(connection: PlacementConnection): HostKeepOpen {
  const key = connection.hostKey ?? connection;
  let state = keepOpenByHost.get(key);
  if (!state) keepOpenByHost.set(key, (state = { wanted: false, confirmed: false }));
  return state;
}

/** What the keep-open requests need of their controller. */
export interface KeepOpenChannel {
  readonly commandTimeout: number;
  isDisposed(): boolean;
  /** Sends the command now and gives the host's raw answer. */
  send(command: KeepOpenCommand): Promise<unknown>;
  /** The answer within the command timeout; rejects with a `CallCardError` on silence or refusal. */
  answerOf(command: KeepOpenCommand, pending: Promise<unknown>): Promise<unknown>;
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
  readonly #host: HostKeepOpen;
  readonly #channel: KeepOpenChannel;
  /** Bumped by every request; only the newest request's answer confirms. */
  #sent = 0;
  #confirmedRequest = 0;

  constructor(connection: PlacementConnection, channel: KeepOpenChannel) {
    this.#host = keepOpenOf(connection);
    this.#channel = channel;
  }

  /** The last value the host confirmed. */
  get confirmed(): boolean {
    return this.#host.confirmed;
  }

  /** The value last asked for, by this controller or one before it over the same host. */
  get wanted(): boolean {
    return this.#host.wanted;
  }

  /** Resolves `true` when the host confirmed this request; never rejects. */
  async request(value: boolean): Promise<boolean> {
    const channel = this.#channel;
    if (channel.isDisposed()) return false;
    const request = ++this.#sent;
    const command: KeepOpenCommand = value ? 'disableAutoClose' : 'enableAutoClose';
    this.#host.wanted = value;
    channel.show(value, true);
    let failure: CallCardError | undefined;
    for (let round = 1; round <= KEEP_OPEN_ATTEMPTS; round += 1) {
      const pending = channel.send(command);
      pending.then(
        (answer) => {
          if (hostErrorCode(answer) === null) this.#answered(request, value);
        },
        () => undefined,
      );
      try {
        await channel.answerOf(command, pending);
        this.#answered(request, value);
        return this.#confirmedRequest === request;
      } catch (error) {
        failure = CallCardError.from(error, 'COMMAND_FAILED', command);
      }
      if (channel.isDisposed() || request !== this.#sent) return false;
      if (this.#confirmedRequest === request) return true;
      if (failure.code !== 'TIMEOUT') break;
    }
    channel.show(this.#host.confirmed, false);
    channel.report(
      failure!.code === 'TIMEOUT'
        ? new CallCardError('TIMEOUT', `The host did not answer ${command} after ${KEEP_OPEN_ATTEMPTS} attempts of ${channel.commandTimeout} ms; the switch shows the last value it confirmed.`, { command })
        : failure!,
    );
    return false;
  }

  #answered(request: number, value: boolean): void {
    if (this.#channel.isDisposed() || request !== this.#sent || this.#confirmedRequest === request) return;
    this.#confirmedRequest = request;
    this.#host.confirmed = value;
    this.#channel.show(value, false);
    this.#channel.confirmed();
  }
}
