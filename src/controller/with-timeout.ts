import { CallCardError } from '../model/errors.js';

/**
 * Races `pending` against a timer. The host silently ignores unknown commands and commands
 * outside CALL_CARD, so without this a promise could wait forever.
 */
export function withTimeout<T>(pending: Promise<T>, ms: number, command: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CallCardError('TIMEOUT', `The host did not answer ${command} within ${ms} ms. Is the widget open in the CALL_CARD placement?`, { command })),
      ms,
    );
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}
