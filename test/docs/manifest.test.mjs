// The manifest (custom-elements.json) is what Storybook's docs, the editors' metadata and the Vue
// types are made from: every styling hook the tags read must be listed there.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

const sources = (dir) => readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.ts')).map((name) => join(dir, name));

describe('custom-elements.json', () => {
  it('documents every --b24-cc-* property the tags read, with a description', () => {
    const used = new Set(sources(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--b24-cc-[\w-]+)/g)].map(([, name]) => name)));
    assert.ok(used.size >= 21, `found ${used.size}`);
    const documented = new Map(tags.flatMap((tag) => (tag.cssProperties ?? []).map((property) => [property.name, property.description])));
    for (const name of used) {
      assert.ok(documented.has(name), `${name} is not in the manifest`);
      assert.ok(documented.get(name).length > 20, `${name} has no description`);
    }
    for (const tag of tags) {
      const names = (tag.cssProperties ?? []).map((property) => property.name);
      assert.equal(new Set(names).size, names.length, `${tag.tagName} lists a property twice`);
      assert.ok(names.includes('--b24-cc-color-text') && names.includes('--b24-cc-font-family'), `${tag.tagName} lists the shared properties`);
    }
  });

  it('says which values the three AIR tokens without a dark value give way to', () => {
    const highlight = tags[0].cssProperties.find((property) => property.name === '--b24-cc-color-highlight');
    assert.match(highlight.description, /--ui-color-accent-soft-blue-2.*#e6f4ff.*dark: #1d3550, also over the AIR token/);
  });
});
