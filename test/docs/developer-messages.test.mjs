// docs/errors.md is where the drop-in's short messages send a developer: every key must have its entry there,
// and no entry may outlive its key.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

it('docs/errors.md has one entry per developer message key, and none other', () => {
  const table = readFileSync(resolve(ROOT, 'src/model/developer-messages.ts'), 'utf8');
  const keys = [...table.matchAll(/^ {2}'?([a-z0-9-]+)'?: \(/gm)].map((match) => match[1]);
  assert.ok(keys.length >= 20 && keys.includes('no-host') && keys.includes('timeout'), keys.join());
  const entries = [...readFileSync(resolve(ROOT, 'docs/errors.md'), 'utf8').matchAll(/^### (\S+)$/gm)].map((match) => match[1]);
  assert.deepEqual([...entries].sort(), [...keys].sort());
});
