import { expect } from '@open-wc/testing';
import type { B24Frame } from '@bitrix24/b24jssdk';
import { b24FrameConnection, isSafelyNoAnswer, type B24FrameLike } from '../../src/connection/b24-frame.js';
import { CallCardError } from '../../src/model/errors.js';
import { fakeB24Frame } from '../fakes/fake-b24-frame.js';
import { settledWithin, sleep, until } from '../helpers.js';

// The real SDK type must fit the shape the kit declares (checked by tsc).
export const realFrameFits = (frame: B24Frame): B24FrameLike => frame;

describe('b24FrameConnection', () => {
  it('needs an initialized frame', () => {
    expect(() => b24FrameConnection({} as never)).to.throw(CallCardError).with.property('code', 'NO_HOST');
  });

  it('reads the placement, options and language synchronously', () => {
    const connection = b24FrameConnection(fakeB24Frame());
    expect([connection.isReady, connection.placement, connection.lang]).to.deep.equal([true, 'CALL_CARD', 'de']);
    expect((connection.options as Record<string, unknown>)['CRM_ENTITY_ID']).to.equal('8');
  });

  it('treats {isSafely: true} as no answer, never as data', async () => {
    expect(isSafelyNoAnswer({ isSafely: true })).to.equal(true);
    expect(isSafelyNoAnswer({ CALL_ID: 'x' })).to.equal(false);
    const connection = b24FrameConnection(fakeB24Frame({ safelyMs: 30 }));
    const result = await settledWithin(connection.call('CallCardSetHold'), 500);
    expect(result.state).to.equal('rejected');
    expect((result as { error: CallCardError }).error.code).to.equal('TIMEOUT');
  });

  it('answers real commands', async () => {
    const frame = fakeB24Frame();
    const status = (await b24FrameConnection(frame).call('getStatus')) as Record<string, unknown>;
    expect(status['CRM_ENTITY_TYPE']).to.equal('DEAL');
    expect(frame.sent).to.deep.equal(['getStatus']);
  });

  it('maps a payload that is not JSON to BAD_PAYLOAD', async () => {
    const result = await settledWithin(b24FrameConnection(fakeB24Frame({ badPayload: ['getStatus'] })).call('getStatus'), 100);
    expect((result as { error: CallCardError }).error.code).to.equal('BAD_PAYLOAD');
  });

  it('does not lose the event that the SDK swallows within ~900 ms of bindEvent', async () => {
    const frame = fakeB24Frame({ safelyMs: 80 });
    const seen: unknown[] = [];
    b24FrameConnection(frame).bindEvent('CallCard::CallStateChanged', (state) => seen.push(state));
    frame.card.connect(); // inside the SDK's window: resolves the bind promise, not the handler
    await until(() => seen.length === 1, 'the first event reached the handler');
    await sleep(100);
    frame.card.hangUp();
    await until(() => seen.length === 2, 'later events reach the handler');
    expect(seen).to.deep.equal(['connected', 'idle']);
  });

  it('binds once per frame across connections', () => {
    const frame = fakeB24Frame();
    b24FrameConnection(frame).bindEvent('CallCard::EntityChanged', () => {});
    b24FrameConnection(frame).bindEvent('CallCard::EntityChanged', () => {});
    expect(frame.binds).to.deep.equal(['CallCard::EntityChanged']);
  });

  it('opens paths through the slider, resizes through the parent and calls REST', async () => {
    const frame = fakeB24Frame();
    const connection = b24FrameConnection(frame);
    await connection.openPath!('/crm/contact/details/17/');
    const refused = await settledWithin(connection.openPath!('/settings/'), 100);
    expect((refused as { error: CallCardError }).error.hostCode).to.equal('PATH_NOT_AVAILABLE');
    connection.resize!();
    connection.resize!({ height: 20 });
    expect(frame.resizes, "the SDK's resizeWindow takes numbers only: the command goes through placement.call with '100%'").to.deep.equal(['fit', '100%x20']);
    expect(await connection.callMethod!('crm.contact.get', { id: 17 })).to.deep.equal({ ID: '17', NAME: 'Anna' });
    const failed = await settledWithin(connection.callMethod!('crm.nothing', {}), 100);
    expect((failed as { error: Error }).error.message).to.contain('Method not found');
  });
});
