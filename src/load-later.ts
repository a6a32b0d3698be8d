type Later = typeof import('./register-later.js');

let later: Later | undefined;

/**
 * The drop-in's second file: the CRM bindings, the keep-open switch and machine, the SDK adapter, the error
 * panel, the developer messages and the failure reasons' English. One request, however many ask. This module
 * imports nothing, so that every part of the first file can ask for that file without a cycle (Rolldown splits a
 * cycle into a chunk of its own, a second request before any tag runs).
 */
export function loadLater(): Promise<Later> {
  // Lit's directive base is a file of its own, which the second file imports: asked for now, it comes in the
  // same round trip. A failure shows as the second file's.
  import('lit-html/directive.js').catch(() => undefined);
  return import('./register-later.js').then((module) => (later = module));
}

/** The second file once it has arrived (the entry asks for it at once), else `undefined`. */
export function laterLoaded(): Later | undefined {
  return later;
}

/** Settles when the second file has arrived or failed to. */
export function whenLaterSettled(): Promise<void> {
  return loadLater().then(
    () => undefined,
    () => undefined,
  );
}
