export function visitNodes(node: unknown, visitor: (node: { type: string; [key: string]: unknown }) => boolean | void): void;
