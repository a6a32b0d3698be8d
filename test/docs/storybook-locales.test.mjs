// Storybook's locale toolbar is how a reviewer sees every language: it must list all of Bitrix24's.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Bitrix24's 20 interface languages, by the codes a portal sends (bitrix24/b24ui, src/runtime/locale). */
const BITRIX24_LANGUAGES = ['en', 'ru', 'de', 'la', 'fr', 'it', 'id', 'ms', 'in', 'ja', 'pl', 'br', 'vn', 'tr', 'kz', 'ua', 'ar', 'th', 'sc', 'tc'];

it("Storybook's locale toolbar lists Bitrix24's 20 languages, each with a title", () => {
  const preview = readFileSync(resolve(import.meta.dirname, '../../.storybook/preview.ts'), 'utf8');
  const items = [...preview.matchAll(/\{ value: '([\w-]+)', title: '([^']+)' \}/g)].map(([, value, title]) => ({ value, title }));
  assert.deepEqual(items.map((item) => item.value).sort(), [...BITRIX24_LANGUAGES].sort());
  for (const { value, title } of items) assert.ok(title.trim().length > 1, value);
});
