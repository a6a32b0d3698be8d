// End to end through Bitrix24's frame protocol: the emulator (host origin 127.0.0.1) loads a widget
// (origin localhost) that runs the kit over (a) the official @bitrix24/b24jssdk and (b) a client that
// speaks the protocol as the classic BX24 library does. `npm test` builds dist/ first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emulatorSession, waitFor, waitForAsync } from './emulator-session.mjs';

const session = emulatorSession();
const { openEmulator } = session;

// Ready, and the drop-in's second file (the bindings and the switch) has defined its tags: a script that
// drives them waits for them, as the README says.
const ready = (w) =>
  w.until(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready' && ['b24-crm-bindings', 'b24-autoclose-toggle'].every((tag) => document.querySelector(tag)?.shadowRoot));
const toggle = (w) => w.widget(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').click());
const toggleChecked = (w) => w.widget(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').getAttribute('aria-checked'));
const toggleStatus = (w) => w.part('b24-autoclose-toggle', 'status');

for (const client of ['sdk', 'classic']) {
  describe(`a widget over ${client === 'sdk' ? '@bitrix24/b24jssdk (b24FrameConnection)' : 'the classic BX24 protocol (bx24Connection)'}`, () => {
    it('shows the right thing at every step of a call: incoming, connected with a timer, client change, keep open, ended, close', async () => {
      const w = await openEmulator(client);
      // Incoming: the call comes from PLACEMENT_OPTIONS (all strings) in getInitData.
      await w.until(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connecting');
      assert.equal(await w.part('b24-call-status', 'number'), '+4930123456');
      assert.equal(await w.part('b24-call-status', 'phase'), 'Ringing…');
      // SDK quirk: an event inside ~900 ms of bindEvent resolves the bind promise instead of reaching
      // the handler. This connect comes right after binding; the kit re-delivers it.
      await w.emulator(() => window.emulator.card.connect());
      await w.until(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connected');
      await w.until(() => /^\d+:\d\d$/.test(document.querySelector('b24-call-status').shadowRoot.querySelector('[part=timer]')?.textContent ?? ''));
      await ready(w);
      // No NO_HOST panel or event while the connection was still starting.
      assert.deepEqual(await w.widget(() => window.__events.filter((event) => event.type === 'b24-error').map((event) => event.detail.code)), []);
      await w.emulator(() => window.emulator.card.changeEntity('LEAD', 31));
      await w.until(() => document.querySelector('b24-crm-bindings').shadowRoot.querySelector('[part~="item-primary"] a')?.getAttribute('href')?.endsWith('/crm/lead/details/31/'));
      await toggle(w);
      await w.until(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').getAttribute('aria-busy') === 'false' && document.querySelector('b24-autoclose-toggle').checked);
      assert.ok((await w.hostLog()).some((line) => line.startsWith('in disableAutoClose')), 'the command is in the emulator log');
      assert.equal(await w.emulator(() => window.emulator.card.autoCloseBlocked), true);
      await w.emulator(() => window.emulator.card.hangUp('486'));
      await w.until(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'idle');
      // The real bridge passes only the state, never the failure code.
      assert.equal(await w.part('b24-call-status', 'phase'), 'Call ended');
      assert.equal(await w.part('b24-call-status', 'failure'), null);
      assert.equal(await toggleStatus(w), 'The card stays open until you turn this off');
      assert.equal(await w.emulator(() => window.emulator.card.isOpen), true, 'held open');
      // The held close reaches the widget as BeforeClose; the real close that follows takes the frame at once.
      await w.until(() => window.__events.filter((event) => event.type === 'b24-before-close').length === 1);
      assert.deepEqual(await w.errors(), []);
      assert.equal(await w.emulator(async () => {
        await window.emulator.card.close();
        return document.querySelectorAll('b24-call-card-emulator .frame iframe').length;
      }), 0, 'as on a portal, the closed card takes the widget\'s iframe with it in the same task');
      await w.page.close();
    });

    it('drops an event from a foreign origin and a reply to an unknown callback', async () => {
      const w = await openEmulator(client);
      await ready(w);
      // Proof that the forgery reaches the widget's own window (it once went to the forger's frame instead).
      await w.widget(() => {
        window.__foreign = [];
        window.addEventListener('message', (event) => event.origin === 'null' && window.__foreign.push(String(event.data)));
      });
      await w.emulator(() => window.emulator.sendForeignOriginEvent());
      await w.until(() => window.__foreign.length === 1);
      await w.emulator(() => window.emulator.sendStrayReply());
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The kit refreshes after every event, so the state alone would heal: no change may have been announced at all.
      assert.deepEqual(await w.widget(() => window.__events.filter((event) => event.type === 'b24-call-state-change' && !event.detail.initial).map((event) => event.detail.state)), [], 'the forged "connected" was never applied');
      assert.equal(await w.state(), 'connecting');
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });

    it('applies a duplicated event once, and survives BeforeClose twice', async () => {
      const w = await openEmulator(client);
      await ready(w);
      await w.emulator(() => {
        window.emulator.setFault('duplicate-events', true);
        window.emulator.setFault('before-close-twice', true);
        window.emulator.card.connect();
      });
      await w.until(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connected');
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(await w.widget(() => window.__events.filter((event) => event.type === 'b24-call-state-change' && !event.detail.initial).length), 1);
      // BeforeClose reaches a widget only while it holds the card open.
      await toggle(w);
      await w.until(() => document.querySelector('b24-autoclose-toggle').checked && document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').getAttribute('aria-busy') === 'false');
      await w.emulator(() => window.emulator.card.hangUp());
      await w.until(() => window.__events.some((event) => event.type === 'b24-before-close'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });

    it('keeps a known number when EntityChanged says PHONE_NUMBER unknown', async () => {
      const w = await openEmulator(client);
      await ready(w);
      await w.emulator(() => {
        window.emulator.setFault('entity-unknown-phone', true);
        window.emulator.card.changeEntity('COMPANY', 5);
      });
      await w.until(() => document.querySelector('b24-crm-bindings').shadowRoot.querySelector('[part~="item-primary"] a')?.getAttribute('href')?.endsWith('/crm/company/details/5/'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await w.part('b24-call-status', 'number'), '+4930123456');
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });

    it('keeps what a getStatus missing keys cannot tell, and follows what it does', async () => {
      const w = await openEmulator(client);
      await ready(w);
      await w.emulator(() => {
        window.emulator.setFault('status-missing-keys', true);
        window.emulator.card.connect();
      });
      await w.until(() => document.querySelector('b24-call-status')?.getAttribute('state') === 'connected');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Only CALL_ID and CALL_STATE came back: the line and the primary entity stay; a missing
      // PHONE_NUMBER is the host's way of saying "unknown", so that is what shows.
      assert.equal(await w.part('b24-call-status', 'line'), 'Line: Berlin office');
      assert.ok((await w.widget(() => document.querySelector('b24-crm-bindings').shadowRoot.querySelector('[part~="item-primary"] a')?.getAttribute('href'))).endsWith('/crm/contact/details/17/'));
      assert.equal(await w.part('b24-call-status', 'number'), 'Unknown number');
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });

    for (const [fault, what] of [
      ['drop-replies', 'drops its reply'],
      ['malformed-json', 'answers malformed JSON'],
    ]) {
      it(`reverts the toggle with a clear error when the host ${what}`, async () => {
        const w = await openEmulator(client);
        await ready(w);
        await w.emulator((name) => window.emulator.setFault(name, true), fault);
        const before = await w.widget(() => window.__events.length);
        await toggle(w);
        // No answer: the kit sends the command three times (1.5 s each), then reverts. Malformed JSON
        // (SDK: BAD_PAYLOAD) is final at once; the classic library drops it, so it is silence there.
        await w.until(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=status][role=alert]'), undefined, 10000);
        assert.equal(await toggleChecked(w), 'false');
        const codes = await w.widget((from) => window.__events.slice(from).filter((event) => event.type === 'b24-error').map((event) => event.detail.code), before);
        assert.ok(codes.length >= 1 && codes.every((code) => ['TIMEOUT', 'BAD_PAYLOAD'].includes(code)), codes.join());
        if (client === 'sdk' && fault === 'malformed-json') assert.ok(codes.includes('BAD_PAYLOAD'));
        // The classic library itself throws in its message handler on malformed JSON (and never calls
        // back); that is the only uncaught error allowed, and it is not the kit's.
        const errors = await w.errors();
        if (client === 'classic' && fault === 'malformed-json') assert.ok(errors.length > 0 && errors.every((error) => /SyntaxError|in JSON/.test(error)), errors.join());
        else assert.deepEqual(errors, []);
        await w.page.close();
      });
    }

    it("resolves titles through the emulator's REST with the widget's token, and after the token expires", async () => {
      const w = await openEmulator(client, '?titles');
      await ready(w);
      const bindingsText = () => w.widget(() => document.querySelector('b24-crm-bindings').shadowRoot.textContent);
      await w.until(() => /Anna Schmidt/.test(document.querySelector('b24-crm-bindings').shadowRoot.textContent) && /Annual support contract/.test(document.querySelector('b24-crm-bindings').shadowRoot.textContent), undefined, 8000);
      // An expired token gets expired_token; both clients refresh it (refreshAuth) and try again.
      await w.emulator(() => window.emulator.portal.expireAuth());
      await w.emulator(() => window.emulator.card.changeEntity('LEAD', 31));
      await w.until(() => /Website enquiry/.test(document.querySelector('b24-crm-bindings').shadowRoot.textContent), undefined, 8000);
      const log = await w.hostLog();
      assert.ok(log.some((line) => / \(app\) → 401 expired_token$/.test(line)), log.filter((line) => line.includes('REST')).join(' | '));
      assert.ok(log.some((line) => line.startsWith('in refreshAuth')));
      assert.doesNotMatch(await bindingsText(), /could not be loaded/);
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });

    it('gives up on titles when the REST request fails, instead of loading forever', async () => {
      // On a plain file server the emulator page has no REST: the request fails (the classic library
      // throws "Query error!" inside its XHR handler and never calls back; the SDK rejects).
      const w = await openEmulator(client, '?titles', { plain: true });
      await ready(w);
      const titleStates = () => w.widget(() => [...document.querySelector('b24-crm-bindings').shadowRoot.querySelectorAll('[part~="title-state"]:not([hidden])')].map((node) => node.textContent.trim()));
      await w.until(() => [...document.querySelector('b24-crm-bindings').shadowRoot.querySelectorAll('[part~="title-state"]:not([hidden])')].some((node) => node.textContent.includes('could not be loaded')), undefined, 8000);
      const states = await titleStates();
      assert.ok(states.length > 0 && states.every((text) => text === 'The name could not be loaded'), states.join());
      await w.page.close();
    });

    it('shrinks the frame when the content shrinks, as well as growing it', async () => {
      const w = await openEmulator(client);
      await ready(w);
      const frameHeight = () => w.page.locator('b24-call-card-emulator .frame iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
      await w.widget(() => {
        const block = document.createElement('div');
        block.id = 'pad';
        block.style.height = '900px';
        document.body.append(block);
      });
      await waitForAsync(async () => (await frameHeight()) >= 900);
      const tall = await frameHeight();
      await w.widget(() => document.getElementById('pad').remove());
      await waitForAsync(async () => (await frameHeight()) < tall - 600);
      const short = await frameHeight();
      const content = await w.widget(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      assert.ok(Math.abs(short - content) <= 2, `the frame (${short} px) fits the content (${content} px)`);
      await w.page.close();
    });

    it('keeps the toggle on when the host answers too late (1.5 s): the host has applied it', async () => {
      const w = await openEmulator(client);
      await ready(w);
      await w.emulator(() => window.emulator.setFault('delay-replies', true));
      await toggle(w);
      await w.until(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').getAttribute('aria-busy') === 'true');
      await w.until(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=base]').getAttribute('aria-busy') === 'false', undefined, 10000);
      assert.equal(await toggleChecked(w), 'true');
      assert.equal(await w.emulator(() => window.emulator.card.autoCloseBlocked), true);
      assert.equal(await w.widget(() => document.querySelector('b24-autoclose-toggle').shadowRoot.querySelector('[part=status][role=alert]')), null);
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });
  });
}

describe('a classic widget over an old copy of the library, without BX24.openPath', () => {
  it("opens an entity with the link's own navigation", async () => {
    const w = await openEmulator('classic', '?old-bx24');
    await ready(w);
    assert.equal(await w.widget(() => typeof window.BX24.openPath), 'undefined');
    const popup = w.page.waitForEvent('popup');
    await w.page.frameLocator('b24-call-card-emulator .frame iframe').locator('b24-crm-bindings [part~="item-primary"] a').click();
    const opened = await popup;
    assert.equal(opened.url(), `${session.hostOrigin}/crm/contact/details/17/`);
    assert.ok(!(await w.hostLog()).some((line) => line.startsWith('in openPath')), 'nothing asked the host to open it');
    await opened.close();
    await w.page.close();
  });
});

describe('a classic widget opened outside Bitrix24', () => {
  it('says so: the library throws and sets BX24 to null, and NO_HOST names the real cause', async () => {
    const page = await session.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${session.widgetOrigin}/classic.html`);
    await page.waitForFunction(() => window.__events?.some((event) => event.type === 'b24-error'));
    const error = await page.evaluate(() => window.__events.find((event) => event.type === 'b24-error').detail);
    assert.equal(error.code, 'NO_HOST');
    assert.match(error.message, /open outside Bitrix24/);
    assert.equal(await page.evaluate(() => window.BX24), null);
    assert.ok(pageErrors.some((message) => message.includes('Unable to initialize Bitrix24 JS library!')), pageErrors.join());
    assert.match(await page.locator('b24-call-card').evaluate((card) => card.shadowRoot.querySelector('[part=error]').textContent), /NO_HOST/);
    await page.close();
  });
});

describe('the emulator itself', () => {
  it('names the iframe DOMAIN|PROTOCOL|APP_SID, resizes it on resizeWindow, refuses unknown paths, and drops a wrong APP_SID', async () => {
    const w = await openEmulator('classic');
    await ready(w);
    const [name, appSid] = await Promise.all([w.widget(() => window.name), w.emulator(() => window.emulator.appSid)]);
    assert.equal(name, `${new URL(session.hostOrigin).host}|1|${appSid}`);
    // The provider fits the frame to its content by itself: take it out, so that only this test resizes.
    await w.widget(() => document.querySelector('b24-call-card').remove());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await w.widget(() => new Promise((resolve) => window.BX24.resizeWindow(300, 321, resolve)));
    assert.equal(await w.page.locator('b24-call-card-emulator .frame .app-layout').evaluate((layout) => layout.style.height), '321px');
    const refused = await w.widget(() => new Promise((resolve) => window.BX24.openPath('/bitrix/admin/', resolve)));
    assert.deepEqual(refused, { result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
    await w.widget((origin) => parent.postMessage('getStatus::cb999:not-the-sid', origin), session.hostOrigin);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok((await w.hostLog()).some((line) => line.startsWith('dropped wrong APP_SID not-the-sid')));
    // The newer object form, and refreshAuth, answered as `callbackId:json`.
    const replies = await w.widget(([origin, sid]) => new Promise((resolve) => {
      const got = {};
      window.addEventListener('message', (event) => {
        const [id, ...rest] = String(event.data).split(':');
        if (id === 'obj1' || id === 'auth1') got[id] = JSON.parse(rest.join(':'));
        if (got.obj1 && got.auth1) resolve(got);
      });
      parent.postMessage({ method: 'getStatus', params: {}, callback: 'obj1', appSid: sid }, origin);
      parent.postMessage(`refreshAuth::auth1:${sid}`, origin);
    }), [session.hostOrigin, appSid]);
    assert.equal(replies.obj1.PHONE_NUMBER, '+4930123456');
    assert.match(replies.auth1.AUTH_ID, /^auth\w+$/);
    const silent = await w.widget(() => new Promise((resolve) => {
      window.BX24.placement.call('CallCardSetMute', {}, () => resolve('answered'));
      setTimeout(() => resolve('silent'), 400);
    }));
    assert.equal(silent, 'silent');
    await w.page.close();
  });

  it('never throws on odd messages, and checks the raw openPath, not one stripped of its origin', async () => {
    const w = await openEmulator('classic');
    await ready(w);
    const sid = await w.emulator(() => window.emulator.appSid);
    await w.widget(([origin, appSid]) => {
      const cyclic = { name: 'loop' };
      cyclic.self = cyclic;
      parent.postMessage({ method: 'getStatus', params: cyclic, callback: 'odd1', appSid }, origin);
      parent.postMessage({ method: 'resizeWindow', params: { width: 10n, height: cyclic }, callback: 'odd2', appSid }, origin);
      parent.postMessage({ method: 'placementBindEvent', params: null, callback: 'odd3', appSid }, origin);
      parent.postMessage(`openPath:${JSON.stringify({ path: 'http://[' })}:odd4:${appSid}`, origin);
      parent.postMessage(`openPath:{"path":7}:odd5:${appSid}`, origin);
    }, [session.hostOrigin, sid]);
    await w.widget(() => {
      window.__opened = [];
      window.BX24.openPath('https://evil.example/crm/deal/details/42/', (answer) => window.__opened.push(answer));
      window.BX24.openPath('/crm/deal/details/42/', (answer) => window.__opened.push(answer));
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.deepEqual(await w.widget(() => window.__opened), [{ result: 'error', errorCode: 'PATH_NOT_AVAILABLE' }], 'another origin is refused; the other waits for its slider');
    assert.deepEqual(await w.emulator(() => window.emulator.sliders), ['/crm/deal/details/42/']);
    // The operator closes the slider: only now does the widget hear `close`.
    await w.page.getByRole('button', { name: 'Close slider' }).click();
    await w.until(() => window.__opened.length === 2);
    assert.deepEqual(await w.widget(() => window.__opened[1]), { result: 'close' });
    assert.deepEqual(await w.emulator(() => window.emulator.sliders), []);
    assert.equal(await w.widget(() => new Promise((resolve) => window.BX24.placement.call('getStatus', {}, (status) => resolve(status.CALL_STATE)))), 'connecting', 'still answering');
    assert.deepEqual(await w.errors(), []);
    await w.page.close();
  });

  it('keeps a bounded log and shows it once per frame: 5,000 messages leave at most 1,000 items', async () => {
    const w = await openEmulator('classic');
    await ready(w);
    const sid = await w.emulator(() => window.emulator.appSid);
    await w.emulator(() => {
      window.__additions = 0;
      const list = document.querySelector('b24-call-card-emulator').shadowRoot.querySelector('ol');
      new MutationObserver((records) => (window.__additions += records.filter((record) => record.addedNodes.length > 0).length)).observe(list, { childList: true });
    });
    const started = Date.now();
    await w.widget(([origin, appSid]) => {
      for (let index = 0; index < 5000; index += 1) parent.postMessage(`noSuchCommand::flood${index}:${appSid}`, origin);
    }, [session.hostOrigin, sid]);
    const shown = () => [...document.querySelector('b24-call-card-emulator').shadowRoot.querySelectorAll('ol li')].slice(-3).some((item) => item.textContent.includes('flood4999'));
    await w.page.waitForFunction(shown, undefined, { timeout: 30000, polling: 100 });
    const [items, logged, additions] = await w.emulator(() => [document.querySelector('b24-call-card-emulator').shadowRoot.querySelectorAll('ol li').length, window.emulator.log.length, window.__additions]);
    // Printed, not asserted: most of the time is the browser delivering 5,000 messages across frames.
    console.log(`5,000 messages: the panel showed the last after ${Date.now() - started} ms in ${additions} additions; ${items} items shown, ${logged} kept`);
    assert.ok(additions <= 1000, `${additions} additions to the list: many messages are shown at once, not one by one`);
    assert.ok(items <= 1000, `${items} items`);
    assert.ok(logged < 2000, `${logged} log entries`);
    await w.page.close();
  });

  it('loads no widget that is not an http(s) page', async () => {
    const page = await session.context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`${session.hostOrigin}/?widget=${encodeURIComponent('javascript:alert(document.domain)')}`);
    await page.waitForFunction(() => window.emulator);
    assert.equal(await page.locator('b24-call-card-emulator .frame iframe').getAttribute('src'), null);
    assert.match(await page.locator('[role=alert]').textContent(), /not an http\(s\) address/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(dialogs, 0);
    await page.close();
  });

  it("answers as the portal's host code does: resizeWindow reads strings and answers the size; setTitle, fitWindow and callback-less messages get nothing", async () => {
    const w = await openEmulator('classic');
    await ready(w);
    const sid = await w.emulator(() => window.emulator.appSid);
    // The kit sizes the frame to its content by itself: take it out, so that only this test resizes.
    await w.widget(() => document.querySelector('b24-call-card').remove());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const size = await w.widget(([origin, appSid]) => new Promise((resolve) => {
      window.addEventListener('message', (event) => String(event.data).startsWith('rs1:') && resolve(JSON.parse(String(event.data).slice(4))));
      parent.postMessage(`resizeWindow:${JSON.stringify({ width: '100%', height: '321' })}:rs1:${appSid}`, origin);
    }), [session.hostOrigin, sid]);
    const layout = w.page.locator('b24-call-card-emulator .frame .app-layout');
    assert.equal(await layout.evaluate((element) => [element.style.width, element.style.height].join(' ')), '100% 321px');
    assert.equal(size.height, await layout.evaluate((element) => Math.round(element.getBoundingClientRect().height)));
    assert.equal(size.width, await layout.evaluate((element) => Math.round(element.getBoundingClientRect().width)));
    const silent = await w.widget(([origin, appSid]) => new Promise((resolve) => {
      const answered = [];
      window.addEventListener('message', (event) => /^(t1|f1):/.test(String(event.data)) && answered.push(String(event.data)));
      parent.postMessage(`setTitle:{"title":"x"}:t1:${appSid}`, origin);
      parent.postMessage(`fitWindow:{"width":"100%","height":50}:f1:${appSid}`, origin);
      setTimeout(() => resolve(answered), 400);
    }), [session.hostOrigin, sid]);
    assert.deepEqual(silent, []);
    const before = (await w.hostLog()).filter((line) => line.startsWith('out')).length;
    await w.widget(([origin, appSid]) => parent.postMessage(`getStatus:::${appSid}`, origin), [session.hostOrigin, sid]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal((await w.hostLog()).filter((line) => line.startsWith('out')).length, before, 'no answer without a callback id');
    await w.page.close();
  });

  it('gives getInitData as a portal does: PATH /rest (REST goes to /rest/<method>.json), USER_OPTIONS and APP_OPTIONS', async () => {
    const w = await openEmulator('classic', '?titles');
    const rest = () => w.requests.filter((request) => request.method === 'POST' && request.url.startsWith(`${session.hostOrigin}/rest/`)).map((request) => new URL(request.url).pathname);
    await ready(w);
    assert.equal(await w.widget(() => String(window.BX24.userOption.get('anything'))), 'undefined', 'userOption.get does not throw');
    await waitFor(() => rest().length > 0, 8000);
    assert.equal(rest()[0], '/rest/batch.json');
    await w.page.close();
  });

  it("says in plain words when the widget's server refuses the portal's POST", async () => {
    // A static host as many are: GET works, POST is 405.
    const { createServer } = await import('node:http');
    const refusing = createServer((request, response) => (request.method === 'POST' ? response.writeHead(405).end() : response.writeHead(200, { 'content-type': 'text/html' }).end('<p>widget</p>')));
    await new Promise((resolve) => refusing.listen(0, 'localhost', resolve));
    try {
      const page = await session.context.newPage();
      await page.goto(`${session.hostOrigin}/?widget=${encodeURIComponent(`http://localhost:${refusing.address().port}/widget.html`)}`);
      const alert = page.locator('b24-call-card-emulator [role=alert]');
      await alert.waitFor();
      assert.match(await alert.textContent(), /refused the portal's POST with HTTP 405.*blank.*--get/s);
      await page.close();
      // With --get (load=get) there is nothing to warn about.
      const get = await session.context.newPage();
      await get.goto(`${session.hostOrigin}/?widget=${encodeURIComponent(`http://localhost:${refusing.address().port}/widget.html`)}&load=get`);
      await get.waitForFunction(() => /webhook/.test(document.querySelector('b24-call-card-emulator')?.restStatus ?? ''));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await get.locator('b24-call-card-emulator [role=alert]').count(), 0);
      await get.close();
    } finally {
      refusing.close();
    }
  });

  it('loads the widget by POST as a portal does (query and body fields, all-string options, allow list), or by GET with load=get', async () => {
    const w = await openEmulator('classic');
    await ready(w);
    const load = w.requests.find((request) => request.url.startsWith(`${session.widgetOrigin}/classic.html`));
    assert.equal(load.method, 'POST');
    const url = new URL(load.url);
    const sid = await w.emulator(() => window.emulator.appSid);
    assert.deepEqual(['DOMAIN', 'PROTOCOL', 'LANG', 'APP_SID'].map((key) => url.searchParams.get(key)), [new URL(session.hostOrigin).host, '1', 'en', sid]);
    const body = new URLSearchParams(load.body);
    assert.deepEqual([...body.keys()], ['AUTH_ID', 'AUTH_EXPIRES', 'REFRESH_ID', 'SERVER_ENDPOINT', 'APPLICATION_TOKEN', 'APPLICATION_SCOPE', 'member_id', 'status', 'PLACEMENT', 'PLACEMENT_OPTIONS']);
    assert.match(body.get('APPLICATION_TOKEN'), /^[0-9a-f]{32}$/);
    assert.equal(body.get('APPLICATION_SCOPE'), 'crm,placement,telephony');
    assert.equal(body.get('PLACEMENT'), 'CALL_CARD');
    const options = JSON.parse(body.get('PLACEMENT_OPTIONS'));
    assert.ok(Object.values(options).every((value) => typeof value === 'string' || Array.isArray(value)), 'every value a string');
    assert.equal(options.CRM_ENTITY_ID, '17');
    assert.equal(await w.page.locator('b24-call-card-emulator .frame iframe').getAttribute('allow'), 'geolocation; microphone; camera; autoplay');
    await w.page.close();
    const page = await session.context.newPage();
    const loads = [];
    page.on('request', (request) => request.url().startsWith(`${session.widgetOrigin}/classic.html`) && loads.push(request));
    await page.goto(`${session.hostOrigin}/?widget=${encodeURIComponent(`${session.widgetOrigin}/classic.html`)}&load=get`);
    await waitFor(() => loads.length > 0);
    assert.deepEqual(loads.map((request) => request.method()), ['GET']);
    // With --get the fields a portal POSTs come in the query string.
    const query = new URL(loads[0].url()).searchParams;
    assert.match(query.get('AUTH_ID') ?? '', /^auth\w+$/);
    assert.equal(query.get('PLACEMENT'), 'CALL_CARD');
    assert.equal(JSON.parse(query.get('PLACEMENT_OPTIONS')).CRM_ENTITY_ID, '17');
    await page.close();
  });
});

describe('the frame follows the card', () => {
  for (const client of ['classic', 'sdk']) {
    it(`keeps the frame as wide as the card and as tall as the widget when the card is resized (${client === 'sdk' ? '@bitrix24/b24jssdk' : 'the classic library'})`, async () => {
      const w = await openEmulator(client);
      await ready(w);
      const container = w.page.locator('b24-call-card-emulator > .frame');
      const iframe = w.page.locator('b24-call-card-emulator > .frame iframe');
      /** The iframe's box, and what the widget's content needs, once they agree. */
      const fitted = async (width) => {
        await waitForAsync(async () => {
          const box = await iframe.boundingBox();
          const content = await w.widget(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          return Math.round(box.width) === width && Math.abs(box.height - content) <= 1;
        }, 5000).catch(() => undefined);
        const box = await iframe.boundingBox();
        return { width: Math.round(box.width), height: Math.round(box.height), content: await w.widget(() => Math.ceil(document.documentElement.getBoundingClientRect().height)) };
      };
      for (const width of [550, 320, 480]) {
        await container.evaluate((element, px) => (element.style.width = `${px}px`), width);
        const frame = await fitted(width);
        assert.equal(frame.width, width, `the frame follows the card to ${width} px`);
        assert.ok(Math.abs(frame.height - frame.content) <= 1, `at ${width} px the frame is as tall as the widget (${frame.height} vs ${frame.content})`);
      }
      assert.deepEqual(await w.errors(), []);
      await w.page.close();
    });
  }
});
