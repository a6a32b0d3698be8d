// Measures min+gzip sizes with esbuild (CSS literals minified as in the builds), Lit left external.
// Code that loads on demand (locale catalogs, the simulator) is split off and measured on its own.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { dropInModulesEsbuild } from '../build/drop-in-modules.mjs';
import { minifyCssLiteralsEsbuild } from '../build/minify-css-literals.mjs';

const LIT = ['lit', 'lit/*', '@lit/context', '@lit/reactive-element', 'lit-html', 'lit-html/*', 'lit-element'];

export const ENTRIES = [
  { name: 'model + connections + controller', entry: 'scripts/tools/size-entries/core-logic.ts' },
  { name: '<b24-call-card> (provider, controller, BX24 connection)', entry: 'src/elements/call-card/b24-call-card.ts' },
  { name: '<b24-call-status> with the provider', entry: 'src/elements/call-status/b24-call-status.ts' },
  { name: '<b24-crm-bindings> with the provider', entry: 'src/elements/crm-bindings/b24-crm-bindings.ts' },
  { name: '<b24-autoclose-toggle> with the provider', entry: 'src/elements/autoclose-toggle/b24-autoclose-toggle.ts' },
  { name: 'all four tags, with English', entry: 'scripts/tools/size-entries/four-tags.ts' },
];

/**
 * Bundles `entry` with esbuild, code split and minified as the builds are. Resolves with each output file's
 * bytes and metafile entry by file name, and the names of what loads up front: the entry and the chunks it
 * imports statically, transitively.
 */
async function bundleUpfront(entry, { external, conditions = [], plugins = [] }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: '/tmp/b24-size',
    write: false,
    metafile: true,
    external,
    conditions,
    target: 'es2022',
    logLevel: 'silent',
    plugins: [minifyCssLiteralsEsbuild(), ...plugins],
  });
  const name = (path) => path.replace(/^.*b24-size\//, '');
  const files = new Map(result.outputFiles.map((file) => [name(file.path), file.contents]));
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).map(([path, meta]) => [name(path), meta]));
  const upfront = new Set();
  const visit = (file) => {
    if (upfront.has(file)) return;
    upfront.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement' && !imported.external) visit(name(imported.path));
  };
  visit(Object.keys(outputs).find((file) => outputs[file].entryPoint === entry));
  return { files, outputs, upfront };
}

/**
 * Bundles `entry` with code splitting and returns the size of what loads up front (the entry and
 * the chunks it imports statically) and of each chunk that loads on demand.
 */
export async function measure(entry, external = LIT) {
  const { files, outputs, upfront } = await bundleUpfront(entry, { external });
  const gzip = (name) => gzipSync(files.get(name), { level: 9 }).length;
  let min = 0;
  let gz = 0;
  for (const name of upfront) {
    min += files.get(name).length;
    gz += gzip(name);
  }
  const onDemand = Object.keys(outputs).filter((name) => !upfront.has(name) && name.endsWith('.js')).map((name) => ({ name, gzip: gzip(name) }));
  return { min, gzip: gz, onDemand };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Budgets, min+gzip: the drop-in's first load from the first-paint issue (27), the rest from issue 5. */
export const BUDGETS = { bundle: 20 * 1024, ownCode: 9 * 1024, catalog: 1.5 * 1024 };

/**
 * min+gzip of what a page loads up front from `dir`: `entry` and the chunks it imports statically,
 * transitively. An import may start a line: the compile hint's comment line comes before the first one.
 */
export function upfrontGzip(dir, entry) {
  const seen = new Set();
  let gzip = 0;
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file));
    gzip += gzipSync(code, { level: 9 }).length;
    for (const match of code.toString().matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w{},*\s$]+from\s*)?["']\.\/([^"']+)["']/g)) visit(match[1]);
  };
  visit(entry);
  return { gzip, files: [...seen] };
}

/** The drop-in bundle as a page loads it up front. */
export function bundleSize(dir = 'dist/drop-in') {
  return upfrontGzip(dir, 'b24-call-card-kit.js');
}

