// The house rules that a reader relies on, checked: the simulated portal never rides along with a
// widget's first load, and no tag reaches past the controller to the host.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { bundleSize } from '../../scripts/tools/size.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DROP_IN = join(ROOT, 'dist/drop-in');
/** Strings only the simulated portal (src/portal/) carries into a build. */
const PORTAL_MARKERS = ['Method not found!', 'Call card is undefined', 'USER_PHONE_INNER should be set'];

/** Every TypeScript file under `folder`, as full paths. */
const sourceFiles = (folder) => readdirSync(folder, { recursive: true }).filter((name) => name.endsWith('.ts')).map((name) => join(folder, name));

describe('boundaries', () => {
  it("the drop-in's first load carries none of the simulated portal; the simulator's chunk does", { skip: !existsSync(DROP_IN) && 'needs npm run build' }, () => {
    // What loads up front, as the size report counts it.
    const upfront = new Set(bundleSize(DROP_IN).files);
    assert.ok(upfront.size >= 1);
    for (const name of upfront) {
      const code = readFileSync(join(DROP_IN, name), 'utf8');
      for (const marker of PORTAL_MARKERS) assert.ok(!code.includes(marker), `dist/drop-in/${name} loads up front and carries the portal ("${marker}")`);
    }
    const lazy = readdirSync(DROP_IN).filter((name) => name.endsWith('.js') && !upfront.has(name));
    const portalChunks = lazy.filter((name) => PORTAL_MARKERS.every((marker) => readFileSync(join(DROP_IN, name), 'utf8').includes(marker)));
    assert.equal(portalChunks.length, 1, `one lazy chunk holds the portal, found ${portalChunks.join(', ') || 'none'}`);
  });

  it("the drop-in's first load is one request: its entry imports nothing up front, and the lazy files take what they share from it", { skip: !existsSync(DROP_IN) && 'needs npm run build' }, () => {
    assert.deepEqual(bundleSize(DROP_IN).files, ['b24-call-card-kit.js']);
    const entry = readFileSync(join(DROP_IN, 'b24-call-card-kit.js'), 'utf8');
    assert.ok(!entry.includes('modulepreload'), "no dead code of Vite's preload helper");
    assert.deepEqual([...entry.matchAll(/\bimport\s*[{*\w][^;]*?from\s*["'`]([^"'`]+)/g)].map((match) => match[1]), [], 'no static import: each would be a second round trip');
    const simulator = readdirSync(DROP_IN).find((name) => name.startsWith('b24-call-card-kit-simulator-'));
    // By the query string the entry was loaded with, so that `?v=2` on the page never loads a second copy.
    assert.match(readFileSync(join(DROP_IN, simulator), 'utf8'), /await ?\(?import\(["'`]\.\/b24-call-card-kit\.js["'`]\+new URL\(import\.meta\.url\)\.search\)/, "the simulator takes the entry's modules from the entry");
  });

  it('no tag calls the host: nothing under src/elements/ reads a connection member but the provider choosing one', () => {
    const reachingAround = /\bconnection\??\.(call|bindEvent|resize|openPath|callMethod|getInterface|portalOrigin|options|ready)\b/;
    // The provider's ConnectionSource checks that a promised connection is one; it sends nothing.
    const offenders = sourceFiles(join(ROOT, 'src/elements'))
      .filter((file) => !file.endsWith('/call-card/connection-source.ts'))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, index) => [file, index + 1, line]))
      .filter(([, , line]) => reachingAround.test(line))
      .map(([file, number, line]) => `${relative(ROOT, file)}:${number}: ${line.trim()}`);
    assert.deepEqual(offenders, []);
  });

  it('src/portal/ is reached only from the simulator connection, the emulator and the side-effect-free entry', () => {
    const allowed = new Set(['src/connection/simulator.ts', 'src/core.ts']);
    const importers = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !file.includes('/src/portal/'))
      .filter((file) => /from '(\.\.?\/)+portal\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    assert.deepEqual(importers.filter((file) => !allowed.has(file)), []);
  });
});
