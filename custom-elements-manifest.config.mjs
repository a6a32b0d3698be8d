// `npm run analyze`: custom-elements.json from the JSDoc on each element class. Generated, never edited.

/** Keeps the manifest to the public API: no private or protected members, no unnamed events. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public').filter((member) => !member.name.startsWith('#'));
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/index.ts', 'src/elements/icons.ts', 'src/elements/shared-clock.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicApiOnly()],
};
