import type { B24FrameLike } from './connection/b24-frame.js';
import type { PlacementConnection } from './connection/placement-connection.js';
import { errorEventOf } from './elements/call-card/dom-events.js';
import { loadFailedError } from './model/errors.js';

/** The drop-in's second file: the CRM bindings, the keep-open switch, the SDK adapter and the error panel. One request, however many ask. */
export function loadLater(): Promise<typeof import('./register-later.js')> {
  // Lit's directive base is a file of its own, which the second file imports: asked for now, it comes in the
  // same round trip. A failure shows as the second file's.
  import('lit-html/directive.js').catch(() => undefined);
  return import('./register-later.js');
}

/**
 * Loads the drop-in's second file (`<b24-crm-bindings>`, `<b24-autoclose-toggle>`). When it cannot be
 * fetched, every card on the page hears `b24-error` with `LOAD_FAILED`; those two tags stay empty.
 */
export function loadLaterTags(): void {
  loadLater().catch((error: unknown) => {
    const failure = loadFailedError('The CRM bindings and keep-open tags', error, 'They stay empty.');
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
      throw loadFailedError('The @bitrix24/b24jssdk adapter', error);
    },
  );
}
