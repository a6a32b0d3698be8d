// What `npm i b24-call-card-kit` gets: the packed files, checked by the ecosystem's own linters
// (publint, Are the Types Wrong?), and what an install pulls in beside it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LIST = join(ROOT, 'test/package/packed-files.txt');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const run = (command, args, cwd = ROOT) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let packedPaths;
/** The paths `npm pack` would ship (asked once: packing takes seconds). */
const packed = () => (packedPaths ??= JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--silent']))[0].files.map((file) => file.path));

/** Hashed chunk names change with every build; the list names them by what they are. */
const withoutHash = (path) => path.replace(/^(dist\/drop-in\/b24-call-card-kit-.+|dist\/emulator\/assets\/[^/]+)-[\w-]{8}(\.\w+)$/, '$1-[hash]$2');

// `npm test` builds dist/ first; run `npm run build` yourself before this file alone.
describe('the package', () => {
  it('ships exactly the listed files (test/package/packed-files.txt; UPDATE_PACKED_FILES=1 rewrites it)', () => {
    const files = [...new Set(packed().map(withoutHash))].sort();
    if (process.env.UPDATE_PACKED_FILES) writeFileSync(LIST, `${files.join('\n')}\n`);
    assert.deepEqual(files, readFileSync(LIST, 'utf8').trim().split('\n'));
    for (const needed of ['LICENSE', 'README.md', 'CHANGELOG.md', 'dist/drop-in/b24-call-card-kit.js', 'dist/drop-in/THIRD-PARTY-NOTICES.md', 'dist/emulator/THIRD-PARTY-NOTICES.md', 'docs/host-facts.md']) assert.ok(files.includes(needed), needed);
    assert.ok(!files.some((file) => /^(src|test|stories|examples|bench)\//.test(file)), 'no sources, tests or stories');
  });

  it("names only files that exist in its scripts (npm run test:browser once called a missing scripts/wtr.mjs)", () => {
    const files = Object.values(manifest.scripts).flatMap((script) => [...script.matchAll(/(?:^|\s)((?:\.\/)?(?:scripts|bin|test)\/[\w./-]+\.m?[jt]s)\b/g)].map((match) => match[1]));
    assert.ok(files.length >= 5, files.join(' '));
    assert.deepEqual(files.filter((file) => !existsSync(join(ROOT, file))), []);
  });

  it('lists in sideEffects every entry point that registers tags, and no pattern that matches nothing', () => {
    const files = [...packed(), ...run('git', ['ls-files']).trim().split('\n')];
    const glob = (pattern) => new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);
    const patterns = manifest.sideEffects.map(glob);
    manifest.sideEffects.forEach((pattern, index) => assert.ok(files.some((file) => patterns[index].test(file)), `${pattern} matches no file`));
    const registering = ['.', './call-card', './call-status', './crm-bindings', './autoclose-toggle', './react', './vue', './bundle'].map((path) => manifest.exports[path].default ?? manifest.exports[path]);
    for (const entry of registering) assert.ok(patterns.some((pattern) => pattern.test(entry.replace(/^\.\//, ''))), `${entry} registers tags but is not in sideEffects: a bundler would drop its import`);
    assert.ok(!patterns.some((pattern) => pattern.test('dist/core.js')), 'core registers nothing and must stay tree-shakeable');
  });

  it('passes publint (strict): exports, types, files and sideEffects', () => {
    assert.match(run(bin('publint'), ['--strict']), /All good!/);
  });

  it('passes Are the Types Wrong? for every export, as the ESM-only package it is', () => {
    // Exits non-zero (and `run` throws) on any problem; CommonJS resolution is out of scope for an ESM-only package.
    const report = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
    const exports = Object.keys(manifest.exports).filter((path) => !path.endsWith('.json'));
    for (const path of exports) assert.ok(report.includes(`"b24-call-card-kit${path.slice(1)}"`), `${path} checked`);
  });

  it('installs without React: @lit/react, @types/react and csstype come only with a React app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24-install-'));
    try {
      const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir]).trim().split('\n').at(-1);
      writeFileSync(join(dir, 'package.json'), '{"name":"plain-widget","private":true}');
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `./${tarball}`], dir);
      for (const present of ['b24-call-card-kit', 'lit', '@lit/context']) assert.ok(existsSync(join(dir, 'node_modules', present)), present);
      for (const absent of ['@lit/react', '@types/react', 'csstype', 'react', 'vue', '@bitrix24/b24jssdk']) assert.ok(!existsSync(join(dir, 'node_modules', absent)), `${absent} installed`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
