// Lit's css`` templates ship as written: indentation and newlines included. This strips the
// whitespace CSS does not need, inside css`` literals only, for the builds and the size report.

const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;

/** Minifies the CSS text between interpolations; `${…}` parts are left alone. */
export function minifyCss(text) {
  return text
    .split(/(\$\{[^}]*\})/)
    .map((part) =>
      part.startsWith('${')
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            // An empty custom property (a "space toggle") keeps its space: some engines reject `--x:;`.
            .replace(/(--[\w-]+):(?=[;}])/g, '$1: '),
    )
    .join('');
}

export function minifyCssLiterals(source) {
  return source.replace(CSS_LITERAL, (_, body) => `css\`${minifyCss(body)}\``);
}

/** For Vite (and Rollup/Rolldown). */
export function minifyCssLiteralsVite() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** For esbuild. */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(path, 'utf8');
        return { contents: source.includes('css`') ? minifyCssLiterals(source) : source, loader: 'ts' };
      });
    },
  };
}
