import { loadLater } from '../../load-later.js';

/**
 * The drop-in's error panel comes with its second file, which the entry asks for at once: no request of its
 * own, and there when a card first has an error to show.
 */
export function loadErrorPanel(): Promise<typeof import('./error-panel.js')> {
  return loadLater();
}
