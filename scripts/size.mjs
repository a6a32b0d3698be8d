// Measures min+gzip sizes of the kit's entry points with esbuild, Lit left external.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const MEASURES = [
  { name: 'model + connections + controller (no Lit)', entry: 'scripts/size-entries/core-logic.ts' },
  { name: '<b24-call-card> and everything below it (no Lit)', entry: 'src/elements/call-card/b24-call-card.ts' },
];

const EXTERNAL = ['lit', 'lit/*', '@lit/context', '@lit/reactive-element', 'lit-html', 'lit-element'];

export async function measure(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, external: EXTERNAL, target: 'es2022', logLevel: 'silent' });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function printSizes() {
  for (const { name, entry } of MEASURES) {
    const { min, gzip } = await measure(entry);
    console.log(`size ${name}: ${(min / 1024).toFixed(2)} KB min, ${(gzip / 1024).toFixed(2)} KB min+gzip`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await printSizes();
