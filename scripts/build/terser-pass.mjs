import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minify } from 'terser';

// A second minifier pass, Terser's over Oxc's output, for the drop-in only. Neither alone is as small: Oxc's
// output with Terser on top is 0.2 KB min+gzip smaller in the first load than Oxc's, and Terser alone 0.2 KB
// larger. It keeps the licence notice and the compile hint (see compile-hint.mjs).
export const TERSER_OPTIONS = {
  module: true,
  compress: { passes: 2 },
  format: { comments: /@license|allFunctionsCalledOnLoad/ },
};

/**
 * A Vite plugin that runs Terser over every chunk it wrote. It edits the written files, since Vite's own
 * minifier runs after the bundle hooks; first and alone, so that the comments other plugins add come after.
 */
export function terserPassVite() {
  return {
    name: 'terser-pass',
    writeBundle: {
      order: 'pre',
      sequential: true,
      async handler(options, bundle) {
        const dir = options.dir ?? dirname(options.file);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const file = join(dir, chunk.fileName);
          const { code } = await minify(readFileSync(file, 'utf8'), TERSER_OPTIONS);
          writeFileSync(file, code);
        }
      },
    },
  };
}
