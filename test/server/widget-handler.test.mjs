// b24-call-card-kit/server as a portal and a careless client meet it: the widget handler over a real
// node:http server, with what a portal POSTs and with what it never sends.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';

/** The built module (`npm test` builds dist/ first); by a variable, so that the type checker does not read the bundle. */
const SERVER = '../../dist/server/index.js';
const { answerWidgetRequest, callCardWidgetHandler, readPlacementRequest, MAX_HANDLER_BODY } = await import(SERVER);

const OPTIONS = JSON.stringify({ CALL_ID: 'externalCall.1', PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: '17', CALL_STATE: 'connecting' });
const QUERY = '/widget?DOMAIN=example.bitrix24.com&PROTOCOL=1&LANG=de&APP_SID=abc123';
const form = (fields) => new URLSearchParams(fields).toString();
// As Bitrix24's CALL_CARD page lists it.
const PORTAL_POST = form({
  AUTH_ID: 'token-1',
  AUTH_EXPIRES: '3600',
  REFRESH_ID: 'refresh-1',
  SERVER_ENDPOINT: 'https://oauth.bitrix.info/rest/',
  APPLICATION_TOKEN: 'app-token-1',
  APPLICATION_SCOPE: 'telephony,crm,placement',
  member_id: 'member-1',
  status: 'L',
  PLACEMENT: 'CALL_CARD',
  PLACEMENT_OPTIONS: OPTIONS,
});
const FORM_TYPE = 'application/x-www-form-urlencoded';

