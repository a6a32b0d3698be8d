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
