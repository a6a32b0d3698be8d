// `npm run analyze`: custom-elements.json from the JSDoc on each element class. Generated, never edited.
import { readFileSync } from 'node:fs';

/**
 * The `--b24-cc-*` properties every tag reads, from their one definition in src/styles/tokens.ts:
 * each token line `--_x: var(--b24-cc-x, <AIR token>, <light value>); /* what it is *\/`, with the
 * dark value from the `DARK` block. A tag's own `@cssprop` JSDoc (e.g. the provider's gap) is kept.
 */
export function tokenProperties(source = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8')) {
  const dark = new Map([...source.matchAll(/--_b24-cc-theme-([\w-]+): ([^;]*);/g)].map(([, name, value]) => [name, value.trim()]));
  const properties = [];
  for (const [, chain, description] of source.matchAll(/--_[\w-]+: (var\(--b24-cc-.*\));\s*\/\* (.+?) \*\//g)) {
    // `var(--b24-cc-x, var(--ui-y, var(--_b24-cc-theme-x, #333)))` read as a list: names, then the light value.
    const items = chain.replace(/var\(|\)/g, '').split(', ');
    const [name] = items;
    const air = items.filter((item) => item.startsWith('--ui-')).map((token) => `\`${token}\``);
    const theme = items.find((item) => item.startsWith('--_b24-cc-theme-'))?.slice('--_b24-cc-theme-'.length);
    const light = items.filter((item) => !item.startsWith('--')).join(', ');
    const fallbacks = [...air, light].join(', then ');
    const darkFirst = items.findIndex((item) => item.startsWith('--_b24-cc-theme-')) < items.findIndex((item) => item.startsWith('--ui-'));
    const darkValue = theme && dark.get(theme) ? ` (dark: ${dark.get(theme)}${darkFirst ? ', also over the AIR token, which has no dark value' : ''})` : '';
    properties.push({ name, description: `${description} Falls back to ${fallbacks}${darkValue}.` });
  }
  return properties;
}

/** Lists the shared `--b24-cc-*` properties on every tag. */
function sharedCssProperties() {
  const shared = tokenProperties();
  return {
    name: 'shared-css-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          const own = declaration.cssProperties ?? [];
          declaration.cssProperties = [...own, ...shared.filter((property) => !own.some((mine) => mine.name === property.name))];
        }
      }
    },
  };
}

/** Lit's own static fields, which a tag may override but which are not the tag's API. */
const LIT_INTERNALS = new Set(['shadowRootOptions', 'styles', 'properties', 'elementStyles']);

/** Keeps the manifest to the public API: no private or protected members, no Lit internals, no unnamed events. */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public').filter((member) => !member.name.startsWith('#'))
              .filter((member) => !(member.static && LIT_INTERNALS.has(member.name)));
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
  plugins: [publicApiOnly(), sharedCssProperties()],
};
