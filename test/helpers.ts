import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `predicate` holds, failing with `message` after `timeout` ms. */
export function until(predicate: () => unknown, message: string, timeout = 2000): Promise<void> {
  return waitUntil(() => Boolean(predicate()), message, { timeout, interval: 5 });
}

/** Settles a promise into a tagged result so tests can assert on "still pending". */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<{ state: 'resolved'; value: T } | { state: 'rejected'; error: unknown } | { state: 'pending' }> {
  return Promise.race([
    promise.then((value) => ({ state: 'resolved' as const, value }), (error: unknown) => ({ state: 'rejected' as const, error })),
    sleep(ms).then(() => ({ state: 'pending' as const })),
  ]);
}

/** Presses keys together, e.g. `pressChord('Shift', 'Tab')`, in every engine the tests run in. */
export function pressChord(...keys: string[]): Promise<unknown> {
  return executeServerCommand('press-chord', { keys });
}
