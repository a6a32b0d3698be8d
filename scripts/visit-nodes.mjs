/**
 * Calls `visitor` on every node of an ESTree syntax tree, depth first. A visitor that returns
 * `false` skips that node's children.
 */
export function visitNodes(node, visitor) {
  if (!node || typeof node !== 'object' || visitor(node) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) visitNodes(child, visitor);
    else if (value && typeof value.type === 'string') visitNodes(value, visitor);
  }
}