/** The parts of the first load the size report names, by source path; the first that matches takes a file. */
const PARTS = [
  ['Lit (lit-html, reactive-element, lit-element)', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['styles (tokens and each tag\'s)', /src\/styles\/|\.styles\.ts$/],
  ['normalizer (normalize-call)', /src\/model\/normalize-call\.ts$/],
  ['model (the rest)', /src\/model\//],
  ['controller', /src\/controller\//],
  ['connections', /src\/connection\//],
  ['English', /src\/i18n\/(catalogs\/en\.ts|english\/)/],
  ['i18n core', /src\/i18n\//],
  ['tags (src/elements)', /src\/elements\//],
];

/**
 * What each part of the drop-in's first load costs: its minified bytes (esbuild's attribution), and its
 * share of the min+gzip total, in proportion to those bytes (gzip cannot be split by module exactly).
 */
export async function firstLoadParts(entry = 'src/bundle.ts') {
  const { files, outputs, upfront } = await bundleUpfront(entry, { external: ['@bitrix24/b24jssdk'], conditions: ['production'], plugins: [dropInModulesEsbuild()] });
  const gzip = gzipSync(Buffer.concat([...upfront].map((name) => files.get(name))), { level: 9 }).length;
  const bytes = new Map(PARTS.map(([name]) => [name, 0]));
  bytes.set('other', 0);
  let total = 0;
  for (const [path, { bytesInOutput }] of [...upfront].flatMap((output) => Object.entries(outputs[output].inputs))) {
    const part = PARTS.find(([, test]) => test.test(path))?.[0] ?? 'other';
    bytes.set(part, bytes.get(part) + bytesInOutput);
    total += bytesInOutput;
  }
  return [...bytes].filter(([, min]) => min > 0).map(([name, min]) => ({ name, min, gzip: Math.round((gzip * min) / total) }));
}

function verdict(size, budget) {
  return size <= budget ? `within the ${kb(budget)} budget` : `OVER the ${kb(budget)} budget by ${kb(size - budget)}`;
}

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
  const fourTags = sizes.get('scripts/tools/size-entries/four-tags.ts');
  const measured = { ownCode: fourTags.gzip };
  console.log(`budget kit's own code for all four tags, without Lit: ${kb(fourTags.gzip)} — ${verdict(fourTags.gzip, BUDGETS.ownCode)}`);
  if (existsSync('dist/drop-in/b24-call-card-kit.js')) {
    const bundle = bundleSize();
    measured.bundle = bundle.gzip;
    console.log(`budget drop-in bundle with Lit and English (${bundle.files.length} file(s) up front): ${kb(bundle.gzip)} — ${verdict(bundle.gzip, BUDGETS.bundle)}`);
    for (const part of (await firstLoadParts()).sort((one, other) => other.min - one.min)) {
      console.log(`  first load, ${part.name}: ${kb(part.min)} min, about ${kb(part.gzip)} of the min+gzip`);
    }
  } else {
    console.log('budget drop-in bundle: not built (run `npm run build`)');
  }
  const simulator = await measure('src/connection/simulator.ts');
  console.log(`size simulator (loaded with \`simulate\` only): ${kb(simulator.gzip)} min+gzip`);
  for (const file of readdirSync('src/i18n/catalogs').filter((name) => name !== 'en.ts')) {
    const size = await measure(`src/i18n/catalogs/${file}`, []);
    console.log(`budget catalog ${file.replace('.ts', '')}: ${kb(size.gzip)} min+gzip, loaded only when used — ${verdict(size.gzip, BUDGETS.catalog)}`);
    measured[`catalog ${file.replace('.ts', '')}`] = size.gzip;
  }
  return measured;
}

/** The sizes may not grow past the recorded baseline (plus 3 %): a ratchet while a budget is still missed. */
export const BASELINE_FILE = 'scripts/tools/size-baseline.json';
const TOLERANCE = 1.03;

export function checkRatchet(measured) {
  const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
  let ok = true;
  for (const [name, size] of Object.entries(measured)) {
    const limit = baseline[name] === undefined ? undefined : Math.ceil(baseline[name] * TOLERANCE);
    const catalogBudget = name.startsWith('catalog') ? BUDGETS.catalog : Infinity;
    if ((limit !== undefined && size > limit) || size > catalogBudget) {
      ok = false;
      console.log(`size ${name} grew to ${kb(size)}, past its baseline ${kb(baseline[name] ?? 0)} (+3 %) or budget: shrink it, or record a new baseline with \`npm run size -- --update-baseline\` and say why`);
    }
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const measured = await printSizes();
  if (process.argv.includes('--update-baseline')) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(BASELINE_FILE, `${JSON.stringify(measured, null, 2)}\n`);
    console.log(`baseline written to ${BASELINE_FILE}`);
  } else if (!checkRatchet(measured)) {
    process.exitCode = 1;
  }
}
