// Runs inside the benchmark page: loads one build, drives it with the simulator, and measures.
import { createCallCardSimulator } from '../src/connection/simulator.js';
import type { BenchApp } from './apps/shared/bench-app.js';

const TYPES = ['CONTACT', 'COMPANY', 'LEAD', 'DEAL'];

export interface RunOptions {
  readonly events: number;
  readonly bursts: number;
  readonly burstSize: number;
  readonly bindingsRounds: number;
}

export interface RunResult {
  readonly perEvent: number[];
  readonly perEventInBurst: number[];
  readonly rendersPerBurst: number[];
  readonly bindingsRender: number[];
  readonly bindingsUpdate: number[];
}

const build = new URL(location.href).searchParams.get('build') ?? 'vanilla';
const container = document.getElementById('root')!;
let app: BenchApp | undefined;

async function load(): Promise<BenchApp> {
  app ??= ((await import(/* @vite-ignore */ `../${build}/app.js`)) as { default: BenchApp }).default;
  return app;
}

const layout = () => container.offsetHeight;

function emit(simulator: ReturnType<typeof createCallCardSimulator>, index: number): void {
  if (index % 2 === 0) simulator.card.changeState(index % 4 === 0 ? 'connected' : 'connecting');
  else simulator.card.changeEntity(TYPES[index % TYPES.length]!, 100 + (index % 7));
}

async function run(options: RunOptions): Promise<RunResult> {
  const bench = await load();
  let simulator = createCallCardSimulator({ latencyMs: 'sync' });
  bench.mount(container, simulator);
  await bench.flush();
  let started: number;

  const perEvent: number[] = [];
  for (let index = 0; index < options.events; index += 1) {
    started = performance.now();
    emit(simulator, index);
    await bench.flush();
    layout();
    perEvent.push(performance.now() - started);
  }

  const perEventInBurst: number[] = [];
  const rendersPerBurst: number[] = [];
  for (let burst = 0; burst < options.bursts; burst += 1) {
    const before = bench.renders();
    started = performance.now();
    for (let index = 0; index < options.burstSize; index += 1) emit(simulator, burst * options.burstSize + index + 1);
    await bench.flush();
    layout();
    perEventInBurst.push((performance.now() - started) / options.burstSize);
    rendersPerBurst.push(bench.renders() - before);
  }
  bench.unmount();
  simulator.dispose();

  // One sample of a 1,000-entry list is noisy (layout dominates): take several, report the median.
  const bindings = Array.from({ length: 1000 }, (_, index) => ({ ENTITY_TYPE: TYPES[index % TYPES.length]!, ENTITY_ID: index + 1 }));
  const bindingsRender: number[] = [];
  const bindingsUpdate: number[] = [];
  for (let round = 0; round < options.bindingsRounds; round += 1) {
    simulator = createCallCardSimulator({ latencyMs: 'sync', call: { PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 1, CRM_BINDINGS: bindings } });
    started = performance.now();
    bench.mount(container, simulator);
    await bench.flush();
    layout();
    bindingsRender.push(performance.now() - started);
    started = performance.now();
    simulator.card.changeEntity('LEAD', 5000 + round);
    await bench.flush();
    layout();
    bindingsUpdate.push(performance.now() - started);
    bench.unmount();
    simulator.dispose();
  }
  return { perEvent, perEventInBurst, rendersPerBurst, bindingsRender, bindingsUpdate };
}

let mounted: WeakRef<Element>[] = [];

/**
 * Mounts and unmounts the whole card `count` times, each on a fresh simulator. Keeps a weak
 * reference to each card's root element, to count later how many survived garbage collection.
 */
async function cycles(count: number): Promise<void> {
  const bench = await load();
  for (let index = 0; index < count; index += 1) {
    const simulator = createCallCardSimulator({ latencyMs: 'sync' });
    bench.mount(container, simulator);
    await bench.flush();
    mounted.push(new WeakRef(container.firstElementChild!));
    bench.unmount();
    simulator.dispose();
  }
}

/** How many unmounted cards are still in memory (call after a forced GC): anything above 0 leaks. */
function retained(): number {
  const alive = mounted.filter((card) => card.deref() !== undefined).length;
  mounted = [];
  return alive;
}

/** Resolves once the page has been idle for a while and painted twice: page-load work is over. */
const settled = () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 500));

/**
 * The first render on a fresh page, once the page has settled (so it does not compete with the
 * page's own loading): from connecting the card to laid-out content.
 */
async function firstRender(): Promise<number> {
  const bench = await load();
  await settled();
  const simulator = createCallCardSimulator({ latencyMs: 'sync' });
  const started = performance.now();
  bench.mount(container, simulator);
  await bench.flush();
  layout();
  const time = performance.now() - started;
  bench.unmount();
  simulator.dispose();
  return time;
}

(window as unknown as { bench: unknown }).bench = { run, cycles, retained, load, firstRender };
