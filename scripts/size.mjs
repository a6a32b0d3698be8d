// Measures min+gzip sizes with esbuild, Lit left external. Locale catalogs load on demand, so
// they are measured on their own and left out of every entry point.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const LIT = ['lit', 'lit/*', '@lit/context', '@lit/reactive-element', 'lit-html', 'lit-html/*', 'lit-element'];
const CATALOGS = ['./catalogs/*'];

export const ENTRIES = [
  { name: 'model + connections + controller', entry: 'scripts/size-entries/core-logic.ts' },
  { name: '<b24-call-card> (provider, controller, connections, simulator)', entry: 'src/elements/call-card/b24-call-card.ts' },
  { name: '<b24-call-status> with the provider', entry: 'src/elements/call-status/b24-call-status.ts' },
  { name: '<b24-crm-bindings> with the provider', entry: 'src/elements/crm-bindings/b24-crm-bindings.ts' },
  { name: '<b24-autoclose-toggle> with the provider', entry: 'src/elements/autoclose-toggle/b24-autoclose-toggle.ts' },
  { name: 'all four tags (package root)', entry: 'src/index.ts' },
];

export async function measure(entry, external = [...LIT, ...CATALOGS]) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, external, target: 'es2022', logLevel: 'silent' });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

export async function printSizes() {
  const sizes = new Map();
  for (const { name, entry } of ENTRIES) {
    const size = await measure(entry);
    sizes.set(entry, size);
    console.log(`size ${name}: ${kb(size.min)} min, ${kb(size.gzip)} min+gzip (without Lit)`);
  }
  const provider = sizes.get('src/elements/call-card/b24-call-card.ts');
  for (const { name, entry } of ENTRIES.slice(2, 5)) {
    console.log(`size ${name.replace(' with the provider', '')} on its own: +${kb(sizes.get(entry).gzip - provider.gzip)} min+gzip over the provider`);
  }
  for (const file of readdirSync('src/i18n/catalogs').filter((name) => name !== 'en.ts')) {
    const size = await measure(`src/i18n/catalogs/${file}`, []);
    console.log(`size catalog ${file.replace('.ts', '')}: ${kb(size.gzip)} min+gzip, loaded only when used`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await printSizes();
