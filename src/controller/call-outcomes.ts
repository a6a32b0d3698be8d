import { CallCardError } from '../model/errors.js';
import { normalizeFailedCode } from '../model/normalize-call.js';
import type { HostRecord } from '../model/types.js';
import type { RestCall } from './entity-titles.js';

/**
 * How a call ended, from the portal's own record of it. `none`: no record came in time, or the
 * portal would not say (no access); the status then stays "Call ended".
 */
export type CallOutcome =
  | { readonly status: 'loading' }
  | { readonly status: 'found'; readonly failedCode: string | null; readonly durationMs: number | null }
  | { readonly status: 'none' };

/**
 * When to ask for a call's record after it ended: the portal may write it a moment after the
 * state goes idle. About 10 s in all, then the kit stops asking.
 */
export const OUTCOME_RETRY_DELAYS_MS: readonly number[] = [0, 500, 1000, 2000, 3000, 3500];

/** The outcomes of this many recent calls are kept. */
export const OUTCOME_CACHE_LIMIT = 20;

function durationOf(value: unknown): number | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/**
 * The outcome of ended calls, for `<b24-call-status resolve-outcome>`. The portal's frame bridge
 * passes only the call state into the widget, never the failure code; the call's record has it.
 * Asks REST `voximplant.statistic.get` with `FILTER: {CALL_ID}` (upper-case: a lower-case `filter`
 * is ignored and the whole portal comes back, so the answer is matched by CALL_ID too), a few times
 * with back-off until the record exists. A refusal (no access) ends the lookup and is reported once.
 */
export class CallOutcomes {
  readonly #callMethod: RestCall;
  readonly #onError: (error: CallCardError) => void;
  readonly #outcomes = new Map<string, CallOutcome>();
  readonly #listeners = new Set<() => void>();
  #reported = false;

  constructor(callMethod: RestCall, onError: (error: CallCardError) => void) {
    this.#callMethod = callMethod;
    this.#onError = onError;
  }

  get(callId: string): CallOutcome | undefined {
    return this.#outcomes.get(callId);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts looking the call up, once per call. */
  request(callId: string): void {
    if (!callId || this.#outcomes.has(callId)) return;
    this.#set(callId, { status: 'loading' });
    for (const key of this.#outcomes.keys()) {
      if (this.#outcomes.size <= OUTCOME_CACHE_LIMIT) break;
      this.#outcomes.delete(key);
    }
    void this.#lookUp(callId);
  }

  async #lookUp(callId: string): Promise<void> {
    for (const delay of OUTCOME_RETRY_DELAYS_MS) {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      let records: unknown;
      try {
        records = await this.#callMethod('voximplant.statistic.get', { FILTER: { CALL_ID: callId } });
      } catch (error) {
        const failure = CallCardError.from(error, 'COMMAND_FAILED', 'voximplant.statistic.get');
        if (failure.code === 'TIMEOUT') continue;
        if (!this.#reported) {
          this.#reported = true;
          this.#onError(failure);
        }
        break;
      }
      const record = (Array.isArray(records) ? (records as unknown[]) : []).find(
        (entry): entry is HostRecord => entry !== null && typeof entry === 'object' && (entry as HostRecord)['CALL_ID'] === callId,
      );
      if (record) {
        this.#set(callId, { status: 'found', failedCode: normalizeFailedCode(record['CALL_FAILED_CODE']), durationMs: durationOf(record['CALL_DURATION']) });
        return;
      }
    }
    this.#set(callId, { status: 'none' });
  }

  #set(callId: string, outcome: CallOutcome): void {
    this.#outcomes.set(callId, outcome);
    for (const listener of [...this.#listeners]) listener();
  }
}
