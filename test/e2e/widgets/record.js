// Records what the kit tells the page, for the end-to-end tests.
window.__events = [];
window.__errors = [];
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
for (const name of ['b24-ready', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-error']) {
  document.addEventListener(name, (event) => window.__events.push({ type: name, detail: event.detail ?? null }));
}
