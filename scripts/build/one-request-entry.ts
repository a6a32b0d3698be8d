// The drop-in's first load is one request: what the entry shares with its on-demand files (the simulator,
// the REST resolvers) stays in the entry, and those files take it from the entry. A static
// `import … from "./b24-call-card-kit.js"` in them would name the entry without the query string the page
// may have loaded it with (`b24-call-card-kit.js?v=2`), so the browser would load and run a second copy,
// with a second `CallCardError` class that `instanceof` does not recognise. So:
// - the entry loads each of its files with its own query string (`./b24-call-card-kit-ru.js?v=2`);
// - each file takes what it needs from the entry, or from a file it shares with other on-demand files, by the
//   same query string, with a top-level await.

import type { Plugin } from 'vite';

/** `new URL(import.meta.url).search`: the query string this file was loaded with. */
const OWN_QUERY = 'new URL(import.meta.url).search';

/** `import { a as b, c } from "./entry.js";` → `const { a: b, c } = await import("./entry.js" + query);` */
export function importEntryByQuery(code: string, entryFile: string): { code: string; replaced: number } {
  let replaced = 0;
  const quoted = entryFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const declaration = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(["'\`])\\./${quoted}\\2;?`, 'g');
  const result = code.replace(declaration, (_match, names: string) => {
    replaced += 1;
    const bindings = names
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => name.replace(/\s+as\s+/, ': '));
    return `const { ${bindings.join(', ')} } = await import("./${entryFile}" + ${OWN_QUERY});`;
  });
  const left = new RegExp(`(?:import|export)[^;]*from\\s*(["'\`])\\./${quoted}\\1`).exec(result);
  if (left) throw new Error(`one-request-entry: an import of the entry it cannot rewrite: ${left[0].slice(0, 120)}`);
  return { code: result, replaced };
}

/** The name of the entry's own query string, declared once at its top. */
const QUERY = '__b24OwnQuery';

/**
 * `import("./b24-call-card-kit-x.js")` → `import("./b24-call-card-kit-x.js" + query)`, for the entry's own
 * files (also where a template computes the name); the query is read once, at the top.
 */
export function importChunksByQuery(code: string, prefix: string): { code: string; replaced: number } {
  let replaced = 0;
  const quoted = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A literal path, or a template whose file name is computed (`./b24-call-card-kit-${language}.js`).
  const dynamic = new RegExp(`import\\(\\s*(?:/\\*[^*]*\\*/\\s*)?(["'\`])(\\./${quoted}[^"'\`]*\\.js)\\1\\s*\\)`, 'g');
  const result = code.replace(dynamic, (_match, quote: string, path: string) => {
    replaced += 1;
    return `import(${quote}${path}${quote} + ${QUERY})`;
  });
  return { code: replaced > 0 ? `const ${QUERY} = ${OWN_QUERY};\n${result}` : result, replaced };
}

/** For Vite: rewrites the chunks before they are minified. `entryFile`: the entry's file name. */
export function oneRequestEntryVite(entryFile: string): Plugin {
  const prefix = entryFile.replace(/\.js$/, '-');
  return {
    name: 'one-request-entry',
    renderChunk(code, chunk) {
      if (chunk.fileName === entryFile) return { code: importChunksByQuery(code, prefix).code, map: null };
      // The entry, and the files that on-demand files share (Lit's directive base, say), which they load statically.
      const shared = chunk.imports.filter((file) => file === entryFile || file.startsWith(prefix));
      if (shared.length === 0 && !code.includes(entryFile)) return null;
      let result = importChunksByQuery(code, prefix).code;
      for (const file of new Set([entryFile, ...shared])) result = importEntryByQuery(result, file).code;
      return { code: result, map: null };
    },
  };
}
