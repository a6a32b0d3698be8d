// Lit's html`` templates ship as written: every newline and indentation between tags. A run of
// whitespace that holds a newline renders as one space (the kit sets no `white-space: pre`), and
// turning it into one space keeps every text node, so Lit's parts stay where they were. This does
// that, inside html`` literals only, on the kit's own modules after TypeScript is stripped.
import type { Plugin } from 'vite';
import { visitNodes, type SyntaxNode } from './visit-nodes.js';

interface TemplateElement extends SyntaxNode {
  readonly value: { readonly raw: string };
}

/** Rewrites the whitespace of every html`` literal in `code`, found with the bundler's parser. */
export function collapseHtmlWhitespace(code: string, parse: (source: string) => unknown): string {
  const edits: TemplateElement[] = [];
  visitNodes(parse(code), (node) => {
    const { tag, quasi: template } = node as unknown as { tag?: { type: string; name?: string }; quasi?: { quasis: TemplateElement[] } };
    if (node.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && tag.name === 'html' && template) {
      for (const quasi of template.quasis) if (quasi.value.raw.includes('\n')) edits.push(quasi);
    }
  });
  let result = code;
  for (const quasi of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, quasi.start) + quasi.value.raw.replace(/\s*\n\s*/g, ' ') + result.slice(quasi.end);
  }
  return result;
}

/** For Vite (and Rolldown): after the TypeScript transform, so the parser sees plain JavaScript. */
export function collapseHtmlWhitespaceVite(): Plugin {
  return {
    name: 'collapse-html-whitespace',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: collapseHtmlWhitespace(code, (source) => this.parse(source)), map: null };
    },
  };
}
