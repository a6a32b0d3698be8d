// Modules the drop-in bundle replaces, by the ending of the path they are imported as:
// - no development hints, since it carries Lit's production build (see src/elements/development-hints.ts);
// - catalogs by a computed URL, since the drop-in names their files itself (see vite.bundle.config.ts);
// - the error panel from the second file, which the entry asks for at once (see src/load-later-tags.ts);
// - the developer messages' full texts, the keep-open machine and the failure reasons' English from the second
//   file too (the other `*.drop-in.ts` modules below).
// The drop-in's Vite build and the size report's breakdown of its first load both use this.
import { fileURLToPath } from 'node:url';

export const DROP_IN_MODULES = {
  '/development-hints.js': fileURLToPath(new URL('../../src/elements/development-hints.production.ts', import.meta.url)),
  '/load-catalog.js': fileURLToPath(new URL('../../src/i18n/load-catalog.drop-in.ts', import.meta.url)),
  '/load-error-panel.js': fileURLToPath(new URL('../../src/elements/call-card/load-error-panel.drop-in.ts', import.meta.url)),
  '/load-keep-open.js': fileURLToPath(new URL('../../src/controller/load-keep-open.drop-in.ts', import.meta.url)),
  '/failure-reasons.js': fileURLToPath(new URL('../../src/elements/call-status/failure-reasons.drop-in.ts', import.meta.url)),
  '/developer-message.js': fileURLToPath(new URL('../../src/model/developer-message.drop-in.ts', import.meta.url)),
};

/** The replacement of `source` (an import specifier), or `null`. */
export function dropInModule(source) {
  return Object.entries(DROP_IN_MODULES).find(([ending]) => source.endsWith(ending))?.[1] ?? null;
}

/** For Vite. */
export function dropInModulesVite() {
  return {
    name: 'drop-in-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer ? dropInModule(source) : null;
    },
  };
}

/** For esbuild. */
export function dropInModulesEsbuild() {
  return {
    name: 'drop-in-modules',
    setup(build) {
      build.onResolve({ filter: /\.js$/ }, ({ path, importer }) => {
        const replaced = importer ? dropInModule(path) : null;
        return replaced ? { path: replaced } : undefined;
      });
    },
  };
}
