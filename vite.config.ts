import { defineConfig } from 'vite';
import { minifyCssLiteralsVite } from './scripts/build/minify-css-literals.mjs';
import { collapseHtmlWhitespaceVite } from './scripts/build/collapse-html-whitespace.js';

/** One entry per public module, so that importing one tag pulls in only that tag and what it needs. */
const entries = {
  index: 'src/index.ts',
  core: 'src/core.ts',
  'elements/call-card/b24-call-card': 'src/elements/call-card/b24-call-card.ts',
  'elements/call-status/b24-call-status': 'src/elements/call-status/b24-call-status.ts',
  'elements/crm-bindings/b24-crm-bindings': 'src/elements/crm-bindings/b24-crm-bindings.ts',
  'elements/autoclose-toggle/b24-autoclose-toggle': 'src/elements/autoclose-toggle/b24-autoclose-toggle.ts',
  'react/index': 'src/react/index.ts',
  'vue/index': 'src/vue/index.ts',
  'server/index': 'src/server/index.ts',
};

// `npm run build`: the npm package's ES modules (one file per source module, Lit and the SDK left
// to the app). The drop-in bundle is vite.bundle.config.ts; declarations come from tsc.
export default defineConfig({
  // The same templates as the drop-in's: a card rendered on the server with this build hydrates under the drop-in.
  plugins: [minifyCssLiteralsVite(), collapseHtmlWhitespaceVite()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^react(\/|$)/, /^vue(\/|$)/, '@bitrix24/b24jssdk'],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
