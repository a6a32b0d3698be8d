import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { licenseNoticesVite, NOTICES_FILE } from '../scripts/build/license-notices.js';

// The emulator's page (the call card), built into dist/emulator and served by its server.
const root = fileURLToPath(new URL('./page', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [licenseNoticesVite({ root: fileURLToPath(new URL('..', import.meta.url)) })],
  build: { outDir: fileURLToPath(new URL('../dist/emulator', import.meta.url)), emptyOutDir: true, target: 'es2022', license: { fileName: NOTICES_FILE } },
});
