// The drop-in bundle as a user hosts it: from a nested folder of the widget's own site, and from
// another origin (a CDN path). Every file it loads (the catalog, the simulator, the title resolver)
// must arrive: the test fails on any request that fails or answers 4xx. And a file that cannot be
// fetched is reported as LOAD_FAILED, and fetched again at its next use.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/test-runner/browsers.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

let browser;
let site;
let cdn;
const servers = [];
const CDN_PATH = '/npm/b24-call-card-kit@0.1.0/dist/drop-in/';

before(async () => {
  site = await serveStatic({ '/apps/call-widget/kit/': 'dist/drop-in', '/apps/call-widget/': 'test/e2e/pages' });
  cdn = await serveStatic({ [CDN_PATH]: 'dist/drop-in' }, { host: 'localhost', headers: { 'access-control-allow-origin': '*' } });
  servers.push(site.server, cdn.server);
  browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** Opens the page and records every request that failed or answered 4xx/5xx. */
async function open(url, setup = async () => {}) {
  const page = await browser.newPage();
  const failures = [];
  const requested = [];
  page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.url()} ${response.status()}`));
  page.on('request', (request) => requested.push(request.url()));
  await setup(page);
  await page.goto(url);
  return { page, failures, requested };
}

/** Opens the kit page with the drop-in's second file held back until `release()`. */
async function openWithSecondFileHeld() {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
    page.route(/b24-call-card-kit-register-later-.*\.js$/, async (route) => {
      await held;
      await route.continue();
    }),
  );
  return { page, release };
}

const statusText = (page) => page.locator('b24-call-status [part~="phase"]').textContent();
const primaryName = (page) => page.locator('b24-crm-bindings [part~="item-primary"] [part~="name"]').textContent();

for (const [where, url] of [
  ['a nested folder of the site', () => `${site.origin}/apps/call-widget/kit-page.html`],
  ['another origin (a CDN path)', () => `${site.origin}/apps/call-widget/kit-page.html?kit=${encodeURIComponent(`${cdn.origin}${CDN_PATH}b24-call-card-kit.js`)}`],
  ['a page that adds a query string to it (?v=2)', () => `${site.origin}/apps/call-widget/kit-page.html?kit=${encodeURIComponent('./kit/b24-call-card-kit.js?v=2')}`],
]) {
  describe(`the drop-in bundle from ${where}`, () => {
    it('loads every file it needs (Russian catalog, simulator, title resolver) with no failed request', async () => {
      const { page, failures, requested } = await open(url());
      await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
      await page.waitForFunction(() => /Входящий|Звонок/.test(document.querySelector('b24-call-status')?.shadowRoot?.textContent ?? ''));
      await page.waitForFunction(() => document.querySelector('b24-crm-bindings')?.shadowRoot?.textContent?.includes('Anna Schmidt'));
      assert.match(await statusText(page), /Входящий/);
      assert.equal(await primaryName(page), 'Anna Schmidt');
      const chunks = requested.filter((request) => /b24-call-card-kit-/.test(request));
      for (const needed of ['-ru.js', '-simulator-', '-entity-titles-']) assert.ok(chunks.some((chunk) => chunk.includes(needed)), `${needed} was loaded`);
      // One copy of the bundle: its files take what they share from the entry as the page loaded it.
      const entries = requested.filter((request) => /\/b24-call-card-kit\.js/.test(request));
      assert.equal(entries.length, 1, entries.join(' '));
      const query = new URL(entries[0]).search;
      assert.deepEqual(chunks.filter((chunk) => new URL(chunk).search !== query), [], `every file is loaded with the entry's query string (${query || 'none'})`);
      assert.deepEqual(failures, []);
      assert.deepEqual(await page.evaluate(() => window.__errors), []);
      await page.close();
    });
  });
}

describe('the catalogs of the drop-in', () => {
  it('loads every language from its own file beside the bundle, hyphenated ones too (pt-BR, zh-CN, zh-TW)', async () => {
    const { CATALOG_LANGUAGES } = await import('../../dist/core.js');
    const { page, failures } = await open(`${site.origin}/apps/call-widget/kit-page.html`);
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    const shown = [];
    for (const language of CATALOG_LANGUAGES.filter((language) => language !== 'en')) {
      await page.evaluate((language) => document.querySelector('b24-call-card').setAttribute('lang', language), language);
      // The status writes its text in the catalog's language once that catalog shows (English meanwhile).
      const lang = await page
        .waitForFunction((language) => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part~="base"]')?.lang === language && language, language, { timeout: 5000 })
        .then((handle) => handle.jsonValue(), () => 'still English');
      shown.push(`${language}: ${lang}`);
    }
    assert.deepEqual(shown, CATALOG_LANGUAGES.filter((language) => language !== 'en').map((language) => `${language}: ${language}`));
    assert.deepEqual(failures, []);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    await page.close();
  });
});

