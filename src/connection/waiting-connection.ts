import type { PlacementConnection } from './placement-connection.js';

/**
 * A connection that is not there yet (a promised one, or the simulator on its way): never ready, it answers
 * nothing. With `placement-options`, the provider's controller shows their call over it, so that a card
 * rendered on the server keeps showing it until the real connection arrives and replaces this one.
 */
export function waitingConnection(): PlacementConnection {
  const never = () => new Promise<never>(() => undefined);
  return { kind: 'waiting', isReady: false, ready: never, placement: '', options: undefined, lang: '', call: never, bindEvent: () => () => undefined };
}
