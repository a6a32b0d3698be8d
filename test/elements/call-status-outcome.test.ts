import { expect, html } from '@open-wc/testing';
import '../../src/elements/call-status/b24-call-status.js';
import type { B24CallStatus } from '../../src/elements/call-status/call-status.js';
import type { B24ErrorEvent } from '../../src/elements/call-card/call-card.events.js';
import type { PlacementConnection } from '../../src/connection/placement-connection.js';
import { createCallCardSimulator, type CallCardSimulatorInit } from '../../src/connection/simulator.js';
import { OUTCOME_RETRY_DELAYS_MS } from '../../src/controller/call-outcomes.js';
import { inCard, overriding, text } from '../harness.js';
import { sleep, until } from '../helpers.js';

/**
 * The simulator as a real portal's frame bridge shows it to the widget: `CallStateChanged` carries
 * the state alone, never `{failedCode}`.
 */
function realBridge(init: CallCardSimulatorInit = {}, rest?: PlacementConnection['callMethod']) {
  const simulator = createCallCardSimulator(init);
  const connection = overriding(simulator, {
    kind: 'real-bridge',
    bindEvent: (event, handler) => simulator.bindEvent(event, (first) => handler(first)),
    callMethod: rest ?? simulator.callMethod,
  });
  return { simulator, connection };
}

describe('<b24-call-status resolve-outcome>', () => {
  it('without it, a real portal never gives a reason: a busy call just "ended"', async () => {
    const { simulator, connection } = realBridge();
    const { element: status } = await inCard<B24CallStatus>(html`<b24-call-status></b24-call-status>`, { connection });
    simulator.connect();
    simulator.hangUp('486');
    await until(() => text(status, 'phase') === 'Call ended', 'ended');
    await sleep(100);
    expect(text(status, 'failure')).to.equal(null);
  });

  it("shows the reason from the portal's call record (voximplant.statistic.get, upper-case FILTER)", async () => {
    const { simulator, connection } = realBridge();
    const { element: status } = await inCard<B24CallStatus>(html`<b24-call-status resolve-outcome></b24-call-status>`, { connection });
    simulator.connect();
    const callId = simulator.card.status.CALL_ID;
    simulator.hangUp('486');
    await until(() => text(status, 'failure') === 'The line is busy', 'the reason from the record');
    expect(status.shadowRoot!.querySelector('[part~=base]')!.classList.contains('failed')).to.equal(true);
    const asked = simulator.log.filter((entry) => entry.kind === 'rest' && entry.name === 'voximplant.statistic.get');
    expect(asked.map((entry) => entry.payload)).to.deep.equal([{ FILTER: { CALL_ID: callId } }]);
  });

  it('asks again, with back-off, when the record is written a moment after the call ends', async () => {
    const { simulator, connection } = realBridge({ recordDelayMs: 1200 });
    const { element: status } = await inCard<B24CallStatus>(html`<b24-call-status resolve-outcome></b24-call-status>`, { connection });
    simulator.hangUp('603');
    await until(() => text(status, 'failure') === 'The call was declined', 'found on a later attempt', 5000);
    const attempts = simulator.log.filter((entry) => entry.kind === 'rest').length;
    expect(attempts).to.be.within(2, OUTCOME_RETRY_DELAYS_MS.length);
  });

  it('keeps "Call ended" after a successful call, and takes the duration from the record when the timer never ran', async () => {
    const { simulator, connection } = realBridge({}, async (method, params) => {
      const callId = ((params as { FILTER?: { CALL_ID?: string } }).FILTER ?? {}).CALL_ID;
      return method === 'voximplant.statistic.get' ? [{ CALL_ID: 'someone-else', CALL_FAILED_CODE: '486' }, { CALL_ID: callId, CALL_FAILED_CODE: '200', CALL_DURATION: '75' }] : [];
    });
    const { element: status } = await inCard<B24CallStatus>(html`<b24-call-status resolve-outcome></b24-call-status>`, { connection });
    simulator.hangUp('200'); // straight from ringing to idle: the widget never saw it connected
    await until(() => text(status, 'timer') === '1:15', 'the recorded duration');
    expect(text(status, 'phase')).to.equal('Call ended');
    expect(text(status, 'failure')).to.equal(null);
  });

  it('keeps "Call ended" without access, and says so once, not once per call', async () => {
    const refusals: string[] = [];
    const { simulator, connection } = realBridge({}, async (method) => {
      refusals.push(method);
      throw new Error('ACCESS_DENIED: the app has no telephony scope');
    });
    const errors: B24ErrorEvent[] = [];
    document.addEventListener('b24-error', (event) => errors.push(event));
    const { card, element: status } = await inCard<B24CallStatus>(html`<b24-call-status resolve-outcome></b24-call-status>`, { connection });
    // Call-list mode with the card kept open: two calls in one widget.
    await card.controller!.keepOpen(true);
    simulator.hangUp('486');
    await until(() => refusals.length === 1 && errors.length === 1, 'asked once, reported once');
    simulator.nextClient({ PHONE_NUMBER: '+4930999999' });
    await until(() => text(status, 'number') === '+4930999999' && card.snapshot?.call.callId === simulator.card.status.CALL_ID, 'the next client rings');
    simulator.hangUp('486');
    await until(() => refusals.length === 2, 'the next call is asked about too');
    await sleep(100);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['COMMAND_FAILED']);
    expect(text(status, 'phase')).to.equal('Call ended');
  });
});
