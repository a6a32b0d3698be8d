// The emulator's frame host against what running the portal's real bridge showed (Bitrix24
// main.core + rest applayout.js + voximplant PhoneCallView; ../shared/HOST-FACTS.md, "What running the
// portal's real bridge showed"). A hand-written widget (widgets/raw.js) speaks the raw protocol, so each
// test sees exactly what the host sends and what it leaves unanswered.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emulatorSession, waitForAsync } from './emulator-session.mjs';

const session = emulatorSession();

/** The raw widget in the emulator; `ask(command, params)` resolves with the answer or 'silent'. */
const reports = new Map();

async function openRaw() {
  const w = await session.openEmulator('raw', '', {
    prepare: (page) => page.exposeFunction('__rawReport', (appSid, line) => reports.set(appSid, [...(reports.get(appSid) ?? []), line])),
  });
  await w.until(() => typeof window.ask === 'function');
  const ask = (command, params = {}, wait = 500) => w.widget(([c, p, t]) => window.ask(c, p, t), [command, params, wait]);
  const got = () => w.widget(() => [...window.__got]);
  /** What the widget received, as it reported it to the test: the report outlives the widget's frame. */
  const stored = (appSid) => reports.get(appSid) ?? [];
  /** Waits for the widget in the card's new frame, after the card closed and opened again. */
  const reopened = async () => {
    await waitForAsync(async () => (await w.page.locator('b24-call-card-emulator .frame iframe').count()) === 1);
    await waitForAsync(async () => {
      try {
        return await w.widget(() => typeof window.ask === 'function');
      } catch {
        return false;
      }
    });
  };
  const appSid = await w.widget(() => window.__appSid);
  return { ...w, ask, got, stored, reopened, appSid };
}

