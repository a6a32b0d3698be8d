import { defineConfig } from 'vite';
import { minifyCssLiteralsVite } from './scripts/build/minify-css-literals.mjs';
import { compileHintVite } from './scripts/build/compile-hint.mjs';
import { collapseHtmlWhitespaceVite } from './scripts/build/collapse-html-whitespace.js';
import { withoutPreloadHelperVite } from './scripts/build/without-preload-helper.js';
import { oneRequestEntryVite } from './scripts/build/one-request-entry.js';
import { licenseNoticesVite, NOTICES_FILE } from './scripts/build/license-notices.js';
import { dropInModulesVite } from './scripts/build/drop-in-modules.mjs';
import { terserPassVite } from './scripts/build/terser-pass.mjs';
import { OTHER_CATALOG_LANGUAGES } from './src/i18n/catalog-languages.js';

const ENTRY = 'b24-call-card-kit';

// The drop-in bundle (dist/drop-in/): one minified ES module with Lit inside that registers the tags.
// Catalogs and the simulator stay separate files beside it and load only when used. Each file carries V8's
// compile hint (see scripts/build/compile-hint.mjs): the tags render as soon as the bundle loads.
export default defineConfig({
  plugins: [terserPassVite(), minifyCssLiteralsVite(), collapseHtmlWhitespaceVite(), withoutPreloadHelperVite(), oneRequestEntryVite('b24-call-card-kit.js'), licenseNoticesVite(), compileHintVite(), dropInModulesVite()],
  build: {
    target: 'es2022',
    // One folder to copy or serve: the bundle, its chunks, LICENSE and the third-party notices.
    outDir: 'dist/drop-in',
    emptyOutDir: true,
    license: { fileName: NOTICES_FILE },
    minify: true,
    copyPublicDir: false,
    // No preload helper: Vite's builds each chunk's URL as '/' + file, so the bundle served from any
    // folder but the site root (or from a CDN) asked for its chunks at the root and got 404s. Plain
    // dynamic imports resolve against the importing file, wherever it is served from.
    modulePreload: false,
    rollupOptions: {
      // Each catalog is an entry of its own, named by its language (b24-call-card-kit-pt-BR.js), which the
      // bundle loads by a computed URL (src/i18n/load-catalog.drop-in.ts): twenty imports in a loader table
      // cost the first load 0.2 KB min+gzip. A catalog left over from another version is harmless (a missing
      // key shows English).
      input: { [ENTRY]: 'src/bundle.ts', ...Object.fromEntries(OTHER_CATALOG_LANGUAGES.map((language) => [language, `src/i18n/catalogs/${language}.ts`])) },
      // The first load is one request: what the entry shares with its on-demand files (the simulator, the
      // REST resolvers) stays in the entry, which exports it to them ('allow-extension'). Without that,
      // Rolldown moves it into common chunks that the entry imports: a second round trip before any tag runs.
      // Those files take it from the entry by the query string it was loaded with (one-request-entry).
      preserveEntrySignatures: 'allow-extension',
      external: ['@bitrix24/b24jssdk'],
      output: {
        format: 'es',
        entryFileNames: (chunk) => (chunk.name === ENTRY ? `${ENTRY}.js` : `${ENTRY}-[name].js`),
        chunkFileNames: `${ENTRY}-[name]-[hash].js`,
      },
    },
  },
});
