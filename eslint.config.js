import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', '.test-results/', 'custom-elements.json', 'examples/*/dist/', 'examples/node_modules/', 'bench/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'bin/**', '*.config.*', '.storybook/**', '.ci/**', 'test/package/*.mjs', 'test/docs/*.mjs', 'test/e2e/*.mjs', 'test/e2e/backends/*.mjs', 'examples/*/vite.config.ts', 'examples/app/*.mjs', 'test/server/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
