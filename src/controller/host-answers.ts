import type { PlacementConnection } from '../connection/placement-connection.js';
import { CallCardError, hostErrorCode } from '../model/errors.js';
import { withTimeout } from './with-timeout.js';
import { developerMessage } from '../model/developer-message.js';

/** Starts host work now (not a microtask later), turning a synchronous throw into a rejection. */
export function startNow<T>(work: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Sends a placement command now; the host's raw answer, which may never come. */
export function sendCommand(connection: PlacementConnection, command: string, params: Record<string, unknown>, timeout: number): Promise<unknown> {
  return startNow(() => connection.call(command, params, { timeout }));
}

/**
 * A command's answer, waited for at most `timeout` ms. Rejects with a {@link CallCardError}:
 * `TIMEOUT` without an answer, `COMMAND_FAILED` when the answer is the host's error.
 */
export async function answerWithin(command: string, pending: Promise<unknown>, timeout: number): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await withTimeout(pending, timeout, command);
  } catch (error) {
    throw CallCardError.from(error, 'COMMAND_FAILED', command);
  }
  const hostCode = hostErrorCode(answer);
  if (hostCode) throw new CallCardError('COMMAND_FAILED', developerMessage('host-refused', command, hostCode), { command, hostCode });
  return answer;
}
