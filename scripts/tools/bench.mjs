// `npm run bench [-- --quick]`: builds the kit, vanilla DOM, React 19 and Vue 3 versions of the same
// call card, drives each with the simulator in headless Chromium, and prints one table, with each
// build's ratio to vanilla, all measured in the same run. Full results go to bench/results.json.
import vue from '@vitejs/plugin-vue';
import react from '@vitejs/plugin-react';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { CHROMIUM_ARGS, findBrowser } from '../test-runner/browsers.mjs';
import { compileHintVite } from '../build/compile-hint.mjs';
import { minifyCssLiteralsVite } from '../build/minify-css-literals.mjs';
import { upfrontGzip } from './size.mjs';
import { measureFirstPaint, THROTTLING } from './bench-first-paint.mjs';
import { serveStatic } from '../static-server.mjs';

const QUICK = process.argv.includes('--quick');
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const ALL_BUILDS = ['vanilla', 'kit', 'react', 'vue'];
// `--builds=kit,vanilla` compares a subset (vanilla is always measured: ratios are to it).
const BUILDS = ['vanilla', ...(option('builds')?.split(',') ?? ALL_BUILDS).filter((name) => name !== 'vanilla' && ALL_BUILDS.includes(name))];
const ENTRIES = { kit: 'bench/apps/kit/app.ts', vanilla: 'bench/apps/vanilla/app.ts', react: 'bench/apps/react/app.tsx', vue: 'bench/apps/vue/app.ts' };
const SETTINGS = QUICK
  ? { events: 200, bursts: 4, burstSize: 100, cycles: 50, repeats: 1, warmups: 0, firstRenderPages: 2, warmCycles: 20, bindingsRounds: 1 }
  : { events: 10_000, bursts: 100, burstSize: 100, cycles: 1000, repeats: Number(option('repeats') ?? 3), warmups: 1, firstRenderPages: 7, warmCycles: 300, bindingsRounds: 5 };
const OUT = 'bench/dist';
const started = Date.now();

