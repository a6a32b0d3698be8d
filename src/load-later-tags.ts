import { errorEventOf } from './elements/call-card/dom-events.js';
import { loadFailedError } from './model/errors.js';

/**
 * Loads the drop-in's second file (`<b24-crm-bindings>`, `<b24-autoclose-toggle>`). When it cannot be
 * fetched, every card on the page hears `b24-error` with `LOAD_FAILED`; those two tags stay empty.
 */
export function loadLaterTags(): void {
  import('./register-later.js').catch((error: unknown) => {
    const failure = loadFailedError('The CRM bindings and keep-open tags', error, 'They stay empty.');
    for (const card of document.querySelectorAll('b24-call-card')) card.dispatchEvent(errorEventOf(failure));
  });
}
