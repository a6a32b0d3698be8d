import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/call-status/b24-call-status.js';
import type { B24CallStatus } from '../../src/elements/call-status/call-status.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { clockListenerCount } from '../../src/elements/shared-clock.js';
import { FAILURE_CODES } from '../../src/model/failure-codes.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import type { CallInfo } from '../../src/model/types.js';
import { en } from '../../src/i18n/catalogs/en.js';
import { countRenders, inCard, part, text } from '../harness.js';
import { sleep, until } from '../helpers.js';

const liveRegion = (element: Element) => element.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

function call(fields: Record<string, unknown>, previous?: CallInfo): CallInfo {
  return normalizeCall({ CALL_ID: 'c1', CALL_STATE: 'connecting', CALL_DIRECTION: 'incoming', ...fields }, 'status', previous ? { previous } : {}).call;
}

describe('<b24-call-status>', () => {
  it('follows an incoming call: rings, connects with a running timer, and ends with 486 and its reason', async () => {
    const { element: status, simulator } = await inCard<B24CallStatus>(html`<b24-call-status></b24-call-status>`, { connection: 'simulate' });
    await status.updateComplete;
    expect(text(status, 'phase')).to.equal('Ringing…');
    expect(text(status, 'number')).to.equal('+4930123456');
    expect(text(status, 'direction')).to.equal('Incoming call');
    expect(text(status, 'line')).to.equal('Line: Berlin office');
    expect(status.getAttribute('state')).to.equal('connecting');
    expect(status.getAttribute('direction')).to.equal('incoming');
    expect(part(status, 'timer')).to.equal(null);

    simulator.connect();
    await until(() => text(status, 'phase') === 'Connected', 'connected');
    expect(status.getAttribute('state')).to.equal('connected');
    expect(text(status, 'timer')).to.equal('0:00');
    await until(() => text(status, 'timer') === '0:01', 'the timer runs', 2500);
    expect(liveRegion(status)).to.equal('Connected');

    simulator.hangUp('486');
    await until(() => text(status, 'phase') === 'Call failed', 'ended');
    expect(text(status, 'failure')).to.equal('The line is busy');
    const final = text(status, 'timer');
    expect(final).to.match(/^0:0[12]$/);
    await sleep(1100);
    expect(text(status, 'timer'), 'the timer stopped at the final duration').to.equal(final);
    expect(status.getAttribute('state')).to.equal('idle');
  });

  it('performance contract: a tick re-renders only the timer text, from one shared clock', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${undefined} simulate>
      <b24-call-status></b24-call-status><b24-call-status mask></b24-call-status><b24-call-status></b24-call-status>
    </b24-call-card>`);
    await until(() => card.snapshot?.status === 'ready', 'ready');
    card.simulator!.connect();
    const statuses = [...card.querySelectorAll<B24CallStatus>('b24-call-status')];
    await until(() => statuses.every((status) => text(status, 'timer') === '0:00'), 'all connected');
    expect(clockListenerCount()).to.equal(3);
    const renders = countRenders([statuses[0]!]);
    await until(() => text(statuses[0]!, 'timer') === '0:02', 'two ticks later', 3500);
    expect(renders[0], 'no full re-render for ticks').to.equal(0);
    card.remove();
    expect(clockListenerCount(), 'the clock stops with nobody listening').to.equal(0);
  });

  it('shows every direction with its icon and label', async () => {
    const labels: Record<string, string> = { incoming: 'Incoming call', outgoing: 'Outgoing call', incomingTransfer: 'Transferred call', callback: 'Callback' };
    for (const [direction, label] of Object.entries(labels)) {
      const status = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ CALL_DIRECTION: direction })}></b24-call-status>`);
      expect(text(status, 'direction')).to.equal(label);
      expect(part(status, 'direction-icon')!.querySelector('svg')).to.not.equal(null);
      expect(status.getAttribute('direction')).to.equal(direction);
    }
    const outgoing = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ CALL_DIRECTION: 'outgoing' })}></b24-call-status>`);
    expect(text(outgoing, 'phase')).to.equal('Calling…');
  });

  it('says "Hidden number" and "Unknown number", and masks the middle digits with `mask`', async () => {
    const hidden = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ PHONE_NUMBER: 'hidden' })}></b24-call-status>`);
    expect(text(hidden, 'number')).to.equal('Hidden number');
    const unknown = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({})}></b24-call-status>`);
    expect(text(unknown, 'number')).to.equal('Unknown number');
    const masked = await fixture<B24CallStatus>(html`<b24-call-status mask .call=${call({ PHONE_NUMBER: '+4930123456' })}></b24-call-status>`);
    expect(text(masked, 'number')).to.equal('+493•••••56');
    masked.mask = false;
    await masked.updateComplete;
    expect(text(masked, 'number')).to.equal('+4930123456');
  });

  it('shows the line number when the name is empty, and the call-list badge', async () => {
    const status = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ LINE_NUMBER: 'reg151083', LINE_NAME: '', CALL_LIST_MODE: true })}></b24-call-status>`);
    expect(text(status, 'line')).to.equal('Line: reg151083');
    expect(text(status, 'badge')).to.equal('Call list');
  });

  it('works standalone from a `call` property, keeping its own history: idle with no history is idle', async () => {
    const idle = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ CALL_STATE: 'idle' })}></b24-call-status>`);
    expect(text(idle, 'phase')).to.equal('No active call');
    const status = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({})}></b24-call-status>`);
    status.call = call({ CALL_STATE: 'connected' }, status.call);
    await status.updateComplete;
    expect(text(status, 'timer')).to.equal('0:00');
    status.call = normalizeCall('idle', 'call-state', { previous: status.call!, failedCode: '304' }).call;
    await status.updateComplete;
    expect(text(status, 'phase')).to.equal('Call failed');
    expect(text(status, 'failure')).to.equal('Missed call');
  });

  it('shows no call, rather than nothing, with neither a provider nor a call', async () => {
    const status = await fixture<B24CallStatus>(html`<b24-call-status></b24-call-status>`);
    expect(text(status, 'phase')).to.equal('No active call');
    expect(text(status, 'number')).to.equal('Unknown number');
  });

  it('maps every failure code to a message, and shows an unknown code as itself', async () => {
    for (const code of FAILURE_CODES) {
      const ended = normalizeCall('idle', 'call-state', { previous: call({ CALL_STATE: 'connected' }), failedCode: code }).call;
      const status = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ CALL_STATE: 'connected' })}></b24-call-status>`);
      status.call = ended;
      await status.updateComplete;
      expect(text(status, 'failure'), code).to.equal(en[`failure.${code}`]);
    }
    const status = await fixture<B24CallStatus>(html`<b24-call-status .call=${call({ CALL_STATE: 'connecting' })}></b24-call-status>`);
    status.call = normalizeCall('idle', 'call-state', { previous: status.call!, failedCode: '599' }).call;
    await status.updateComplete;
    expect(text(status, 'failure')).to.equal('Code 599');
  });

  it('speaks the placement language, and the provider lang attribute overrides it', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate><b24-call-status></b24-call-status></b24-call-card>`);
    const status = card.querySelector<B24CallStatus>('b24-call-status')!;
    card.setAttribute('lang', 'ru');
    await until(() => text(status, 'phase') === 'Входящий вызов…', 'Russian');
    expect(text(status, 'direction')).to.equal('Входящий звонок');
    card.setAttribute('lang', 'la');
    await until(() => text(status, 'direction') === 'Llamada entrante', 'la is Spanish');
    status.setAttribute('lang', 'de');
    await until(() => text(status, 'direction') === 'Eingehender Anruf', 'the tag’s own lang wins');
  });
});
