import { hydrate } from '@lit-labs/ssr-client';
import type { RenderOptions } from 'lit';

/**
 * Gives every empty text part of the server's markup (`<!--lit-part--><!--/lit-part-->`) the empty text
 * node a browser render would have. Lit's hydration takes an empty string for a text node that is not
 * there, and the next text would overwrite the closing marker instead (lit/lit#4937).
 */
function fillEmptyTextParts(root: ShadowRoot): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode() as Comment | null; node; node = walker.nextNode() as Comment | null) {
    const next = node.nextSibling;
    if (node.data === 'lit-part' && next?.nodeType === Node.COMMENT_NODE && (next as Comment).data === '/lit-part') node.after('');
  }
}

/**
 * Takes over a server-rendered shadow root with Lit's hydration (`@lit-labs/ssr-client`): loaded with it, only
 * by a page that has one. Throws when the markup is not what `value` renders.
 */
export function hydrateServerMarkup(value: unknown, root: ShadowRoot, options: RenderOptions): void {
  fillEmptyTextParts(root);
  hydrate(value, root, options);
}