let server;
let origin;
before(async () => {
  server = createServer(callCardWidgetHandler({ kitUrl: '/kit/b24-call-card-kit.js', title: 'Notes & calls' }));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

const post = (body, type = FORM_TYPE, path = QUERY) => fetch(`${origin}${path}`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });

describe('the widget handler', () => {
  it("serves the widget page for the portal's POST: the card rendered on the server, the drop-in, the user's language", async () => {
    const response = await post(PORTAL_POST);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/html/);
    const page = await response.text();
    assert.match(page, /<html lang="de">/);
    assert.match(page, /<script type="module" src="\/kit\/b24-call-card-kit.js"><\/script>/);
    assert.match(page, /<script src="https:\/\/api.bitrix24.com\/api\/v1\/"><\/script>/);
    assert.match(page, /<b24-call-card\s+lang="de" placement-options="\{&quot;CALL_ID&quot;:&quot;externalCall.1&quot;/);
    assert.match(page, /<span part="number"[^>]*><!--lit-part-->\+4930123456</, 'the number, before any script');
    assert.match(page, /href="https:\/\/example.bitrix24.com\/crm\/contact\/details\/17\/"/, 'the CRM link to the portal');
    assert.match(page, /<b24-crm-bindings\s+portal="https:\/\/example.bitrix24.com" resolve-titles>/);
    assert.equal(page.match(/shadowrootmode="open"/g).length, 4, 'a declarative shadow root per tag');
    assert.match(page, /<title>Notes &amp; calls<\/title>/);
  });

  it('reads the placement, its options, the language, the portal and the token', () => {
    const request = readPlacementRequest({ method: 'POST', url: QUERY, contentType: `${FORM_TYPE}; charset=UTF-8`, body: PORTAL_POST }, 'CALL_CARD');
    assert.equal(request.placement, 'CALL_CARD');
    assert.deepEqual(request.options, JSON.parse(OPTIONS));
    assert.equal(request.lang, 'de');
    assert.equal(request.portalOrigin, 'https://example.bitrix24.com');
    assert.equal(request.appSid, 'abc123');
    assert.deepEqual(request.auth, { accessToken: 'token-1', refreshToken: 'refresh-1', expiresIn: 3600, memberId: 'member-1', applicationToken: 'app-token-1', scope: ['telephony', 'crm', 'placement'] });
  });

  it('works with GET for local development, every field in the query string', async () => {
    const response = await fetch(`${origin}${QUERY}&PLACEMENT=CALL_CARD&PLACEMENT_OPTIONS=${encodeURIComponent(OPTIONS)}`);
    assert.equal(response.status, 200);
    const head = await fetch(`${origin}${QUERY}&PLACEMENT=CALL_CARD`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('refuses what a portal never sends with a 4xx that says why, and keeps serving', async () => {
    const cases = [
      ['another placement', post(form({ PLACEMENT: 'CRM_DEAL_DETAIL_TAB' })), 400, /serves the CALL_CARD placement, not "CRM_DEAL_DETAIL_TAB"/],
      ['no placement', post(form({ AUTH_ID: 'x' })), 400, /not a request without PLACEMENT/],
      ['options that are not JSON', post(form({ PLACEMENT: 'CALL_CARD', PLACEMENT_OPTIONS: '{"CALL_ID":' })), 400, /PLACEMENT_OPTIONS is not JSON/],
      ['options that are a list', post(form({ PLACEMENT: 'CALL_CARD', PLACEMENT_OPTIONS: '[1,2]' })), 400, /not a JSON object/],
      ['a JSON body', post(JSON.stringify({ PLACEMENT: 'CALL_CARD' }), 'application/json'), 415, /x-www-form-urlencoded, not application\/json/],
      ['a domain that is not a host', post(form({ PLACEMENT: 'CALL_CARD' }), FORM_TYPE, '/widget?DOMAIN=evil.com/"><script>'), 400, /DOMAIN is not a host name/],
      ['PUT', fetch(`${origin}${QUERY}`, { method: 'PUT', body: PORTAL_POST }), 405, /A portal sends POST/],
      ['a body of 1 MB', post(`PLACEMENT=CALL_CARD&PLACEMENT_OPTIONS=${'x'.repeat(1024 * 1024)}`), 413, new RegExp(`over ${MAX_HANDLER_BODY} bytes`)],
    ];
    for (const [name, pending, status, message] of cases) {
      const response = await pending;
      assert.equal(response.status, status, name);
      assert.match(await response.text(), message, name);
      if (status === 405) assert.equal(response.headers.get('allow'), 'GET, HEAD, POST');
    }
    assert.equal((await post(PORTAL_POST)).status, 200, 'the server still serves');
  });

  it('renders the card in the browser when told, or for its own content', async () => {
    for (const options of [{ serverRender: false }, { content: '<b24-call-status></b24-call-status>' }]) {
      const answer = await answerWidgetRequest({ method: 'POST', url: QUERY, contentType: FORM_TYPE, body: PORTAL_POST }, { kitUrl: '/kit.js', ...options });
      assert.equal(answer.status, 200);
      assert.doesNotMatch(answer.body, /shadowrootmode/, JSON.stringify(options));
      assert.match(answer.body, /<b24-call-card>\s*<b24-call-status><\/b24-call-status>/);
    }
  });

  it('escapes what the request puts in the page', async () => {
    const answer = await answerWidgetRequest({ method: 'GET', url: `/?PLACEMENT=CALL_CARD&LANG=${encodeURIComponent('"><script>alert(1)</script>')}` }, { kitUrl: '/kit/kit.js', title: '<b>' });
    assert.equal(answer.status, 200);
    assert.doesNotMatch(answer.body, /<script>alert/);
    assert.match(answer.body, /<html lang="en">/, 'a LANG that is no language code is English');
    assert.match(answer.body, /<title>&lt;b&gt;<\/title>/);
  });

  it('makes a page over @bitrix24/b24jssdk when given its browser build', async () => {
    const answer = await answerWidgetRequest({ method: 'GET', url: '/?PLACEMENT=CALL_CARD' }, { kitUrl: '/kit/</script>.js', sdkUrl: '/sdk/index.min.js' });
    assert.match(answer.body, /<script src="\/sdk\/index.min.js"><\/script>/);
    assert.match(answer.body, /B24Js\.initializeB24Frame\(\)\.then\(b24FrameConnection\)/);
    assert.doesNotMatch(answer.body, /api\.bitrix24\.com/);
    assert.equal(answer.body.match(/<\/script>/g).length, 2, 'a kit URL cannot close the script');
  });

  it('answers a request whose body breaks off with 400, never a crash', async () => {
    const handler = callCardWidgetHandler({ kitUrl: '/kit.js' });
    const broken = {
      method: 'POST',
      url: '/',
      headers: { 'content-type': FORM_TYPE },
      async *[Symbol.asyncIterator]() {
        yield 'PLACEMENT=CALL';
        throw new Error('socket hang up');
      },
    };
    let written;
    await handler(broken, { writeHead: (status, headers) => (written = { status, headers }), end: (body) => (written.body = body) });
    assert.equal(written.status, 400);
    assert.match(written.body, /could not be read/);
  });
});
