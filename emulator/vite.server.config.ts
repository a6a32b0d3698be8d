import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The emulator's server (the portal, its REST and the page's channel), built for Node into
// dist/emulator-server/emulator-server.js, which `b24-call-card-emulator` runs.
export default defineConfig({
  build: {
    ssr: fileURLToPath(new URL('./server/emulator-server.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../dist/emulator-server', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'emulator-server.js' } },
  },
});
