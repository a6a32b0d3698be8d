// Every code snippet in the README and the Storybook guide is checked, so the documentation cannot rot.
// A snippet says how, in a comment just above it (`<!-- snippet: … -->` in Markdown, `{/* snippet: … */}`
// in MDX):
// - `part of <file>`: its lines appear, in order, in that file, which the suite builds, runs or type-checks;
// - `type-checked`: compiled with `tsc` (strict) against the built package, as an app would import it;
// - `runs`: run in Chromium on a page with the drop-in bundle and `<b24-call-card simulate>`.
// Shell commands and program output (`sh`, `text`) are not code to check.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/test-runner/browsers.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCUMENTS = ['README.md', 'stories/plain-html-widget.mdx', 'docs/host-facts.md', 'docs/architecture.md', 'docs/benchmark.md', 'docs/ship-it.md', 'CHANGELOG.md'];
const CODE = new Set(['js', 'ts', 'tsx', 'vue', 'html']);
const SNIPPETS_DIR = join(ROOT, '.test-results/snippets');

/** Every fenced block of a document, with its language, its first line and the snippet mark above it. */
function snippetsOf(document) {
  const lines = readFileSync(join(ROOT, document), 'utf8').split('\n');
  const snippets = [];
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^(```+)(\w*)/.exec(lines[index]);
    if (!fence) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith(fence[1]) && line.trim() === fence[1]);
    let above = index - 1;
    while (above >= 0 && !lines[above].trim()) above -= 1;
    const mark = /(?:<!--|\{\/\*)\s*snippet:\s*(.+?)\s*(?:-->|\*\/\})/.exec(lines[above] ?? '')?.[1];
    snippets.push({ where: `${document}:${index + 1}`, language: fence[2], code: lines.slice(index + 1, end).join('\n'), mark });
    index = end;
  }
  return snippets;
}

const snippets = DOCUMENTS.flatMap(snippetsOf);
const code = snippets.filter((snippet) => CODE.has(snippet.language));
const isComment = (line) => /^(\/\/.*|<!--.*-->)$/.test(line);

describe('documentation snippets', () => {
  it('every code snippet says how it is checked', () => {
    assert.ok(code.length >= 9, `${code.length} code snippets`);
    assert.deepEqual(code.filter((snippet) => !/^(part of \S+|type-checked|runs)$/.test(snippet.mark ?? '')).map((snippet) => `${snippet.where} (${snippet.language})`), []);
  });

  it("'part of' snippets appear, line by line and in order, in their file", () => {
    for (const snippet of code.filter((candidate) => candidate.mark.startsWith('part of '))) {
      const file = readFileSync(join(ROOT, snippet.mark.slice('part of '.length)), 'utf8').split('\n').map((line) => line.trim());
      let at = 0;
      for (const line of snippet.code.split('\n').map((text) => text.trim()).filter((text) => text && !isComment(text))) {
        const found = file.findIndex((candidate, index) => index >= at && candidate.includes(line));
        assert.ok(found >= 0, `${snippet.where}: "${line}" is not in ${snippet.mark.slice(8)} (after line ${at + 1})`);
        at = found + 1;
      }
    }
  });

  // TypeScript snippets compile as an app's strict TypeScript would; JavaScript ones as a JavaScript app's
  // editor checks them (`checkJs`, not strict): a wrong import, tag, property or method is an error in both.
  it("'type-checked' snippets compile against the built package", () => {
    const checked = code.filter((snippet) => snippet.mark === 'type-checked');
    assert.ok(checked.length >= 3, `${checked.length} type-checked snippets`);
    rmSync(SNIPPETS_DIR, { recursive: true, force: true });
    mkdirSync(SNIPPETS_DIR, { recursive: true });
    const extension = { ts: 'mts', tsx: 'tsx', js: 'mjs' };
    // A snippet that imports Node's modules is a server's code, checked with Node's types; the others as a browser's.
    const fileOf = (snippet, index) => `${/from 'node:/.test(snippet.code) ? 'node-' : ''}snippet-${index}.${extension[snippet.language]}`;
    const files = checked.map((snippet, index) => fileOf(snippet, index));
    checked.forEach((snippet, index) => writeFileSync(join(SNIPPETS_DIR, files[index]), `// ${snippet.where}\n${snippet.code}\nexport {};\n`));
    const configs = {
      'tsconfig.ts.json': { compilerOptions: { jsx: 'react-jsx' }, include: ['snippet-*.mts', 'snippet-*.tsx'] },
      'tsconfig.js.json': { compilerOptions: { allowJs: true, checkJs: true, strict: false }, include: ['snippet-*.mjs'] },
      'tsconfig.node.json': { compilerOptions: { allowJs: true, checkJs: true, strict: false, types: ['node'] }, include: ['node-snippet-*.mjs', 'node-snippet-*.mts'] },
    };
    for (const [file, config] of Object.entries(configs)) {
      if (!files.some((name) => config.include.some((pattern) => name.startsWith(pattern.split('*')[0]) && name.endsWith(pattern.split('*')[1])))) continue;
      writeFileSync(join(SNIPPETS_DIR, file), JSON.stringify({ extends: '../../examples/tsconfig.base.json', ...config }));
      try {
        execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(SNIPPETS_DIR, file)], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        assert.fail(`tsc -p ${file}:\n${error.stdout}${error.stderr}`);
      }
    }
  });

  describe("'runs' snippets", () => {
    const PAGE_DIR = join(ROOT, '.test-results/snippet-page');
    let server;
    let browser;
    before(async () => {
      mkdirSync(PAGE_DIR, { recursive: true });
      server = await serveStatic({ '/kit/': join(ROOT, 'dist/drop-in'), '/': PAGE_DIR });
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      server?.server.close();
    });

    /** A page as a user writes it: the drop-in, a simulated card, then the snippet as a module script. */
    async function open(name, script) {
      writeFileSync(join(PAGE_DIR, `${name}.html`), `<!doctype html><meta charset="utf-8"><script type="module" src="/kit/b24-call-card-kit.js"></script>
        <b24-call-card simulate><b24-call-status></b24-call-status></b24-call-card>
        <script type="module">${script}\nwindow.__snippetDone = true;</script>`);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.origin}/${name}.html`);
      await page.waitForFunction(() => window.__snippetDone || false, null, { timeout: 5000 }).catch(() => undefined);
      await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
      await page.evaluate(() => document.querySelector('b24-call-card').controller.whenSettled());
      const call = await page.evaluate(() => JSON.stringify(document.querySelector('b24-call-card').snapshot.call));
      const done = await page.evaluate(() => window.__snippetDone === true);
      await page.close();
      return { errors, call, done };
    }

    it('run without an error on a simulated card, right after it, and drive it', async () => {
      const runs = code.filter((snippet) => snippet.mark === 'runs');
      assert.ok(runs.length >= 1);
      const untouched = await open('untouched', '');
      for (const [index, snippet] of runs.entries()) {
        const { errors, call, done } = await open(`snippet-${index}`, snippet.code);
        assert.deepEqual(errors, [], snippet.where);
        assert.equal(done, true, `${snippet.where} ran to its end`);
        assert.notEqual(call, untouched.call, `${snippet.where} drove the card`);
      }
    });
  });
});
