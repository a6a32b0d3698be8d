import { CallCardError } from '../model/errors.js';
import { developerMessage } from '../model/developer-message.js';

/**
 * Races `pending` against a timer. The host silently ignores unknown commands and commands
 * outside CALL_CARD, so without this a promise could wait forever.
 */
export function withTimeout<T>(pending: Promise<T>, ms: number, command: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CallCardError('TIMEOUT', developerMessage('timeout', command, ms), { command })),
      ms,
    );
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}
