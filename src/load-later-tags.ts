import type { B24FrameLike } from './connection/b24-frame.js';
import type { PlacementConnection } from './connection/placement-connection.js';
import { errorEventOf } from './elements/call-card/dom-events.js';
import { loadLater } from './load-later.js';
import { loadFailedError } from './model/errors.js';

/**
 * Loads the drop-in's second file (`<b24-crm-bindings>`, `<b24-autoclose-toggle>`). When it cannot be
 * fetched, every card on the page hears `b24-error` with `LOAD_FAILED`; those two tags stay empty.
 */
export function loadLaterTags(): void {
  loadLater().catch((error: unknown) => {
    const failure = loadFailedError('later-tags', error);
    for (const card of document.querySelectorAll('b24-call-card')) card.dispatchEvent(errorEventOf(failure));
  });
}

/**
 * The drop-in's `b24FrameConnection`: the SDK adapter comes with the second file, so this returns a promise
 * of the connection, which a card's `connection` takes as it is (`initializeB24Frame().then(b24FrameConnection)`).
 * Rejects with `LOAD_FAILED` when the file cannot be fetched; the card then shows that error.
 */
export function b24FrameConnection(frame: B24FrameLike): Promise<PlacementConnection> {
  return loadLater().then(
    (later) => later.b24FrameConnection(frame),
    (error: unknown) => {
      throw loadFailedError('sdk-adapter', error);
    },
  );
}
