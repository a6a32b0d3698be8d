import { defineConfig } from 'vite';

// The call-card emulator page, built into dist/emulator and served by `b24-call-card-emulator`.
export default defineConfig({
  root: 'emulator',
  base: './',
  build: { outDir: '../dist/emulator', emptyOutDir: true, target: 'es2022' },
});