describe('a file of the bundle that cannot be fetched', () => {
  it('is reported as LOAD_FAILED (English shows meanwhile) and fetched again at its next use', async () => {
    let refuse = true;
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-ru\.js$/, (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue())),
    );
    await page.waitForFunction(() => window.__errors?.some((error) => error.code === 'LOAD_FAILED'));
    const errors = await page.evaluate(() => window.__errors);
    assert.equal(errors.filter((error) => error.code === 'LOAD_FAILED').length, 1, 'one error for one file, however many tags wanted it');
    // Full, or the short form when the catalog failed before the bundle's second file arrived.
    assert.match(errors[0].message, /^(The ru catalog could not be loaded|catalog-load-failed \(ru\))/);
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    assert.match(await statusText(page), /Ringing|Incoming/, 'English meanwhile');
    refuse = false;
    // The next use: the language is asked for again once the back-off has passed.
    await page.waitForTimeout(5100);
    await page.evaluate(() => {
      const card = document.querySelector('b24-call-card');
      card.setAttribute('lang', 'en');
      requestAnimationFrame(() => card.setAttribute('lang', 'ru'));
    });
    await page.waitForFunction(() => /Входящий/.test(document.querySelector('b24-call-status')?.shadowRoot?.textContent ?? ''), undefined, { timeout: 5000 });
    await page.close();
  });
});

describe('the second file (the CRM bindings, the switch and the SDK adapter) failing to load', () => {
  it('reports LOAD_FAILED on the card, which still shows the call', async () => {
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-register-later-.*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' })),
    );
    // Its developer messages come with that file: the short form, which names the part.
    await page.waitForFunction(() => window.__errors?.some((error) => error.code === 'LOAD_FAILED' && /^load-failed \(later-tags\)/.test(error.message)));
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    assert.match(await statusText(page), /Входящий/, 'the call, in the page\'s language');
    assert.equal(await page.evaluate(() => customElements.get('b24-crm-bindings')), undefined);
    const sdk = await page.evaluate(async () => {
      const { b24FrameConnection } = await import('./kit/b24-call-card-kit.js');
      return b24FrameConnection({}).then(
        () => 'resolved',
        (error) => `${error.code}: ${error.message}`,
      );
    });
    // The full developer messages come with that file too: without it, the short form, which names its entry in docs/errors.md.
    assert.match(sdk, /^LOAD_FAILED: load-failed \(sdk-adapter\): https:\/\/\S+\/docs\/errors\.md#load-failed$/, 'the SDK adapter comes with that file');
    await page.close();
  });
});

describe('the error panel, which comes with the second file', () => {
  it('shows the code alone while that file cannot be fetched, and the whole panel once it can', async () => {
    let refuse = true;
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-register-later-.*\.js$/, (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue())),
    );
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    // A card with no host: not in a frame, no BX24, no simulate.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('b24-call-card'), { id: 'hostless' })));
    const panel = page.locator('#hostless [part~="error"]');
    await panel.waitFor();
    assert.equal((await panel.textContent()).trim(), 'NO_HOST', 'the code, the one thing known without the panel');
    assert.equal(await panel.getAttribute('role'), 'alert');
    refuse = false;
    // The next error render asks for the panel again.
    await page.evaluate(() => {
      document.querySelector('#hostless').setAttribute('lang', 'ru');
    });
    await page.locator('#hostless [part~="error-title"]').waitFor();
    assert.match(await page.locator('#hostless [part~="error-code"]').textContent(), /NO_HOST/);
    await page.close();
  });
});

