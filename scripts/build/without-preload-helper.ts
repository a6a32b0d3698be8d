// Vite wraps every dynamic import of a build in its preload helper, `__vitePreload(() => import(…),
// deps)`, even with `build.modulePreload: false` (vitejs/vite#18551): about 0.5 KB min+gzip of code
// that, with no deps to preload, only calls the import and reports a failure as `vite:preloadError`.
// The kit reports a chunk that fails to load itself (`LOAD_FAILED`), so the drop-in bundle makes the
// helper call the import and nothing else; the minifier then drops what only the helper used.

import type { Plugin } from 'vite';
import { visitNodes, type SyntaxNode } from './visit-nodes.js';

/** The helper's replacement: the import thunk, called. */
const BARE_IMPORT = 'function(load){return load()}';

/** Replaces, in `code`, every function whose body mentions `vite:preloadError` with {@link BARE_IMPORT}. */
export function withoutPreloadHelper(code: string, parse: (source: string) => unknown): { code: string; replaced: number } {
  const helpers: SyntaxNode[] = [];
  visitNodes(parse(code), (node) => {
    if ((node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') && code.slice(node.start, node.end).includes('vite:preloadError')) {
      helpers.push(node);
      return false;
    }
  });
  let result = code;
  for (const helper of helpers.sort((a, b) => b.start - a.start)) result = result.slice(0, helper.start) + BARE_IMPORT + result.slice(helper.end);
  return { code: result, replaced: helpers.length };
}

/** For Vite: rewrites each chunk before it is minified, so that the minifier drops what only the helper used. */
export function withoutPreloadHelperVite(): Plugin {
  return {
    name: 'without-preload-helper',
    renderChunk(code) {
      if (!code.includes('vite:preloadError')) return null;
      return { code: withoutPreloadHelper(code, (source) => this.parse(source)).code, map: null };
    },
  };
}
