import { expect } from '@open-wc/testing';
import { b24FrameConnection } from '../../src/connection/b24-frame.js';
import { bx24Connection } from '../../src/connection/bx24.js';
import type { PlacementConnection } from '../../src/connection/placement-connection.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { CallCardController, DEFAULT_COMMAND_TIMEOUT, KEEP_OPEN_ATTEMPTS, type CallCardControllerEvent } from '../../src/controller/call-card-controller.js';
import { TITLE_CACHE_LIMIT } from '../../src/controller/entity-titles.js';
import { fakeB24Frame } from '../fakes/fake-b24-frame.js';
import { FakeBx24 } from '../fakes/fake-bx24.js';
import { overriding } from '../harness.js';
import { sleep, until } from '../helpers.js';

function start(connection: PlacementConnection, options: ConstructorParameters<typeof CallCardController>[1] = {}) {
  const controller = new CallCardController(connection, options);
  const events: CallCardControllerEvent[] = [];
  controller.addListener((event) => events.push(event));
  controller.start();
  return { controller, events };
}

/** A connection whose getStatus answers are released by the test, to control ordering. */
function manualConnection() {
  const simulator = createCallCardSimulator();
  const pending: { resolve: (value: unknown) => void; answer: unknown }[] = [];
  let getStatusCalls = 0;
  const connection = overriding(simulator, {
    kind: 'manual',
    call(command, params) {
      if (command !== 'getStatus') return simulator.call(command, params);
      getStatusCalls += 1;
      const answer = simulator.card.status; // the host's state when the request arrived
      return new Promise((resolve) => pending.push({ resolve, answer }));
    },
  });
  return {
    simulator,
    connection,
    pending,
    getStatusCalls: () => getStatusCalls,
    release: () => {
      const next = pending.shift()!;
      next.resolve(next.answer);
    },
  };
}

