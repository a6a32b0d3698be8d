/** An ESTree node, as a bundler's parser gives it. */
export interface SyntaxNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/**
 * Calls `visitor` on every node of an ESTree syntax tree, depth first. A visitor that returns
 * `false` skips that node's children.
 */
export function visitNodes(node: unknown, visitor: (node: SyntaxNode) => boolean | void): void {
  if (!node || typeof node !== 'object' || visitor(node as SyntaxNode) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) visitNodes(child, visitor);
    else if (value && typeof (value as { type?: unknown }).type === 'string') visitNodes(value, visitor);
  }
}
