// The per-tag reference pages (docs/api/) are made from the manifest; they must match the code.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { API_DIR, apiPages } from '../../scripts/tools/api-docs.mjs';

it('docs/api/ is what the manifest says today (else run `npm run docs:api` and commit)', () => {
  const pages = apiPages();
  assert.deepEqual(readdirSync(API_DIR).sort(), [...pages.keys()].sort());
  for (const [file, page] of pages) assert.equal(readFileSync(join(API_DIR, file), 'utf8'), page, `docs/api/${file} is out of date`);
  for (const tag of ['b24-call-card', 'b24-call-status', 'b24-crm-bindings', 'b24-autoclose-toggle']) assert.match(pages.get(`${tag}.md`), /## Attributes[\s\S]*## CSS parts[\s\S]*## CSS custom properties/, tag);
  assert.match(pages.get('b24-call-card.md'), /\| `connection` \| `PlacementConnection \\\| PromiseLike<PlacementConnection> \\\| undefined` \|/);
});
