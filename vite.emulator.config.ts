import { defineConfig } from 'vite';
import { licenseNoticesVite, NOTICES_FILE } from './scripts/build/license-notices.js';

// The call-card emulator page, built into dist/emulator and served by `b24-call-card-emulator`.
export default defineConfig({
  root: 'emulator',
  base: './',
  plugins: [licenseNoticesVite({ root: import.meta.dirname })],
  build: { outDir: '../dist/emulator', emptyOutDir: true, target: 'es2022', license: { fileName: NOTICES_FILE } },
});
