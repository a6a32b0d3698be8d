// The three examples, built against the packed package (`npm pack`) and run in Chromium: each
// mounts, shows the simulated call, follows a state and an entity change, and the toggle's command
// reaches the host.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE_DIR = join(ROOT, 'examples/node_modules/b24-call-card-kit');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let server;
let browser;
let origin;
let emulator;
const emulatorState = mkdtempSync(join(tmpdir(), 'b24-examples-'));
/** The built emulator server (`npm test` builds dist/ first); by a variable, so that the type checker does not read the bundle. */
const EMULATOR_SERVER = '../../dist/emulator-server/emulator-server.js';

function run(command, args, cwd = ROOT) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** `/react/…`, `/vue/…` from the built examples; `/plain/…` from the example page and the packed bundle. */
function fileFor(pathname) {
  const [, area, ...rest] = pathname.split('/');
  const path = rest.join('/') || 'index.html';
  if (area === 'react') return join(ROOT, 'examples/react/dist', path);
  if (area === 'vue') return join(ROOT, 'examples/vue/dist', path);
  if (area === 'lit') return join(ROOT, 'examples/lit/dist', path);
  if (area === 'plain') return path === 'index.html' ? join(ROOT, 'examples/plain-html/index.html') : path.startsWith('kit/') ? join(PACKAGE_DIR, 'dist/drop-in', path.slice(4)) : undefined;
  return undefined;
}

async function open(url) {
  const page = await browser.newPage();
  // Inside a real CALL_CARD iframe the host names the frame DOMAIN|PROTOCOL|APP_SID.
  await page.addInitScript(() => {
    window.name = 'example.bitrix24.com|1|0f0e1d2c3b4a';
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(recordFirstCallState);
  await page.route('https://api.bitrix24.com/api/v1/', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(ROOT, 'test/package/fake-bx24.js'), 'utf8') }));
  await page.goto(`${origin}${url}`);
  return { page, errors };
}

/**
 * The first value `[data-call-state]` had in the DOM: the first change's old value, or the value now
 * when it never changed. Installed before the page's scripts run.
 */
function recordFirstCallState() {
  let first;
  const observer = new MutationObserver((records) => {
    const change = records.find((record) => record.type === 'attributes');
    if (first === undefined && change) first = change.oldValue;
  });
  const observe = (root) => observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-call-state'], attributeOldValue: true });
  observe(document);
  // Lit tags render into shadow roots: watch each one from its start.
  const shadowRoots = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    shadowRoots.push(root);
    observe(root);
    return root;
  };
  const current = () => [document, ...shadowRoots].map((root) => root.querySelector('[data-call-state]')).find(Boolean)?.getAttribute('data-call-state');
  window.firstCallState = () => first ?? current();
}

const shadowText = (page, tag, part) => page.locator(`${tag} [part~="${part}"]`).first().textContent();
const statusState = (page) => page.locator('b24-call-status').getAttribute('state');
const primaryHref = (page) => page.locator('b24-crm-bindings [part~="item-primary"] a').getAttribute('href');