describe('developer messages, which come with the second file', () => {
  const hostlessError = (page) =>
    page.evaluate(() => {
      const card = Object.assign(document.createElement('b24-call-card'), { id: 'hostless' });
      // NO_HOST: a card on the page also hears LOAD_FAILED when the second file cannot be fetched.
      const heard = new Promise((resolve) => card.addEventListener('b24-error', (event) => event.detail.code === 'NO_HOST' && resolve(event.detail)));
      document.body.append(card);
      window.__hostless = heard;
      return card.snapshot?.status ?? card.error?.code ?? 'none';
    });

  it('says NO_HOST with its full message: the error waits for that file, the card connecting meanwhile', async () => {
    const { page, release } = await openWithSecondFileHeld();
    await page.waitForFunction(() => customElements.get('b24-call-card'));
    assert.notEqual(await hostlessError(page), 'NO_HOST', 'no error before the messages have come');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await page.evaluate(() => document.querySelector('#hostless').error), null, 'still none while the file is held');
    release();
    const error = await page.evaluate(() => window.__hostless);
    assert.equal(error.code, 'NO_HOST');
    assert.match(error.message, /^No Bitrix24 host: load \/\/api\.bitrix24\.com\/api\/v1\/ before the kit.*open outside Bitrix24\.\)$/);
    await page.close();
  });

  it('says it in the short form, key and parameters, when that file cannot be fetched', async () => {
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-register-later-.*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' })),
    );
    await page.waitForFunction(() => customElements.get('b24-call-card'));
    await hostlessError(page);
    const error = await page.evaluate(() => window.__hostless);
    assert.equal(error.code, 'NO_HOST');
    assert.match(error.message, /^no-host \(true\): https:\/\/\S+\/docs\/errors\.md#no-host$/);
    await page.close();
  });
});

describe('the reasons a call failed, whose English comes with the second file', () => {
  it('shows the code until that file arrives, then the reason', async () => {
    const { page, release } = await openWithSecondFileHeld();
    await page.evaluate(() => document.querySelector('b24-call-card').setAttribute('lang', 'en'));
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    await page.evaluate(() => document.querySelector('b24-call-card').simulator.hangUp('486'));
    const failure = page.locator('b24-call-status [part~="failure"]');
    await page.waitForFunction(() => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part~="failure"]'));
    assert.equal(await failure.textContent(), 'Code 486', 'the code, while the reasons are on their way');
    release();
    await page.waitForFunction(() => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part~="failure"]')?.textContent === 'The line is busy');
    await page.close();
  });
});

describe('the reasons a call failed, when the second file cannot be fetched', () => {
  it('keeps the code, and asks for that file again only at the next render', async () => {
    const asked = [];
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-register-later-.*\.js$/, (route) => {
        asked.push(Date.now());
        return route.fulfill({ status: 404, body: 'gone' });
      }),
    );
    await page.evaluate(() => document.querySelector('b24-call-card').setAttribute('lang', 'en'));
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    await page.evaluate(() => document.querySelector('b24-call-card').simulator.hangUp('486'));
    await page.waitForFunction(() => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part~="failure"]')?.textContent === 'Code 486');
    const before = asked.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.ok(asked.length - before <= 2, `asked ${asked.length - before} more times in a second`);
    await page.close();
  });
});

describe('keep-open, which comes with the second file', () => {
  it('applies a choice made before that file arrived, in order, when it does', async () => {
    const { page, release } = await openWithSecondFileHeld();
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    await page.evaluate(() => {
      const { controller } = document.querySelector('b24-call-card');
      window.__choices = Promise.all([controller.keepOpen(true), controller.keepOpen(false), controller.keepOpen(true)]);
      window.__work = controller.keepOpenWhile(() => 'saved');
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = () => page.evaluate(() => document.querySelector('b24-call-card').simulator.commandsReceived().filter((name) => name !== 'getStatus'));
    assert.deepEqual(await sent(), [], 'nothing sent while the file is held');
    assert.equal(await page.evaluate(() => window.__work), 'saved', 'the work settles as it does, file or not');
    release();
    assert.deepEqual(await page.evaluate(() => window.__choices), [false, false, true], 'only the newest choice is confirmed');
    await page.waitForFunction(() => document.querySelector('b24-call-card').snapshot.keepOpen === true);
    assert.equal((await sent()).at(-1), 'disableAutoClose');
    assert.equal(await page.evaluate(() => document.querySelector('b24-call-card').simulator.card.autoCloseBlocked), true);
    await page.close();
  });
});

describe('keep-open, when the second file cannot be fetched', () => {
  it('reports LOAD_FAILED, and asks for that file again at its next use', async () => {
    let refuse = true;
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-register-later-.*\.js$/, (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue())),
    );
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    assert.equal(await page.evaluate(() => document.querySelector('b24-call-card').controller.keepOpen(true)), false);
    assert.ok(await page.evaluate(() => window.__errors.some((error) => error.code === 'LOAD_FAILED' && /keep-open/.test(error.message))));
    refuse = false;
    assert.equal(await page.evaluate(() => document.querySelector('b24-call-card').controller.keepOpen(true)), true, 'the next use loads it');
    assert.equal(await page.evaluate(() => document.querySelector('b24-call-card').simulator.card.autoCloseBlocked), true);
    await page.close();
  });
});

