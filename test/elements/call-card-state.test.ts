import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/call-card/b24-call-card.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { callCardState, cardlessState } from '../../src/elements/call-card/call-card-state.js';
import { CallCardError } from '../../src/model/errors.js';
import { inCard } from '../harness.js';
import { until } from '../helpers.js';

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CallCardError);

describe('callCardState (what useCallCard returns)', () => {
  it('is one object per snapshot, with actions that stay the same functions, and acts through the card', async () => {
    const { card, simulator } = await inCard(html`<span></span>`);
    const first = callCardState(card);
    expect(callCardState(card), 'the same until something changes').to.equal(first);
    expect([first.status, first.call.state, first.call.phoneNumber, first.controller]).to.deep.equal(['ready', 'connecting', '+4930123456', card.controller]);
    simulator.connect();
    await until(() => callCardState(card).call.state === 'connected', 'connected');
    const next = callCardState(card);
    expect(next).to.not.equal(first);
    expect([next.callMethod, next.keepOpenWhile, next.openEntity, next.setKeepOpen]).to.deep.equal([first.callMethod, first.keepOpenWhile, first.openEntity, first.setKeepOpen]);

    await next.openEntity({ entityType: 'DEAL', entityId: 42 });
    expect(simulator.log.filter((entry) => entry.kind === 'open-path').map((entry) => entry.name)).to.deep.equal(['/crm/deal/details/42/']);
    expect(await failureOf(next.openEntity({ entityType: 'DEAL', entityId: -1 }))).to.include({ code: 'UNSUPPORTED' });
    expect(await next.callMethod('crm.contact.get', { id: 17 })).to.include({ NAME: 'Anna' });
    expect(await failureOf(next.callMethod('crm.nothing'))).to.include({ code: 'COMMAND_FAILED', hostCode: 'ERROR_METHOD_NOT_FOUND' });
    expect(await next.setKeepOpen(true)).to.equal(true);
    expect(simulator.card.autoCloseBlocked).to.equal(true);
  });

  it('says NO_HOST without a host, and its actions reject clearly or only await the work', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card></b24-call-card>`);
    await until(() => card.error !== null, 'NO_HOST');
    const state = callCardState(card);
    expect([state.status, state.error?.code, state.controller, state.call.callId]).to.deep.equal(['error', 'NO_HOST', undefined, '']);
    expect(await failureOf(state.callMethod('crm.contact.get'))).to.include({ code: 'NO_HOST', command: 'crm.contact.get' });
    expect(await failureOf(state.openEntity({ entityType: 'DEAL', entityId: 42 }))).to.include({ code: 'NO_HOST' });
    expect(await state.setKeepOpen(true)).to.equal(false);
    expect(await state.keepOpenWhile(() => 'saved')).to.equal('saved');
    expect(await failureOf(state.keepOpenWhile(Promise.reject(new CallCardError('TIMEOUT', 'slow'))))).to.include({ code: 'TIMEOUT' });
    const waiting = cardlessState(null);
    expect([waiting.status, waiting.error]).to.deep.equal(['connecting', null]);
  });
});
