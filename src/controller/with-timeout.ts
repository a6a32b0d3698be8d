import { CallCardError } from '../model/errors.js';

interface Waiter {
  readonly deadline: number;
  readonly expire: () => void;
}

// One timer for every command in flight, armed for the earliest deadline. A command per host
// event would otherwise set and clear a timer each time; with one timeout for all commands the
// deadlines only grow, so the timer is armed once and re-armed only when it fires.
const waiting = new Set<Waiter>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

function arm(deadline: number): void {
  if (deadline >= timerAt) return;
  clearTimeout(timer);
  timerAt = deadline;
  timer = setTimeout(expireDue, Math.max(0, deadline - performance.now()));
}

function expireDue(): void {
  timer = undefined;
  timerAt = Infinity;
  const now = performance.now();
  let next = Infinity;
  for (const waiter of waiting) {
    if (waiter.deadline <= now) {
      waiting.delete(waiter);
      waiter.expire();
    } else if (waiter.deadline < next) next = waiter.deadline;
  }
  if (next !== Infinity) arm(next);
}

/**
 * Races `pending` against a deadline. The host silently ignores unknown commands and commands
 * outside CALL_CARD, so without this a promise could wait forever.
 */
export function withTimeout<T>(pending: Promise<T>, ms: number, command: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const waiter: Waiter = {
      deadline: performance.now() + ms,
      expire: () => reject(new CallCardError('TIMEOUT', `The host did not answer ${command} within ${ms} ms. Is the widget open in the CALL_CARD placement?`, { command })),
    };
    waiting.add(waiter);
    arm(waiter.deadline);
    pending.then(
      (value) => {
        waiting.delete(waiter);
        resolve(value);
      },
      (error: unknown) => {
        waiting.delete(waiter);
        reject(error);
      },
    );
  });
}