describe('the simulator or the title resolver failing to load', () => {
  it('shows LOAD_FAILED, and loads them at their next use', async () => {
    let refuse = true;
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-(simulator|entity-titles)-.*\.js$/, (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue())),
    );
    await page.waitForFunction(() => window.__errors?.some((error) => error.code === 'LOAD_FAILED' && /simulator/.test(error.message)));
    assert.match(await page.locator('b24-call-card [part=error]').textContent(), /LOAD_FAILED/);
    refuse = false;
    // Next use of the simulator: the provider attaches again.
    await page.evaluate(() => {
      const card = document.querySelector('b24-call-card');
      card.simulate = false;
      requestAnimationFrame(() => (card.simulate = true));
    });
    await page.waitForFunction(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
    await page.waitForFunction(() => document.querySelector('b24-crm-bindings')?.shadowRoot?.textContent?.includes('Anna Schmidt'));
    assert.equal(await page.locator('b24-call-card [part=error]').count(), 0);
    await page.close();
  });

  it('reports a title resolver that cannot be fetched, and asks again at the next update', async () => {
    let refuse = true;
    const { page } = await open(`${site.origin}/apps/call-widget/kit-page.html`, (page) =>
      page.route(/b24-call-card-kit-entity-titles-.*\.js$/, (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue())),
    );
    await page.waitForFunction(() => window.__errors?.some((error) => error.code === 'LOAD_FAILED' && /title resolver/.test(error.message)));
    assert.match(await primaryName(page), /#17/);
    refuse = false;
    await page.evaluate(() => document.querySelector('b24-call-card').simulator.changeEntity('COMPANY', 5));
    await page.waitForFunction(() => document.querySelector('b24-crm-bindings')?.shadowRoot?.textContent?.includes('Nordlicht GmbH'));
    await page.close();
  });
});

describe('the drop-in bundle as built', () => {
  it("keeps Lit's licence notice: LICENSE and THIRD-PARTY-NOTICES.md beside it, and an @license comment on each file with Lit inside", async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const [dir, chunks] of [['dist/drop-in', 'dist/drop-in'], ['dist/emulator', 'dist/emulator/assets']]) {
      const notices = readFileSync(`${dir}/THIRD-PARTY-NOTICES.md`, 'utf8');
      for (const name of ['lit-html', 'lit-element', '@lit/reactive-element']) assert.match(notices, new RegExp(`## ${name} - [\\d.]+ \\(BSD-3-Clause\\)`), `${dir}: ${name}`);
      assert.match(notices, /Copyright \(c\) 2017 Google LLC/);
      assert.match(notices, /Redistributions in binary form must reproduce the above copyright notice/);
      const withLit = readdirSync(chunks).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${chunks}/${name}`, 'utf8')).filter((code) => code.includes('lit$'));
      assert.ok(withLit.length > 0, `${chunks}: Lit is in a file`);
      for (const code of withLit) assert.match(code.split('\n').slice(0, 2).join('\n'), /\/\*! @license BSD-3-Clause: [^*]*lit-html[^*]*\. See (\.\.\/)?THIRD-PARTY-NOTICES\.md \*\//);
    }
    assert.match(readFileSync('dist/drop-in/LICENSE', 'utf8'), /^MIT License/);
  });


  it("carries no Vite preload helper (vitejs/vite#18551) and no template indentation: a chunk's own import loads it", async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync('dist/drop-in').filter((name) => /^b24-call-card-kit.*\.js$/.test(name));
    for (const file of files) {
      const code = readFileSync(`dist/drop-in/${file}`, 'utf8');
      assert.ok(!code.includes('vite:preloadError'), `${file} has the preload helper`);
      assert.ok(!/`[^`]*\n {4,}[^`]*`/.test(code.replace(/^\/\/[^\n]*\n/, '')), `${file} keeps a template's indentation`);
    }
  });
});
