// The kit's look, as a hand-written widget would ship it: one light-DOM stylesheet with literal
// values (no theming layers). Without it the other builds would lay out bare HTML and the
// comparison would be of styled against unstyled output.
const CSS = `
.b24-card { display: block; color: #333; font: 14px system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif; }
.b24-card svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 1.5; stroke-linecap: round; stroke-linejoin: round; }
.b24-card .status { display: grid; grid-template-columns: auto 1fr auto; gap: 2px 12px; align-items: center; padding: 12px; border-radius: 8px; background: #fff; }
.b24-card .direction-icon { grid-row: span 3; display: inline-flex; padding: 8px; border-radius: 50%; background: #f5f7f8; color: #525c69; }
.b24-card .number { font-size: 1.15em; font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.b24-card .phase { display: inline-flex; align-items: center; gap: 6px; justify-self: end; font-weight: 600; }
.b24-card .phase::before { content: ''; width: 8px; height: 8px; border-radius: 50%; background: #6a737f; }
.b24-card .connected .phase::before { background: #1bce7b; }
.b24-card .ringing .phase::before, .b24-card .calling .phase::before { background: #faa72c; }
.b24-card .timer { justify-self: end; font-variant-numeric: tabular-nums; color: #525c69; }
.b24-card .details { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; color: #525c69; font-size: 13px; }
.b24-card .bindings { margin: 0; padding: 0; list-style: none; background: #fff; border-radius: 8px; }
.b24-card .item + .item { border-top: 1px solid #f0f0f0; }
.b24-card .link { display: grid; grid-template-columns: auto 1fr auto; gap: 0 8px; align-items: center; padding: 8px 12px; border-radius: 8px; color: #333; text-decoration: none; }
.b24-card .link:hover .name { text-decoration: underline; }
.b24-card .link:focus-visible { outline: 2px solid #0075ff; outline-offset: -2px; }
.b24-card .primary > .link { background: #e6f4ff; }
.b24-card .icon { grid-row: span 2; display: inline-flex; color: #525c69; }
.b24-card .type { color: #525c69; font-size: 13px; }
.b24-card .name { grid-column: 2; color: #0068e0; overflow-wrap: anywhere; }
.b24-card .badge { grid-row: span 2; padding: 1px 8px; border: 1px solid #a8adb4; border-radius: 99rem; font-size: 13px; }
.b24-card .toggle { display: inline-flex; align-items: center; gap: 8px; margin: 0; padding: 4px; border: 0; border-radius: 8px; background: none; color: #333; font: inherit; text-align: start; cursor: pointer; }
.b24-card .toggle:focus-visible { outline: 2px solid #0075ff; outline-offset: 2px; }
.b24-card .track { position: relative; flex: none; width: 34px; height: 20px; border-radius: 99rem; background: #a8adb4; transition: background-color 0.15s; }
.b24-card .thumb { position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px rgb(0 0 0 / 0.3); transition: transform 0.15s; }
.b24-card [aria-checked='true'] .track { background: #0075ff; }
.b24-card [aria-checked='true'] .thumb { transform: translateX(14px); }
`;

let added = false;

/** Adds the stylesheet to the page once, as a `<link>` in the page's head would. */
export function addCardStyles(): void {
  if (added) return;
  added = true;
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
}
