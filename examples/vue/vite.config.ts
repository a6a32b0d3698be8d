import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The kit's tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('b24-') } } })],
  build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { input: { main: 'index.html', widget: 'widget.html' } } },
});
