import { expect } from '@open-wc/testing';
import { toPlacementOptions } from '../../src/portal/host-messages.js';
import { HOLD_OPEN_MS, SimulatedCallCard } from '../../src/portal/simulated-call-card.js';
import { SIMULATOR_LOG_LIMIT, createCallCardSimulator } from '../../src/connection/simulator.js';
import { CallCardError } from '../../src/model/errors.js';
import { settledWithin, sleep, until } from '../helpers.js';

function recordEvents(simulator: ReturnType<typeof createCallCardSimulator>) {
  const events: [string, unknown[]][] = [];
  for (const name of ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose']) {
    simulator.bindEvent(name, (...args) => events.push([name, args]));
  }
  return events;
}

describe('createCallCardSimulator', () => {
  it('starts a call from telephony.externalcall.register parameters', async () => {
    const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+100', TYPE: 3, LINE_NUMBER: '7', CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: 5 } });
    const status = (await simulator.call('getStatus')) as Record<string, unknown>;
    expect(status).to.include({ PHONE_NUMBER: '+100', CALL_DIRECTION: 'incomingTransfer', LINE_NUMBER: '7', CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: 5, CALL_STATE: 'connecting', CALL_LIST_MODE: false });
    expect(String(status['CALL_ID'])).to.match(/^externalCall\.[0-9a-f]{32}\.\d+$/);
    for (const [type, direction] of [[1, 'outgoing'], [2, 'incoming'], [4, 'callback']] as const) {
      simulator.startCall({ TYPE: type });
      expect(simulator.card.status.CALL_DIRECTION).to.equal(direction);
    }
    expect(() => simulator.startCall({ TYPE: 5 as never })).to.throw(RangeError, /TYPE must be/);
  });

  it('binds a new lead with CRM_CREATE, and turns on call-list mode with CALL_LIST_ID', () => {
    const simulator = createCallCardSimulator();
    const result = simulator.startCall({ PHONE_NUMBER: '+200', CRM_CREATE: 1, CALL_LIST_ID: 3 });
    expect(result.CRM_CREATED_LEAD).to.be.a('number');
    expect(simulator.card.status).to.include({ CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: result.CRM_CREATED_LEAD, CALL_LIST_MODE: true });
    expect(simulator.startCall({ PHONE_NUMBER: 'hidden', CRM_CREATE: 1 }).CRM_CREATED_LEAD).to.equal(null);
  });

  it('gives PLACEMENT_OPTIONS with every value a string', () => {
    const options = createCallCardSimulator().options as Record<string, unknown>;
    expect(options).to.include({ CRM_ENTITY_ID: '17', CALL_LIST_MODE: 'false', CRM_ACTIVITY_ID: 'undefined', CALL_STATE: 'connecting' });
    expect(options['CRM_BINDINGS']).to.deep.include({ ENTITY_TYPE: 'DEAL', ENTITY_ID: '42' });
    expect(toPlacementOptions({ ...new SimulatedCallCard().status, CRM_ACTIVITY_ID: 9 })['CRM_ACTIVITY_ID']).to.equal('9');
  });

  it("writes an unknown number as the string 'undefined' and leaves an empty CRM_BINDINGS out, as the portal's form encoding does", () => {
    const options = toPlacementOptions(new SimulatedCallCard({ TYPE: 2 }).status);
    expect(options['PHONE_NUMBER']).to.equal('undefined');
    expect(options).not.to.have.property('CRM_BINDINGS');
  });

  it('answers getStatus without CRM_ACTIVITY_ID until an entity change makes it empty', () => {
    const card = new SimulatedCallCard({ PHONE_NUMBER: '+1' });
    expect(card.status).not.to.have.property('CRM_ACTIVITY_ID');
    card.changeEntity('LEAD', 31);
    expect(card.status.CRM_ACTIVITY_ID).to.equal('');
  });

  it('answers asynchronously and leaves unknown commands unanswered', async () => {
    const simulator = createCallCardSimulator();
    expect((await settledWithin(simulator.call('CallCardSetMute'), 30)).state).to.equal('pending');
    expect(simulator.log.map((entry) => entry.kind)).to.deep.equal(['command', 'no-answer']);
    expect(simulator.commandsReceived()).to.deep.equal(['CallCardSetMute']);
  });

  it('stays silent everywhere outside CALL_CARD', async () => {
    const simulator = createCallCardSimulator({ placement: 'CRM_DEAL_DETAIL_TAB' });
    const events = recordEvents(simulator);
    expect((await settledWithin(simulator.call('getStatus'), 30)).state).to.equal('pending');
    simulator.connect();
    await sleep(10);
    expect(events).to.deep.equal([]);
    expect(await simulator.getInterface()).to.deep.equal({ command: [], event: [] });
  });

  it('sends one argument per event, plus {failedCode} on a failed hang-up', async () => {
    const simulator = createCallCardSimulator();
    const events = recordEvents(simulator);
    simulator.connect();
    simulator.changeEntity('LEAD', 8);
    simulator.hangUp('486');
    await until(() => events.length === 4, 'four events');
    expect(events).to.deep.equal([
      ['CallCard::CallStateChanged', ['connected']],
      ['CallCard::EntityChanged', [{ PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 8 }]],
      ['CallCard::CallStateChanged', ['idle', { failedCode: '486' }]],
      ['CallCard::BeforeClose', [[]]],
    ]);
    expect(simulator.card.isOpen).to.equal(false);
    // A portal destroys the widget with the card; the simulator keeps answering with the last call, never an error.
    expect(await simulator.call('getStatus')).to.deep.include({ CALL_STATE: 'idle', PHONE_NUMBER: '+4930123456' });
    expect(await simulator.call('disableAutoClose')).to.deep.equal([]);
    expect(simulator.card.isOpen).to.equal(false);
  });

  it("copies an event's arguments for that event's bindings only, as a portal posts one message per binding of it", async () => {
    const simulator = createCallCardSimulator({ latencyMs: 'sync' });
    const events = recordEvents(simulator);
    const clone = globalThis.structuredClone;
    let copies = 0;
    globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
      copies += 1;
      return clone(value, options);
    }) as typeof structuredClone;
    try {
      simulator.connect();
    } finally {
      globalThis.structuredClone = clone;
    }
    expect(events).to.deep.equal([['CallCard::CallStateChanged', ['connected']]]);
    expect(copies, "one for CallStateChanged's binding, one for the log; none for the other two bindings").to.equal(2);
  });

  it('holds an ended call open after disableAutoClose: BeforeClose fires on the blocked attempt and on the real close', async () => {
    expect(HOLD_OPEN_MS).to.equal(65_000);
    const simulator = createCallCardSimulator({ holdOpenMs: 60 });
    const events = recordEvents(simulator);
    await simulator.call('disableAutoClose');
    simulator.hangUp();
    await sleep(10);
    expect(simulator.card.isOpen).to.equal(true);
    expect(simulator.card.isHolding).to.equal(true);
    expect(events.filter(([name]) => name === 'CallCard::BeforeClose')).to.have.length(1);
    // BeforeClose reaches the widget in a task of its own: wait for it, not for isOpen, which flips first.
    await until(() => events.filter(([name]) => name === 'CallCard::BeforeClose').length === 2, 'BeforeClose again when the hold ends');
    expect(simulator.card.isOpen).to.equal(false);
  });

  it('restarts the hold on every disableAutoClose, and closes an ended call at once on enableAutoClose', async () => {
    // Wide margins: three browsers share two cores, and a timer can fire 100 ms late.
    const simulator = createCallCardSimulator({ holdOpenMs: 400 });
    await simulator.call('disableAutoClose');
    simulator.hangUp();
    const started = performance.now();
    await sleep(200);
    expect(simulator.card.isOpen, 'held open at first').to.equal(true);
    await simulator.call('disableAutoClose');
    await sleep(Math.max(0, started + 450 - performance.now()));
    expect(simulator.card.isOpen, 'the repeat extended the hold past its first 400 ms').to.equal(true);
    await simulator.call('enableAutoClose');
    expect(simulator.card.isOpen).to.equal(false);
  });

  it('moves to the next client in call-list mode, and closes on demand', async () => {
    const simulator = createCallCardSimulator();
    const before = simulator.card.status.CALL_ID;
    simulator.nextClient({ PHONE_NUMBER: '+300', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 99 });
    expect(simulator.card.status).to.include({ CALL_LIST_MODE: true, PHONE_NUMBER: '+300', CALL_DIRECTION: 'outgoing' });
    expect(simulator.card.status.CALL_ID).to.not.equal(before);
    simulator.addBinding('DEAL', 7);
    simulator.addBinding('DEAL', 7);
    expect(simulator.card.status.CRM_BINDINGS).to.deep.equal([{ ENTITY_TYPE: 'CONTACT', ENTITY_ID: 99 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 7 }]);
    simulator.close();
    expect(simulator.card.isOpen).to.equal(false);
    simulator.startCall();
    expect(simulator.card.isOpen, 'a new call reopens the card').to.equal(true);
  });

  it('keeps only the newest log entries', () => {
    const simulator = createCallCardSimulator({ latencyMs: 'sync' });
    for (let index = 0; index < 5 * SIMULATOR_LOG_LIMIT; index += 1) simulator.resize();
    simulator.connect();
    expect(simulator.log.length).to.be.within(SIMULATOR_LOG_LIMIT, 2 * SIMULATOR_LOG_LIMIT);
    expect(simulator.log.at(-1)).to.include({ kind: 'event', name: 'CallCard::CallStateChanged' });
    expect(simulator.log[0]).to.include({ kind: 'resize' });
  });

  it("follows Bitrix24's openPath rule, and simulates faults", async () => {
    const simulator = createCallCardSimulator();
    await simulator.openPath('/crm/contact/details/17/');
    const refused = await settledWithin(simulator.openPath('/bitrix/admin/'), 50);
    expect((refused as { error: CallCardError }).error.hostCode).to.equal('PATH_NOT_AVAILABLE');
    simulator.setCommandFault('getStatus', 'silent');
    expect((await settledWithin(simulator.call('getStatus'), 30)).state).to.equal('pending');
    simulator.setCommandFault('getStatus', 'error');
    expect(await simulator.call('getStatus')).to.deep.equal([{ result: 'error', errorCode: 'Call card is undefined' }]);
    simulator.setCommandFault('getStatus', null);
    expect(await simulator.call('getStatus')).to.have.property('CALL_ID');
    simulator.resize();
    expect(simulator.log.at(-1)).to.include({ kind: 'resize', name: 'fit' });
    const seen: string[] = [];
    const off = simulator.onLog((entry) => seen.push(entry.kind));
    simulator.connect();
    off();
    simulator.hangUp();
    expect(seen).to.deep.equal(['event']);
    simulator.dispose();
  });

  it("answers voximplant.statistic.get with its calls' records, by the upper-case FILTER only, as a portal does", async () => {
    const simulator = createCallCardSimulator();
    const first = simulator.card.status.CALL_ID;
    simulator.connect();
    simulator.hangUp('486');
    simulator.nextClient({ PHONE_NUMBER: '+4930999999' });
    const second = simulator.card.status.CALL_ID;
    simulator.hangUp();
    const byId = (await simulator.callMethod('voximplant.statistic.get', { FILTER: { CALL_ID: first } })) as { CALL_ID: string; CALL_FAILED_CODE: string; CALL_DURATION: string }[];
    expect(byId.map((record) => [record.CALL_ID, record.CALL_FAILED_CODE])).to.deep.equal([[first, '486']]);
    expect(byId[0]!.CALL_DURATION).to.match(/^\d+$/);
    const ignored = (await simulator.callMethod('voximplant.statistic.get', { filter: { CALL_ID: first } })) as { CALL_ID: string }[];
    expect(ignored.map((record) => record.CALL_ID), 'a lower-case filter is ignored: every record').to.deep.equal([first, second]);
  });
});