describe('CallCardController', () => {
  it('publishes the first snapshot synchronously from the placement options, then refines it with getStatus', async () => {
    const simulator = createCallCardSimulator();
    const { controller, events } = start(simulator);
    expect(controller.snapshot.status).to.equal('connecting');
    expect(controller.snapshot.call.phoneNumber).to.equal('+4930123456');
    expect(controller.snapshot.call.entity).to.deep.equal({ entityType: 'CONTACT', entityId: 17 });
    expect(simulator.commandsReceived()).to.deep.equal(['getStatus']);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    // The first call the controller learns of is announced (initial), then the host's first answer.
    expect(events.map((event) => event.type)).to.deep.equal(['call-state-change', 'entity-change', 'ready']);
    expect(events.slice(0, 2).every((event) => 'initial' in event && event.initial)).to.equal(true);
    expect(controller.snapshot.lang).to.equal('en');
  });

  it('applies events at once, announces them, and refreshes after each', async () => {
    const simulator = createCallCardSimulator();
    const { controller, events } = start(simulator, { now: () => 1000 });
    await until(() => controller.snapshot.status === 'ready', 'ready');
    simulator.connect();
    await until(() => controller.snapshot.call.state === 'connected', 'connected');
    expect(controller.snapshot.connectedAt).to.equal(1000);
    simulator.changeEntity('DEAL', 42);
    await until(() => controller.snapshot.call.entity?.entityType === 'DEAL', 'entity changed');
    simulator.hangUp('486');
    await until(() => controller.snapshot.call.state === 'idle', 'ended');
    expect(controller.snapshot.call.failedCode).to.equal('486');
    expect(controller.snapshot.endedAt).to.equal(1000);
    expect(events.map((event) => event.type)).to.include.members(['call-state-change', 'entity-change', 'before-close']);
    expect(events.find((event) => event.type === 'call-state-change' && !event.initial)).to.deep.equal({ type: 'call-state-change', state: 'connected', previous: 'connecting', failedCode: null, initial: false });
    const last = events.filter((event) => event.type === 'call-state-change').at(-1);
    expect(last).to.deep.equal({ type: 'call-state-change', state: 'idle', previous: 'connected', failedCode: '486', initial: false });
    expect(controller.snapshot.status).to.equal('closing');
    await sleep(20);
    expect(simulator.commandsReceived().filter((name) => name === 'getStatus').length).to.be.greaterThan(1);
  });

  it('coalesces refreshes: one in flight plus one queued, however many events arrive', async () => {
    const manual = manualConnection();
    const { controller } = start(manual.connection);
    expect(manual.getStatusCalls()).to.equal(1);
    for (let index = 0; index < 5; index += 1) manual.simulator.changeEntity('DEAL', 100 + index);
    await until(() => controller.snapshot.call.entity?.entityId === 104, 'events applied');
    expect(manual.getStatusCalls(), 'still only the first request in flight').to.equal(1);
    manual.release();
    await until(() => manual.getStatusCalls() === 2, 'the queued refresh ran');
    manual.release();
    await sleep(10);
    expect(manual.getStatusCalls()).to.equal(2);
    expect(controller.snapshot.status).to.equal('ready');
  });

  it('applies what only getStatus carries (bindings, line, list mode) from an answer a newer event made stale', async () => {
    const manual = manualConnection();
    const { controller } = start(manual.connection);
    manual.release();
    await until(() => controller.snapshot.status === 'ready', 'ready');
    manual.simulator.addBinding('DEAL', 900); // an event, and a refresh whose answer holds the new binding
    await until(() => manual.getStatusCalls() === 2, 'the refresh is in flight');
    manual.simulator.connect(); // a newer event before that answer comes back
    await until(() => controller.snapshot.call.state === 'connected', 'the newer event applied');
    manual.release();
    await until(() => controller.snapshot.call.bindings.some((binding) => binding.entityId === 900), 'the stale answer still brought the binding');
    expect(controller.snapshot.call.state, 'but not its older state').to.equal('connected');
  });

  it('shows a new binding while events keep coming every 40 ms and answers take 100 ms', async () => {
    const simulator = createCallCardSimulator({ latencyMs: 100 });
    const { controller } = start(simulator);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    const timer = setInterval(() => simulator.changeEntity('LEAD', 1 + Math.floor(Math.random() * 5)), 40);
    try {
      await sleep(50);
      // Only getStatus carries CRM_BINDINGS in full; no event ever does.
      simulator.card.addBinding('DEAL', 777);
      await until(() => controller.snapshot.call.bindings.some((binding) => binding.entityId === 777), 'the binding shows while the events go on', 1500);
    } finally {
      clearInterval(timer);
    }
  });

  it('whenSettled() waits for the refresh in flight and the one queued, then holds what the host said', async () => {
    const manual = manualConnection();
    const { controller } = start(manual.connection);
    let settled = false;
    void controller.whenSettled().then(() => (settled = true));
    manual.simulator.addBinding('DEAL', 900); // queues a second refresh behind the first
    await sleep(10);
    expect(settled, 'a refresh is still in flight').to.equal(false);
    manual.release();
    await until(() => manual.getStatusCalls() === 2, 'the queued refresh ran');
    await sleep(10);
    expect(settled, 'the queued refresh is still in flight').to.equal(false);
    manual.release();
    await until(() => settled, 'settled');
    expect(controller.snapshot.call.bindings.some((binding) => binding.entityId === 900)).to.equal(true);
    let again = false;
    void controller.whenSettled().then(() => (again = true));
    await sleep(0);
    expect(again, 'nothing in flight: settles at once').to.equal(true);
  });

  it('never lets a response that started before a newer event overwrite it', async () => {
    const manual = manualConnection();
    const { controller } = start(manual.connection);
    manual.release();
    await until(() => controller.snapshot.status === 'ready', 'ready');
    manual.simulator.connect(); // event 1, refresh A sent
    await until(() => manual.getStatusCalls() === 2, 'refresh A in flight');
    manual.simulator.changeEntity('LEAD', 77); // event 2 arrives while A is in flight
    await until(() => controller.snapshot.call.entity?.entityId === 77, 'event 2 applied');
    // A's answer predates event 2 only if we make it so: rewrite it to the stale entity.
    manual.pending[0]!.answer = { ...(manual.pending[0]!.answer as object), CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 };
    manual.release();
    await sleep(10);
    expect(controller.snapshot.call.entity).to.deep.equal({ entityType: 'LEAD', entityId: 77 });
    await until(() => manual.getStatusCalls() === 3, 'the queued refresh ran');
    manual.release();
    await sleep(10);
    expect(controller.snapshot.call.entity).to.deep.equal({ entityType: 'LEAD', entityId: 77 });
  });

  it('switches to the next call when getStatus brings a new CALL_ID, restarting the timer', async () => {
    let now = 1000;
    const simulator = createCallCardSimulator({ state: 'connected' });
    const { controller } = start(simulator, { now: () => now });
    await until(() => controller.snapshot.status === 'ready', 'ready');
    const firstId = controller.snapshot.call.callId;
    expect(controller.snapshot.connectedAt).to.equal(1000);
    now = 5000;
    simulator.card.nextClient({ PHONE_NUMBER: '+300' });
    simulator.card.connect();
    await controller.refresh();
    await until(() => controller.snapshot.call.state === 'connected' && controller.snapshot.call.callId !== firstId, 'next call');
    expect(controller.snapshot.call.phoneNumber).to.equal('+300');
    expect(controller.snapshot.connectedAt).to.equal(5000);
  });

  it('times out commands with TIMEOUT and goes to the error status when the host never answers', async () => {
    const simulator = createCallCardSimulator();
    simulator.setCommandFault('getStatus', 'silent');
    const { controller, events } = start(simulator, { commandTimeout: 50 });
    await until(() => controller.snapshot.status === 'error', 'error status');
    expect(controller.snapshot.error).to.include({ code: 'TIMEOUT', command: 'getStatus' });
    expect(events.at(-1)).to.have.property('type', 'error');
    expect(controller.snapshot.call.phoneNumber, 'the options still show').to.equal('+4930123456');
    simulator.setCommandFault('getStatus', null);
    simulator.connect();
    await until(() => controller.snapshot.status === 'ready', 'recovers with the next good answer');
    expect(controller.snapshot.error).to.equal(null);
  });

  it('reports COMMAND_FAILED with the host code when the answer is an error', async () => {
    const simulator = createCallCardSimulator();
    const { controller } = start(simulator);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    simulator.setCommandFault('getStatus', 'error');
    const failure = await controller.send('getStatus').catch((error: unknown) => error);
    expect(failure).to.include({ code: 'COMMAND_FAILED', hostCode: 'Call card is undefined' });
  });

  it('keeps the card open optimistically, and confirms', async () => {
    const simulator = createCallCardSimulator();
    const { controller } = start(simulator);
    const seen: [boolean, boolean][] = [];
    controller.subscribe((snapshot) => seen.push([snapshot.keepOpen, snapshot.keepOpenPending]));
    const done = controller.keepOpen(true);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending]).to.deep.equal([true, true]);
    expect(await done).to.equal(true);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending]).to.deep.equal([true, false]);
    expect(simulator.card.autoCloseBlocked).to.equal(true);
    expect(await controller.keepOpen(false)).to.equal(true);
    expect(simulator.commandsReceived().filter((name) => name !== 'getStatus')).to.deep.equal(['disableAutoClose', 'enableAutoClose']);
    expect(seen).to.deep.include([true, true]);
  });

  it('reverts keep-open and reports the error when the command times out or fails', async () => {
    const simulator = createCallCardSimulator();
    const { controller, events } = start(simulator, { commandTimeout: 40 });
    await until(() => controller.snapshot.status === 'ready', 'ready');
    simulator.setCommandFault('disableAutoClose', 'silent');
    expect(await controller.keepOpen(true)).to.equal(false);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending]).to.deep.equal([false, false]);
    expect(controller.snapshot.error).to.include({ code: 'TIMEOUT', command: 'disableAutoClose' });
    expect(controller.snapshot.status, 'a failed command is not fatal').to.equal('ready');
    simulator.setCommandFault('disableAutoClose', 'error');
    expect(await controller.keepOpen(true)).to.equal(false);
    expect(controller.snapshot.error).to.include({ code: 'COMMAND_FAILED' });
    expect(events.filter((event) => event.type === 'error')).to.have.length(2);
    simulator.setCommandFault('disableAutoClose', null);
    expect(await controller.keepOpen(true)).to.equal(true);
    expect(controller.snapshot.error).to.equal(null);
  });

  it('lets the latest keep-open request win', async () => {
    const simulator = createCallCardSimulator({ latencyMs: 20 });
    const { controller } = start(simulator);
    const first = controller.keepOpen(true);
    const second = controller.keepOpen(false);
    await Promise.all([first, second]);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending]).to.deep.equal([false, false]);
  });

  /** A simulator whose keep-open answers the test holds back or drops, to reproduce late and lost answers. */
  function keepOpenHost(plan: ('drop' | number)[]) {
    const simulator = createCallCardSimulator();
    const sent: string[] = [];
    const connection = overriding(simulator, {
      kind: 'keep-open-host',
      call(command, params) {
        if (command !== 'disableAutoClose' && command !== 'enableAutoClose') return simulator.call(command, params);
        sent.push(command);
        const step = plan.shift() ?? 0;
        if (step === 'drop') return new Promise(() => {});
        return new Promise((resolve) => setTimeout(() => resolve(simulator.call(command, params)), step));
      },
    });
    return { simulator, connection, sent };
  }

  it('sends a silent keep-open command again, and confirms when a later attempt is answered', async () => {
    const { connection, sent } = keepOpenHost(['drop', 'drop', 0]);
    const { controller, events } = start(connection, { commandTimeout: 40 });
    await until(() => controller.snapshot.status === 'ready', 'ready');
    expect(await controller.keepOpen(true)).to.equal(true);
    expect(sent).to.deep.equal(['disableAutoClose', 'disableAutoClose', 'disableAutoClose']);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending]).to.deep.equal([true, false]);
    expect(events.filter((event) => event.type === 'error')).to.deep.equal([]);
  });

  it('reverts after every attempt went unanswered, then accepts the late answer of the newest request', async () => {
    const { connection, sent, simulator } = keepOpenHost(['drop', 'drop', 200]);
    const { controller, events } = start(connection, { commandTimeout: 40 });
    await until(() => controller.snapshot.status === 'ready', 'ready');
    expect(await controller.keepOpen(true)).to.equal(false);
    expect(sent).to.have.length(KEEP_OPEN_ATTEMPTS);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenPending], 'reverted and said so').to.deep.equal([false, false]);
    expect(controller.snapshot.error).to.include({ code: 'TIMEOUT', command: 'disableAutoClose' });
    expect(events.filter((event) => event.type === 'error')).to.have.length(1);
    await until(() => simulator.card.autoCloseBlocked && controller.snapshot.keepOpen, 'the late answer confirms what the host applied');
    expect(controller.snapshot.error).to.equal(null);
  });

  it('confirms only the newest request, whatever order the answers come in', async () => {
    const { connection } = keepOpenHost([120, 10, 'drop', 'drop', 'drop']);
    const { controller } = start(connection, { commandTimeout: 300 });
    await until(() => controller.snapshot.status === 'ready', 'ready');
    const older = controller.keepOpen(true);
    expect(await controller.keepOpen(false)).to.equal(true);
    expect(await older).to.equal(false);
    expect(controller.snapshot.keepOpen, 'the older answer, arriving last, changes nothing').to.equal(false);
    // The confirmed value is the newest request's: a failing request reverts to false, not to the older true.
    expect(await controller.keepOpen(true)).to.equal(false);
    expect(controller.snapshot.keepOpen).to.equal(false);
  });

  it('keeps what it asked of a host across controllers: a new one over the same host knows keep-open is on', async () => {
    const bx24 = new FakeBx24();
    const first = start(bx24Connection(bx24)).controller;
    await until(() => first.snapshot.status === 'ready', 'ready');
    expect(await first.keepOpen(true)).to.equal(true);
    first.dispose();
    const second = start(bx24Connection(bx24)).controller;
    await until(() => second.snapshot.status === 'ready', 'ready');
    expect(second.snapshot.keepOpen).to.equal(true);
    expect(bx24.card.autoCloseBlocked).to.equal(true);
  });

  it('keeps the card open while work is unsaved, then gives the host the operator\'s choice again', async () => {
    const simulator = createCallCardSimulator();
    const { controller } = start(simulator);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    const keepOpenCommands = () => simulator.commandsReceived().filter((name) => name !== 'getStatus');
    let save!: (value: string) => void;
    const saved = controller.keepOpenWhile(new Promise<string>((resolve) => (save = resolve)));
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenHeld]).to.deep.equal([true, true]);
    await until(() => simulator.card.autoCloseBlocked, 'disableAutoClose reached the host');
    // A second piece of work, and the operator's choice meanwhile: the host hears neither.
    let failLater!: (error: Error) => void;
    const failing = controller.keepOpenWhile(() => new Promise<void>((_, reject) => (failLater = reject)));
    expect(await controller.keepOpen(false)).to.equal(true);
    save('note 1');
    expect(await saved).to.equal('note 1');
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenHeld], 'the other work still holds it').to.deep.equal([true, true]);
    failLater(new Error('offline'));
    expect(await failing.catch((error: Error) => error.message)).to.equal('offline');
    expect(controller.snapshot.keepOpenHeld).to.equal(false);
    await until(() => !simulator.card.autoCloseBlocked, 'the operator\'s choice (off) reached the host');
    expect(keepOpenCommands()).to.deep.equal(['disableAutoClose', 'enableAutoClose']);
    expect(controller.snapshot.keepOpen).to.equal(false);
  });

  it('sends nothing for work when the operator already keeps the card open, and leaves it open after', async () => {
    const simulator = createCallCardSimulator();
    const { controller } = start(simulator);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    expect(await controller.keepOpen(true)).to.equal(true);
    await controller.keepOpenWhile(Promise.resolve());
    expect(await controller.keepOpenWhile(() => 'sync result')).to.equal('sync result');
    const thrown = await controller.keepOpenWhile(() => {
      throw new Error('bad work');
    }).catch((error: Error) => error.message);
    expect(thrown).to.equal('bad work');
    await controller.whenSettled();
    expect(simulator.commandsReceived().filter((name) => name !== 'getStatus')).to.deep.equal(['disableAutoClose']);
    expect([controller.snapshot.keepOpen, controller.snapshot.keepOpenHeld, simulator.card.autoCloseBlocked]).to.deep.equal([true, false, true]);
  });

  it('asks the SDK to wait twice as long as the controller, instead of its 900 ms isSafely', async () => {
    const frame = fakeB24Frame();
    const { controller } = start(b24FrameConnection(frame), { commandTimeout: 1234 });
    await controller.keepOpen(true);
    expect(frame.safelyTimes.every((time) => time === 2468) && frame.safelyTimes.length > 0).to.equal(true);
  });

  it('times out REST calls like commands, and says UNSUPPORTED without REST', async () => {
    const simulator = createCallCardSimulator();
    simulator.callMethod = () => new Promise(() => {});
    const { controller } = start(simulator, { commandTimeout: 30 });
    const timedOut = await controller.callMethod('crm.contact.get', { id: 1 }).catch((error: unknown) => error);
    expect(timedOut).to.include({ code: 'TIMEOUT', command: 'crm.contact.get' });
    const bare = start({ ...createCallCardSimulator(), callMethod: undefined }).controller;
    expect(await bare.callMethod('batch').catch((error: unknown) => error)).to.include({ code: 'UNSUPPORTED' });
    expect(await bare.loadTitles()).to.equal(undefined);
  });

  it('keeps the title cache bounded over a day of calls, and the current call\'s titles in it', async () => {
    const simulator = createCallCardSimulator();
    const { controller } = start(simulator);
    const titles = (await controller.loadTitles())!;
    for (let call = 0; call < 1000; call += 1) {
      await titles.request([
        { entityType: 'CONTACT', entityId: call * 3 + 1 },
        { entityType: 'COMPANY', entityId: call * 3 + 2 },
        { entityType: 'DEAL', entityId: call * 3 + 3 },
      ]);
    }
    expect(titles.size).to.equal(TITLE_CACHE_LIMIT);
    expect(titles.get({ entityType: 'DEAL', entityId: 3000 })?.status, 'the last call is kept').to.not.equal(undefined);
    expect(titles.get({ entityType: 'CONTACT', entityId: 1 }), 'the first call is gone').to.equal(undefined);
    const many = Array.from({ length: 500 }, (_, index) => ({ entityType: 'DEAL', entityId: 10_000 + index }));
    await titles.request(many);
    expect(titles.size, 'a call with more bindings than the limit keeps them all').to.equal(500);
  });

  it('gives WRONG_PLACEMENT outside CALL_CARD, and binds nothing', async () => {
    const bx24 = new FakeBx24({ placement: 'CRM_DEAL_DETAIL_TAB' });
    const { controller } = start(bx24Connection(bx24));
    await until(() => controller.snapshot.status === 'error', 'error');
    expect(controller.snapshot.error?.code).to.equal('WRONG_PLACEMENT');
    expect(controller.snapshot.error?.message).to.contain('CRM_DEAL_DETAIL_TAB');
    expect(bx24.binds).to.deep.equal([]);
  });

  it('gives WRONG_PLACEMENT when the interface has no getStatus', async () => {
    const simulator = createCallCardSimulator();
    const connection = overriding(simulator, { getInterface: () => Promise.resolve({ command: ['setValue'], event: [] }) });
    const { controller } = start(connection);
    await until(() => controller.snapshot.error?.code === 'WRONG_PLACEMENT', 'wrong placement');
    expect(controller.snapshot.status).to.equal('error');
    simulator.connect();
    await sleep(10);
    expect(controller.snapshot.call.state, 'events are ignored after a wrong placement').to.equal('connecting');
  });

  it('waits for BX24.init, and times out with TIMEOUT when it never comes', async () => {
    const slow = start(bx24Connection(new FakeBx24({ initDelay: 30 })));
    expect(slow.controller.snapshot.call.callId).to.equal('');
    await until(() => slow.controller.snapshot.status === 'ready', 'ready after init');
    const never = start(bx24Connection(new FakeBx24({ initDelay: null })), { commandTimeout: 30 });
    await until(() => never.controller.snapshot.status === 'error', 'init timeout');
    expect(never.controller.snapshot.error).to.include({ code: 'TIMEOUT' });
  });

  it('treats the SDK isSafely answer as a timeout, not data', async () => {
    const { controller } = start(b24FrameConnection(fakeB24Frame({ safelyMs: 30 })));
    await until(() => controller.snapshot.status === 'ready', 'ready');
    const silent = await controller.send('CallCardSetHold').catch((error: unknown) => error);
    expect(silent).to.include({ code: 'TIMEOUT' });
  });

  it('reports BAD_PAYLOAD and keeps the last call when getStatus answers garbage', async () => {
    const simulator = createCallCardSimulator();
    const connection = overriding(simulator, { call: () => Promise.resolve('not json') });
    const { controller } = start(connection);
    await until(() => controller.snapshot.error !== null, 'error');
    expect(controller.snapshot.error?.code).to.equal('BAD_PAYLOAD');
    expect(controller.snapshot.call.phoneNumber).to.equal('+4930123456');
  });

  it('falls back to the documented fallback for malformed options and still works', async () => {
    const simulator = createCallCardSimulator();
    const connection = overriding(simulator, { options: '{"CALL_ID":' });
    const { controller, events } = start(connection);
    expect(events[0]).to.deep.include({ type: 'error' });
    await until(() => controller.snapshot.status === 'ready', 'getStatus fills in');
    expect(controller.snapshot.call.phoneNumber).to.equal('+4930123456');
  });

  it('handles 10,000 bindings', async () => {
    const bindings = Array.from({ length: 10_000 }, (_, index) => ({ ENTITY_TYPE: 'DEAL', ENTITY_ID: index + 1 }));
    const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+1', CRM_BINDINGS: bindings } });
    const { controller } = start(simulator);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    expect(controller.snapshot.call.bindings).to.have.length(10_000);
  });

  it('ignores everything after dispose, without errors', async () => {
    const simulator = createCallCardSimulator();
    const { controller, events } = start(simulator);
    await until(() => controller.snapshot.status === 'ready', 'ready');
    const before = controller.snapshot;
    const seen: unknown[] = [];
    controller.subscribe((snapshot) => seen.push(snapshot));
    controller.dispose();
    controller.dispose();
    simulator.connect();
    simulator.changeEntity('LEAD', 1);
    await sleep(20);
    expect(controller.snapshot).to.equal(before);
    expect(seen).to.deep.equal([]);
    // The first call the controller learns of is announced (initial), then the host's first answer.
    expect(events.map((event) => event.type)).to.deep.equal(['call-state-change', 'entity-change', 'ready']);
    expect(events.slice(0, 2).every((event) => 'initial' in event && event.initial)).to.equal(true);
    expect(await controller.keepOpen(true)).to.equal(false);
    expect(await controller.send('getStatus').catch((error: unknown) => error)).to.include({ code: 'DISPOSED' });
    await controller.refresh();
    controller.start();
    expect(controller.disposed).to.equal(true);
  });

  it('uses a 5 s default timeout and rejects nonsense values', () => {
    const simulator = createCallCardSimulator();
    expect(new CallCardController(simulator).commandTimeout).to.equal(DEFAULT_COMMAND_TIMEOUT);
    expect(new CallCardController(simulator, { commandTimeout: -1 }).commandTimeout).to.equal(5000);
    expect(new CallCardController(simulator, { commandTimeout: Number.NaN }).commandTimeout).to.equal(5000);
  });

  it('connects and binds the events even when the placement options hold a 5,000-level nested value', async () => {
    const simulator = createCallCardSimulator();
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const options = `{"CALL_ID":"c1","PHONE_NUMBER":"+4930123456","CALL_STATE":"connected","CALL_LIST_MODE":${deep}}`;
    const connection = overriding(simulator, { kind: 'deep', options });
    const { controller } = start(connection);
    await until(() => controller.snapshot.status === 'ready', 'ready, not stuck connecting');
    simulator.changeEntity('LEAD', 8);
    await until(() => controller.snapshot.call.entity?.entityType === 'LEAD', 'the events are bound: EntityChanged arrives');
  });
});