// `npm test` builds dist/ first (`npm run build`); run that yourself before this file alone.
before(async () => {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', '.test-results'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1);
  rmSync(PACKAGE_DIR, { recursive: true, force: true });
  mkdirSync(PACKAGE_DIR, { recursive: true });
  run('tar', ['-xzf', join(ROOT, '.test-results', tarball), '-C', PACKAGE_DIR, '--strip-components=1']);
  for (const example of ['react', 'vue', 'lit']) run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--config', join(ROOT, `examples/${example}/vite.config.ts`)]);
  server = createServer((request, response) => {
    const file = fileFor(new URL(request.url, 'http://x').pathname);
    if (!file || !existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  const { startEmulatorServer } = await import(EMULATOR_SERVER);
  emulator = await startEmulatorServer({ root: join(ROOT, 'dist/emulator'), stateDir: emulatorState });
});

after(async () => {
  await browser?.close();
  server?.close();
  await emulator?.close();
  rmSync(emulatorState, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the builds, declarations, the drop-in bundle and the editor metadata', () => {
    const files = (dir) => readdirSync(join(PACKAGE_DIR, dir));
    assert.ok(files('dist/drop-in').includes('b24-call-card-kit.js'));
    for (const notice of ['LICENSE', 'THIRD-PARTY-NOTICES.md']) assert.ok(files('dist/drop-in').includes(notice), notice);
    assert.ok(files('dist').includes('index.d.ts'));
    assert.ok(files('dist/react').includes('index.js'));
    assert.ok(files('.').includes('custom-elements.json'));
    assert.ok(files('.').includes('vscode.html-custom-data.json'));
    assert.ok(files('.').includes('web-types.json'));
    assert.ok(!files('.').includes('src'), 'sources stay out of the package');
  });
});

for (const [name, url] of [
  ['React 19 (the @lit/react wrappers)', '/react/index.html'],
  ['Vue 3', '/vue/index.html'],
]) {
  describe(`${name} example`, () => {
    it('mounts, shows the simulated call, follows a state and an entity change, and the toggle reaches the simulator', async () => {
      const { page, errors } = await open(url);
      await page.waitForFunction(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connecting');
      assert.equal(await shadowText(page, 'b24-call-status', 'number'), '+4930123456');
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.waitForFunction(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connected');
      await page.waitForFunction(() => document.getElementById('app-state')?.textContent === 'connected');
      await page.getByRole('button', { name: 'Change client' }).click();
      await page.waitForFunction(() => document.querySelector('b24-crm-bindings')?.shadowRoot?.querySelector('[part~="item-primary"] a')?.getAttribute('href')?.includes('/crm/lead/details/31/'));
      await page.locator('b24-autoclose-toggle [part=base]').click();
      await page.waitForFunction(() => window.b24Simulator.commandsReceived().includes('disableAutoClose'));
      await page.waitForFunction(() => document.getElementById('app-keep-open')?.textContent === 'true');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

// The README's "your own content" examples: CallerNotes (React and Vue) follows the call with useCallCard().
for (const [name, url] of [
  ['React 19', '/react/index.html'],
  ['Vue 3 (the CallCard component)', '/vue/index.html'],
]) {
  describe(`${name}: a component of your own with useCallCard()`, () => {
    it('is right on its first render, follows every change, keeps the card open while its note is unsaved, and saves it to the timeline', async () => {
      const { page, errors } = await open(url);
      const notes = page.locator('.caller-notes');
      await page.waitForFunction(() => document.querySelector('.caller-notes .caller')?.textContent === 'Anna Schmidt');
      assert.equal(await page.evaluate(() => window.firstCallState()), 'connecting', 'the first render shows the ringing call, not idle');
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.waitForFunction(() => document.querySelector('.caller-notes')?.getAttribute('data-call-state') === 'connected');
      await notes.locator('textarea').fill('Wants a callback on Monday');
      await page.waitForFunction(() => window.b24Simulator.card.autoCloseBlocked);
      assert.equal(await page.locator('b24-autoclose-toggle [part=base]').getAttribute('aria-disabled'), 'true', 'the switch waits for the save');
      await notes.getByRole('button', { name: 'Save note' }).click();
      await page.waitForFunction(() => document.querySelector('.caller-notes .save-status')?.textContent === 'Saved');
      assert.deepEqual(
        await page.evaluate(() => window.b24Simulator.portal.timelineComments.map(({ ENTITY_TYPE, ENTITY_ID, COMMENT }) => ({ ENTITY_TYPE, ENTITY_ID, COMMENT }))),
        [{ ENTITY_TYPE: 'contact', ENTITY_ID: 17, COMMENT: 'Wants a callback on Monday' }],
      );
      await page.waitForFunction(() => !window.b24Simulator.card.autoCloseBlocked);
      await page.getByRole('button', { name: 'Hang up' }).click();
      await page.waitForFunction(() => document.querySelector('.caller-notes')?.getAttribute('data-call-state') === 'idle');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

describe('your own Lit tag with CallCardConsumer', () => {
  it('is right on its first render and re-renders on every change', async () => {
    const { page, errors } = await open('/lit/index.html');
    const line = page.locator('caller-line p');
    await page.waitForFunction(() => document.querySelector('caller-line')?.shadowRoot?.querySelector('p')?.textContent === '+4930123456: connecting');
    assert.equal(await page.evaluate(() => window.firstCallState()), 'connecting');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.waitForFunction(() => document.querySelector('caller-line')?.shadowRoot?.querySelector('p')?.textContent === '+4930123456: connected');
    assert.equal(await line.getAttribute('data-call-state'), 'connected');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

// The same widgets as a portal loads them (the SDK, a POST into the card's frame), in the emulator.
for (const [name, url] of [
  ['React 19', '/react/widget.html'],
  ['Vue 3 (plain <b24-call-card>)', '/vue/widget.html'],
]) {
  describe(`${name} widget in the emulator`, () => {
    it('shows the caller, holds the card while the note is unsaved, and saves it to the portal\'s timeline', async () => {
      emulator.portal.reset();
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${emulator.origin}/?widget=${encodeURIComponent(`${origin}${url}`)}`);
      const frame = page.frameLocator('iframe');
      await frame.locator('.caller-notes .caller', { hasText: 'Anna Schmidt' }).waitFor();
      assert.equal(await frame.locator('b24-call-status').getAttribute('state'), 'connecting');
      await frame.locator('.caller-notes textarea').fill('Sent the offer');
      const held = () => emulator.portal.state.autoCloseBlocked;
      for (let waited = 0; !held() && waited < 5000; waited += 50) await new Promise((done) => setTimeout(done, 50));
      assert.equal(held(), true, 'disableAutoClose reached the portal');
      await frame.getByRole('button', { name: 'Save note' }).click();
      await frame.locator('.caller-notes .save-status', { hasText: 'Saved' }).waitFor();
      assert.deepEqual(
        emulator.portal.portal.timelineComments.map(({ ENTITY_TYPE, ENTITY_ID, COMMENT }) => ({ ENTITY_TYPE, ENTITY_ID, COMMENT })),
        [{ ENTITY_TYPE: 'contact', ENTITY_ID: 17, COMMENT: 'Sent the offer' }],
      );
      for (let waited = 0; held() && waited < 5000; waited += 50) await new Promise((done) => setTimeout(done, 50));
      assert.equal(held(), false, 'the card may close again');
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

/** Runs a type checker; fails with what it printed. */
function typeCheck(bin, project) {
  try {
    execFileSync(join(ROOT, 'node_modules/.bin', bin), ['-p', join(ROOT, project)], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${bin} -p ${project}:\n${error.stdout}${error.stderr}`);
  }
}

// The README's React and Vue patterns (the SDK widgets) and the running examples, against the packed package's types.
describe('the examples type-check against the packed package', () => {
  it('React (tsc)', () => typeCheck('tsc', 'examples/react/tsconfig.json'));
  it('Vue (vue-tsc)', () => typeCheck('vue-tsc', 'examples/vue/tsconfig.json'));
  it('Lit (tsc)', () => typeCheck('tsc', 'examples/lit/tsconfig.json'));
});

describe('React 19 with the bare tags, without wrappers', () => {
  it('sets objects as properties and hears custom events by their exact name, but not in camelCase', async () => {
    const { page, errors } = await open('/react/bare.html');
    await page.waitForFunction(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connecting');
    assert.equal(await page.locator('b24-call-card').evaluate((card) => card.connection?.kind), 'simulator');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.waitForFunction(() => document.getElementById('bare-state')?.textContent === 'connected');
    assert.equal(await page.locator('#bare-camel').textContent(), '0', 'onB24CallStateChange listens for "B24CallStateChange", which never fires');
    await page.locator('b24-autoclose-toggle [part=base]').click();
    await page.waitForFunction(() => window.b24Simulator.commandsReceived().includes('disableAutoClose'));
    await page.waitForFunction(() => document.getElementById('bare-changes')?.textContent === '1');
    assert.equal(await page.locator('#bare-changes').textContent(), '1', 'React 19 forwards onChange on a custom element to its native change event');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('plain HTML example with the classic BX24 library', () => {
  it('connects through BX24, shows the call, follows CallStateChanged and EntityChanged, and the toggle sends disableAutoClose', async () => {
    const { page, errors } = await open('/plain/index.html');
    await page.waitForFunction(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connecting');
    assert.equal(await shadowText(page, 'b24-call-status', 'number'), '+4930123456');
    await page.waitForFunction(() => document.getElementById('own-line')?.textContent === '+4930123456, connecting');
    await page.evaluate(() => window.__host.connect());
    await page.waitForFunction(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connected');
    await page.waitForFunction(() => document.getElementById('own-line')?.textContent === '+4930123456, connected', null, { timeout: 2000 });
    await page.evaluate(() => window.__host.changeEntity('LEAD', 31));
    await page.waitForFunction(() => document.querySelector('b24-crm-bindings')?.shadowRoot?.querySelector('[part~="item-primary"] a')?.getAttribute('href')?.includes('/crm/lead/details/31/'));
    await page.locator('b24-autoclose-toggle [part=base]').click();
    await page.waitForFunction(() => window.__host.commands.includes('disableAutoClose'));
    assert.deepEqual(await page.evaluate(() => window.__host.binds()), { 'CallCard::CallStateChanged': 1, 'CallCard::EntityChanged': 1, 'CallCard::BeforeClose': 1 });
    assert.equal(await statusState(page), 'connected');
    assert.equal(await primaryHref(page), 'https://example.bitrix24.com/crm/lead/details/31/');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
