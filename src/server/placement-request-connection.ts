import { CALL_CARD_PLACEMENT, type PlacementConnection } from '../connection/placement-connection.js';
import { CallCardError } from '../model/errors.js';
import type { PlacementRequest } from './placement-request.js';

/**
 * The connection a card has while `renderCallCard` renders it on the server: the placement, its options
 * and the language from the portal's POST, ready at once. `getStatus` answers with the options (the
 * server knows nothing newer), other commands and REST are refused, and no event ever comes.
 */
export function placementRequestConnection(request: PlacementRequest): PlacementConnection {
  return {
    kind: 'server',
    isReady: true,
    ready: () => Promise.resolve(),
    placement: request.placement || CALL_CARD_PLACEMENT,
    options: request.options,
    lang: request.lang,
    ...(request.portalOrigin ? { portalOrigin: request.portalOrigin } : {}),
    call: (command) =>
      command === 'getStatus'
        ? Promise.resolve(request.options)
        : Promise.reject(new CallCardError('UNSUPPORTED', `${command} cannot be sent while the card renders on the server.`, { command })),
    bindEvent: () => () => undefined,
    // The browser's host opens paths; saying so here renders the same links the browser will.
    openPath: () => Promise.reject(new CallCardError('UNSUPPORTED', 'Portal paths cannot be opened while the card renders on the server.', { command: 'openPath' })),
  };
}
