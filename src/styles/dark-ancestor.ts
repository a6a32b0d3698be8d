import { isServer } from 'lit';
import { DARK } from './tokens.js';

/**
 * A `.dark` ancestor turns the kit dark in every engine. `:host-context(.dark)` would do it from
 * inside the shadow root, but only Chromium has it. Instead, one rule in the tag's own tree (the
 * document, or the shadow root the tag sits in) sets the theme's inheritable properties on `.dark`,
 * and they inherit into every shadow root below it. A `theme` on a tag or provider still wins,
 * because it sets the same properties closer to the tag.
 */
let sheet: CSSStyleSheet | undefined;
const adopted = new WeakSet<Node>();

/** Adds the `.dark` rule once to the document or shadow root that holds `element`. */
export function adoptDarkAncestorRule(element: Element): void {
  if (isServer) return;
  const root = element.getRootNode() as Document | ShadowRoot;
  if (adopted.has(root) || !root.adoptedStyleSheets) return;
  adopted.add(root);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`.dark{${DARK.cssText}}`);
  }
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A tag moved into another document (an iframe's) cannot adopt this document's sheet; its theme attribute still works.
  }
}