function progress(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

async function buildAll() {
  const common = { logLevel: 'error', configFile: false, define: { 'process.env.NODE_ENV': '"production"' } };
  for (const name of BUILDS) {
    const entry = ENTRIES[name];
    await build({
      ...common,
      // The kit is built as its drop-in bundle is: with V8's compile hint (scripts/build/compile-hint.mjs).
      plugins: [minifyCssLiteralsVite(), ...(name === 'kit' ? [compileHintVite()] : []), ...(name === 'react' ? [react()] : []), ...(name === 'vue' ? [vue()] : [])],
      build: { outDir: join(OUT, name), emptyOutDir: true, target: 'es2022', minify: true, rollupOptions: { input: entry, preserveEntrySignatures: 'exports-only', output: { format: 'es', entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js' } } },
    });
  }
  await build({ ...common, build: { outDir: join(OUT, 'harness'), emptyOutDir: true, target: 'es2022', minify: true, rollupOptions: { input: 'bench/harness.ts', preserveEntrySignatures: 'exports-only', output: { format: 'es', entryFileNames: 'harness.js', chunkFileNames: '[name]-[hash].js' } } } });
  writeFileSync(join(OUT, 'index.html'), readFileSync('bench/index.html'));
  // The drop-in bundle and the npm package's server renderer as they ship, for the first-paint row.
  await build({ configFile: 'vite.bundle.config.ts', logLevel: 'error', build: { outDir: join(OUT, 'drop-in'), emptyOutDir: true } });
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: join(OUT, 'npm'), emptyOutDir: true } });
}

/** min+gzip of what a build loads up front: its entry and the chunks the entry imports statically. */
const transferSize = (name) => upfrontGzip(join(OUT, name), 'app.js').gzip;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

async function measureBuild(browser, origin, name) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${origin}/index.html?build=${name}`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate(() => window.bench.load());
  const run = await page.evaluate((options) => window.bench.run(options), SETTINGS);
  const heap = async () => {
    for (let index = 0; index < 3; index += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Warm the code paths first: what the JIT compiles and caches in the first few hundred cycles is not a leak.
  await page.evaluate((count) => window.bench.cycles(count), SETTINGS.warmCycles);
  const heapBefore = await heap();
  await page.evaluate(() => window.bench.retained());
  await page.evaluate((count) => window.bench.cycles(count), SETTINGS.cycles);
  const heapAfter = await heap();
  const retainedCards = await page.evaluate(() => window.bench.retained());
  await page.close();
  // A first render is one sample per page: take several, each on a fresh page.
  const firstRenders = [];
  for (let index = 0; index < SETTINGS.firstRenderPages; index += 1) {
    const fresh = await browser.newPage();
    await fresh.goto(`${origin}/index.html?build=${name}`);
    await fresh.waitForFunction(() => window.bench);
    await fresh.evaluate(() => window.bench.load());
    firstRenders.push(await fresh.evaluate(() => window.bench.firstRender()));
    await fresh.close();
  }
  return {
    firstRender: median(firstRenders),
    perEventMedian: median(run.perEvent),
    perEventP95: p95(run.perEvent),
    burstMedian: median(run.perEventInBurst),
    burstP95: p95(run.perEventInBurst),
    rendersPerBurst: median(run.rendersPerBurst),
    bindingsRender: median(run.bindingsRender),
    bindingsUpdate: median(run.bindingsUpdate),
    heapGrowth: heapAfter - heapBefore,
    retainedCards,
  };
}

function shuffle(list) {
  return list.map((item) => [Math.random(), item]).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

progress(`building the four versions${QUICK ? ' (quick mode: a smoke test of the harness, not of speed)' : ''}…`);
await buildAll();
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const { server, origin } = await serveStatic({ '/': OUT }, { headers: ISOLATED });
const browser = await chromium.launch({ executablePath: findBrowser(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
const samples = Object.fromEntries(BUILDS.map((name) => [name, []]));
const rounds = SETTINGS.warmups + SETTINGS.repeats;
for (let round = 0; round < rounds; round += 1) {
  for (const name of shuffle(BUILDS)) {
    progress(`round ${round + 1}/${rounds}${round < SETTINGS.warmups ? ' (warm-up)' : ''}: ${name}`);
    const result = await measureBuild(browser, origin, name);
    if (round >= SETTINGS.warmups) samples[name].push(result);
  }
}
progress(`first paint after navigation (CPU ${THROTTLING.cpuSlowdown}× slower, ${THROTTLING.roundTripMs} ms round trip)…`);
const { renderCallCard } = await import(pathToFileURL(join(OUT, 'npm/server/index.js')).href);
const firstPaint = Object.fromEntries(Object.entries(await measureFirstPaint(browser, { repeats: QUICK ? 1 : 5, dropIn: join(OUT, 'drop-in'), renderCallCard })).map(([page, times]) => [page, median(times)]));
await browser.close();
server.close();

const METRICS = [
  ['firstRender', 'first render (ms)'],
  ['perEventMedian', 'update, one per frame: median (ms)'],
  ['perEventP95', 'update, one per frame: p95 (ms)'],
  ['burstMedian', 'update in bursts of 100: median per event (ms)'],
  ['burstP95', 'update in bursts of 100: p95 per event (ms)'],
  ['rendersPerBurst', 'renders per burst of 100'],
  ['bindingsRender', '1,000 bindings: render (ms)'],
  ['bindingsUpdate', '1,000 bindings: new primary (ms)'],
  ['heapGrowth', `heap growth after ${SETTINGS.cycles} mount/unmount cycles (KB)`],
  ['retainedCards', `cards still in memory after those cycles and a GC`],
  ['transfer', 'transfer size, min+gzip (KB)'],
];
const results = {};
for (const name of BUILDS) {
  results[name] = Object.fromEntries(METRICS.filter(([key]) => key !== 'transfer').map(([key]) => [key, median(samples[name].map((sample) => sample[key]))]));
  results[name].heapGrowth /= 1024;
  results[name].transfer = transferSize(name) / 1024;
}

const format = (value, key) => (key === 'rendersPerBurst' || key === 'retainedCards' ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 3));
const ratio = (name, key) => (key === 'heapGrowth' || key === 'rendersPerBurst' || key === 'retainedCards' || results.vanilla[key] === 0 ? '' : ` (${(results[name][key] / results.vanilla[key]).toFixed(2)}×)`);
const rows = [['metric', ...BUILDS], ...METRICS.map(([key, label]) => [label, ...BUILDS.map((name) => `${format(results[name][key], key)}${name === 'vanilla' ? '' : ratio(name, key)}`)])];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
console.log('');
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log(
  `\nnavigation to the number painted (CPU ${THROTTLING.cpuSlowdown}× slower, ${THROTTLING.roundTripMs} ms round trip, no cache): ` +
    ['drop-in', 'server-rendered'].map((page) => `${page} ${firstPaint[page].toFixed(0)} ms (${(firstPaint[page] / firstPaint.vanilla).toFixed(2)}×)`).join(', ') +
    `, vanilla ${firstPaint.vanilla.toFixed(0)} ms`,
);
console.log(`\nratios are to vanilla, measured in the same run; medians of ${SETTINGS.repeats} interleaved repeat(s) after ${SETTINGS.warmups} warm-up; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);

const file = QUICK ? '.test-results/bench-quick.json' : BUILDS.length === ALL_BUILDS.length ? 'bench/results.json' : '.test-results/bench-subset.json';
mkdirSync('.test-results', { recursive: true });
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), quick: QUICK, settings: SETTINGS, browser: browser.version(), results, firstPaint }, null, 2)}\n`);
console.log(`results written to ${file}`);