/** Binds the three events with callback ids named after them. */
async function bindAll(w) {
  await w.widget(() => {
    window.bind('CallCard::CallStateChanged', 'onState');
    window.bind('CallCard::EntityChanged', 'onEntity');
    window.bind('CallCard::BeforeClose', 'onClose');
  });
  // Binding never answers; give the host a moment to take the three bindings.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const frameCount = (w) => w.page.locator('b24-call-card-emulator .frame iframe').count();

describe("the emulator's frame host, as the portal's real bridge", () => {
  it('removes the frame in the same task when a call ends with auto-close allowed: no final idle, no BeforeClose, only pagehide', async () => {
    const w = await openRaw();
    await bindAll(w);
    await w.emulator(() => window.emulator.card.connect());
    await w.until(() => window.__got.includes('onState:"connected"'));
    const goneAtOnce = await w.emulator(async () => {
      await window.emulator.card.hangUp('200');
      return document.querySelector('b24-call-card-emulator .frame iframe') === null;
    });
    assert.equal(goneAtOnce, true, 'the iframe is gone in the task that ended the call');
    await waitForAsync(async () => w.stored(w.appSid).includes('pagehide'));
    const log = w.stored(w.appSid);
    assert.equal(log.at(-1), 'pagehide');
    assert.ok(!log.some((line) => line === 'onState:"idle"' || line.startsWith('onClose:')), `no idle or BeforeClose: ${log.join(' | ')}`);
    await w.page.close();
  });

  it('delivers idle and BeforeClose when the close is held, and takes the frame at the real close without a second BeforeClose', async () => {
    const w = await openRaw();
    await bindAll(w);
    assert.deepEqual(await w.ask('disableAutoClose'), []);
    await w.emulator(() => window.emulator.card.hangUp('486'));
    await w.until(() => window.__got.some((line) => line.startsWith('onClose:')));
    const got = await w.got();
    // One argument per event: the bare state, never the failure code; BeforeClose with an empty body.
    assert.ok(got.includes('onState:"idle"'), got.join(' | '));
    assert.ok(got.includes('onClose:'), got.join(' | '));
    assert.equal(await frameCount(w), 1, 'held open');
    const goneAtOnce = await w.emulator(async () => {
      await window.emulator.card.close();
      return document.querySelector('b24-call-card-emulator .frame iframe') === null;
    });
    assert.equal(goneAtOnce, true);
    await waitForAsync(async () => w.stored(w.appSid).includes('pagehide'));
    const log = w.stored(w.appSid);
    assert.equal(log.filter((line) => line.startsWith('onClose:')).length, 1, log.join(' | '));
    assert.equal(log.at(-1), 'pagehide');
    await w.page.close();
  });

  it("gives getInitData as the portal's template does: AUTH_EXPIRES a string, options arrays [], MEMBER_ID and no member_id, PLACEMENT_OPTIONS all strings", async () => {
    const w = await openRaw();
    // A call with an unknown number, no CRM entity and no bindings, on a fresh card.
    await w.emulator(() => window.emulator.card.close());
    await w.emulator(() => window.emulator.card.startCall({ TYPE: 2 }));
    await w.reopened();
    const init = await w.widget(() => window.ask('getInitData'));
    assert.equal(typeof init.AUTH_EXPIRES, 'string');
    assert.deepEqual([init.USER_OPTIONS, init.APP_OPTIONS], [[], []]);
    assert.equal(typeof init.MEMBER_ID, 'string');
    assert.equal('member_id' in init, false);
    assert.equal(init.INSTALL, false);
    const options = init.PLACEMENT_OPTIONS;
    assert.equal(options.PHONE_NUMBER, 'undefined', 'an unknown number is the string "undefined"');
    assert.equal(options.CRM_ACTIVITY_ID, 'undefined');
    assert.equal('CRM_BINDINGS' in options, false, 'an empty CRM_BINDINGS is absent');
    assert.ok(Object.values(options).every((value) => typeof value === 'string'), JSON.stringify(options));
    await w.page.close();
  });

  it('answers getStatus with typed values and no CRM_ACTIVITY_ID until an entity change makes it ""; EntityChanged keys in the portal\'s order', async () => {
    const w = await openRaw();
    await bindAll(w);
    const status = await w.ask('getStatus');
    assert.equal(typeof status.CRM_ENTITY_ID, 'number');
    assert.equal(typeof status.CALL_LIST_MODE, 'boolean');
    assert.equal('CRM_ACTIVITY_ID' in status, false, JSON.stringify(status));
    await w.emulator(() => window.emulator.card.changeEntity('LEAD', 31));
    await w.until(() => window.__got.some((line) => line.startsWith('onEntity:')));
    const entity = JSON.parse((await w.got()).find((line) => line.startsWith('onEntity:')).slice('onEntity:'.length));
    assert.deepEqual(Object.keys(entity), ['CRM_ENTITY_TYPE', 'CRM_ENTITY_ID', 'PHONE_NUMBER']);
    assert.equal((await w.ask('getStatus')).CRM_ACTIVITY_ID, '');
    await w.page.close();
  });

  it('lists the interface in the portal\'s order, and each further card in the same page appends the three events again', async () => {
    const w = await openRaw();
    const expected = { command: ['getStatus', 'disableAutoClose', 'enableAutoClose'], event: ['CallCard::EntityChanged', 'CallCard::BeforeClose', 'CallCard::CallStateChanged'] };
    assert.deepEqual(await w.ask('getInterface'), expected);
    await w.emulator(() => window.emulator.card.close());
    await w.emulator(() => window.emulator.card.startCall({ TYPE: 2, PHONE_NUMBER: '+4930555' }));
    await w.reopened();
    const again = await w.widget(() => window.ask('getInterface'));
    assert.deepEqual(again, { command: expected.command, event: [...expected.event, ...expected.event] });
    await w.page.close();
  });

  it("sizes the layout around the frame on resizeWindow and answers the layout's rounded size; a missing width is 100px", async () => {
    const w = await openRaw();
    const layout = w.page.locator('b24-call-card-emulator .frame .app-layout');
    const iframe = w.page.locator('b24-call-card-emulator .frame iframe');
    const answer = await w.ask('resizeWindow', { width: '100%', height: '321.6' });
    assert.equal(await layout.evaluate((element) => element.style.height), '321px');
    assert.equal(await iframe.evaluate((element) => element.style.width + element.style.height), '', 'the iframe itself is not styled');
    const box = await layout.evaluate((element) => element.getBoundingClientRect().toJSON());
    assert.deepEqual(answer, { width: Math.round(box.width), height: Math.round(box.height) });
    assert.equal(Math.round(await iframe.evaluate((element) => element.getBoundingClientRect().height)), 321, 'the frame follows at 100 %');
    const narrow = await w.ask('resizeWindow', { height: 200 });
    assert.equal(await layout.evaluate((element) => element.style.width), '100px');
    assert.equal(narrow.width, 100);
    await w.page.close();
  });

  it('answers setScroll, refuses only setTitle, reloads the whole page on reloadWindow, and leaves malformed JSON unanswered', async () => {
    const w = await openRaw();
    assert.equal(await w.ask('setTitle', { title: 'x' }), 'silent');
    assert.notEqual(await w.ask('setScroll', { scroll: 0 }), 'silent');
    assert.equal(await w.ask('getStatus', '{"broken":', 400), 'silent');
    const reloaded = w.page.waitForEvent('load');
    await w.widget(() => window.send('reloadWindow', {}, 'reload1'));
    await reloaded;
    await w.page.waitForFunction(() => window.emulator);
    await w.page.close();
  });

  it("answers any window of the widget's origin, and sends the answer to the widget's frame", async () => {
    const w = await openRaw();
    // A second frame of the widget's origin, inside the widget: the bridge checks only the origin.
    const answered = await w.widget(
      () =>
        new Promise((resolve) => {
          const id = 'nested1';
          window.addEventListener('message', (event) => String(event.data).startsWith(`${id}:`) && resolve('to the widget'));
          const nested = document.createElement('iframe');
          nested.srcdoc = `<script>parent.parent.postMessage(${JSON.stringify(`getStatus:{}:${id}:${window.__appSid}`)}, ${JSON.stringify(window.__host)});</script>`;
          nested.sandbox.add('allow-scripts', 'allow-same-origin');
          document.body.append(nested);
          setTimeout(() => resolve('silent'), 800);
        }),
    );
    assert.equal(answered, 'to the widget');
    await w.page.close();
  });

  it("builds the card's tabs when the page loads: a handler bound with placement.bind shows after a reload, and loads by POST", async () => {
    const w = await openRaw();
    const { AUTH_ID } = await w.ask('getInitData');
    const handler = `${session.widgetOrigin}/raw.html?tab=notes`;
    const bound = await w.emulator(
      async (form) => (await fetch('/rest/placement.bind.json', { method: 'POST', body: new URLSearchParams(form) })).json(),
      { auth: AUTH_ID, PLACEMENT: 'CALL_CARD', HANDLER: handler, TITLE: 'Notes' },
    );
    assert.equal(bound.result, true);
    assert.equal(await w.page.getByRole('tab', { name: 'Notes' }).count(), 0, 'not before the page loads again');
    await w.page.reload();
    await w.page.waitForFunction(() => window.emulator);
    const loads = [];
    w.page.on('request', (request) => request.url().startsWith(`${session.widgetOrigin}/raw.html?tab=notes`) && loads.push(request.method()));
    await w.page.getByRole('tab', { name: 'Notes' }).click();
    await waitForAsync(async () => loads.length > 0);
    assert.deepEqual(loads, ['POST']);
    await waitForAsync(async () => w.page.frames().some((frame) => frame.url().startsWith(handler)));
    await w.page.close();
  });

  it("lets a notes widget save when the portal removes its frame in the same task: b24-card-closing on pagehide, and a keepalive request that arrives", async () => {
    const { createServer } = await import('node:http');
    const saved = [];
    const recorder = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        saved.push(body);
        response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      });
    });
    await new Promise((done) => recorder.listen(0, 'localhost', done));
    try {
      const w = await session.openEmulator('notes', `?save=${encodeURIComponent(`http://localhost:${recorder.address().port}/save`)}`);
      await w.until(() => document.querySelector('b24-call-card')?.snapshot?.status === 'ready');
      await w.widget(() => (document.querySelector('#note').value = 'Call back on Monday'));
      await w.emulator(() => window.emulator.card.connect());
      const gone = await w.emulator(async () => {
        await window.emulator.card.hangUp('200');
        return document.querySelector('b24-call-card-emulator .frame iframe') === null;
      });
      assert.equal(gone, true, 'the frame went in the task that ended the call');
      await waitForAsync(async () => saved.length > 0);
      assert.deepEqual(saved.map((body) => JSON.parse(body)), [{ path: 'pagehide', note: 'Call back on Monday' }]);
      await w.page.close();
    } finally {
      recorder.close();
    }
  });
});
