import { dirname, join } from 'node:path';
import { prependLine } from './prepend-line.mjs';

// V8's explicit compile hint (Chromium 133+; other engines ignore the comment). At the top of a
// file it asks V8 to compile every function in it eagerly, while the script streams in, instead
// of lazily on the main thread the first time each runs, which for the kit is its first render.
// Worth it for code that runs on load: the drop-in bundle (the kit renders as soon as it loads).
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A Vite plugin that puts the hint on top of every chunk it writes. It edits the written files:
 * the minifier runs after the bundle hooks and would strip a comment added earlier.
 */
export function compileHintVite() {
  return {
    name: 'compile-hint',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        prependLine(join(options.dir ?? dirname(options.file), chunk.fileName), COMPILE_HINT);
      }
    },
  };
}
