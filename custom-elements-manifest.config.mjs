// `npm run analyze`: custom-elements.json from the JSDoc on each element class. Generated, never edited.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/index.ts', 'src/elements/icons.ts', 'src/elements/shared-clock.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
