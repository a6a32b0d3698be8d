import { defineConfig } from 'vite';

// `npm run build`: the drop-in bundle, one self-contained ES module (Lit included) that registers the tags,
// for `<script type="module">` in a plain HTML widget.
export default defineConfig({
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'b24-call-card-kit.js',
    },
    rollupOptions: {
      // The SDK is an optional peer: apps pass an initialized B24Frame in; it is never bundled.
      external: ['@bitrix24/b24jssdk'],
    },
  },
});
