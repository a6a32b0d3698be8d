// renderCallCard in Node, as an app's server calls it: what it renders from the portal's POST, what it
// refuses, and that it leaves nothing running. The browser's side (shown before any script, taken over
// without a change) is test/hydration/server-rendered-card.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const SERVER = '../../dist/server/index.js';
const { renderCallCard, readPlacementRequest, HandlerRequestError } = await import(SERVER);

const OPTIONS = { CALL_ID: 'externalCall.7', PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: '42', CALL_STATE: 'connected', CALL_DIRECTION: 'outgoing' };
const shadowRoots = (html) => html.match(/<template shadowroot="open" shadowrootmode="open"/g)?.length ?? 0;

describe('renderCallCard', () => {
  it('renders the card with a declarative shadow root per tag, in the user\'s language, from PLACEMENT_OPTIONS', async () => {
    const html = await renderCallCard({ PLACEMENT_OPTIONS: JSON.stringify(OPTIONS), LANG: 'ru', DOMAIN: 'example.bitrix24.com' });
    assert.match(html, /^<!--lit-part[^>]*--><!--lit-node 0--><b24-call-card /);
    assert.equal(shadowRoots(html), 4);
    assert.match(html, /<b24-call-card\s+lang="ru" placement-options="\{&quot;CALL_ID&quot;:&quot;externalCall.7&quot;/);
    assert.match(html, /<b24-call-status state="connected" direction="outgoing">/);
    assert.match(html, /<span part="phase"><!--lit-part-->Разговор<!--\/lit-part--><\/span>/, 'the phase in Russian');
    assert.match(html, /href="https:\/\/example.bitrix24.com\/crm\/deal\/details\/42\/"/);
    assert.match(html, /<style>[^<]*:host/, 'each tag\'s styles');
  });

  it('takes the fields of readPlacementRequest, a parsed PLACEMENT_OPTIONS, a theme and a choice of tags', async () => {
    const request = readPlacementRequest({ method: 'POST', url: '/?DOMAIN=example.bitrix24.com&LANG=de', contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams({ PLACEMENT: 'CALL_CARD', PLACEMENT_OPTIONS: JSON.stringify(OPTIONS) }).toString() });
    const fromRequest = await renderCallCard(request);
    const fromFields = await renderCallCard({ PLACEMENT_OPTIONS: OPTIONS, LANG: 'de', DOMAIN: 'example.bitrix24.com' });
    assert.equal(fromRequest, fromFields);
    const themed = await renderCallCard({ PLACEMENT_OPTIONS: OPTIONS }, { theme: 'dark', tags: ['b24-call-status'] });
    assert.match(themed, /<b24-call-card\s+lang="en" theme="dark"/);
    assert.equal(shadowRoots(themed), 2);
    assert.doesNotMatch(themed, /b24-crm-bindings|b24-autoclose-toggle/);
  });

  it('lays the card out right to left in Arabic', async () => {
    const html = await renderCallCard({ PLACEMENT_OPTIONS: OPTIONS, LANG: 'ar' });
    assert.match(html, /<b24-call-status[^>]*dir="rtl"/);
  });

  it('escapes what the portal sends', async () => {
    const html = await renderCallCard({ PLACEMENT_OPTIONS: { ...OPTIONS, PHONE_NUMBER: '</template><script>alert(1)</script>' }, LANG: '"><script>' });
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /lang="en"/, 'a LANG that is no language code is English');
  });

  it('shows no call for empty options, and refuses what a portal never sends', async () => {
    const empty = await renderCallCard({});
    assert.equal(shadowRoots(empty), 4);
    await assert.rejects(renderCallCard({ PLACEMENT_OPTIONS: '{not json' }), (error) => error instanceof HandlerRequestError && error.status === 400);
    await assert.rejects(renderCallCard({ DOMAIN: 'a b' }), HandlerRequestError);
    await assert.rejects(renderCallCard({}, { theme: 'pink' }), /theme "pink" is not one of light, dark, auto/);
    await assert.rejects(renderCallCard({}, { tags: ['b24-call-timer'] }), /"b24-call-timer" is not one of/);
  });

  it('renders each request on its own: nothing of one card shows in the next', async () => {
    const first = await renderCallCard({ PLACEMENT_OPTIONS: OPTIONS, LANG: 'de' });
    await renderCallCard({ PLACEMENT_OPTIONS: { ...OPTIONS, PHONE_NUMBER: '+111' }, LANG: 'fr' });
    assert.equal(await renderCallCard({ PLACEMENT_OPTIONS: OPTIONS, LANG: 'de' }), first);
  });

  it('leaves no timer or handle behind: a process that renders a card exits at once', () => {
    const script = `const { renderCallCard } = await import(${JSON.stringify(new URL(SERVER, import.meta.url).href)});
      const started = Date.now();
      await renderCallCard({ PLACEMENT_OPTIONS: ${JSON.stringify(JSON.stringify(OPTIONS))}, LANG: 'de' });
      process.on('exit', () => console.log(Date.now() - started));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '', 'no warning');
    assert.ok(Number(run.stdout.trim()) < 2000, `exited ${run.stdout.trim()} ms after it started rendering`);
  });
});
