/** The error panel, on its first use: a file of its own for the app's bundler. */
export function loadErrorPanel(): Promise<typeof import('./error-panel.js')> {
  return import('./error-panel.js');
}
