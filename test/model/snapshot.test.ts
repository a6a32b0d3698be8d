import { expect } from '@open-wc/testing';
import { INITIAL_SNAPSHOT, withCall, withChanges } from '../../src/model/snapshot.js';
import { EMPTY_CALL, type CallInfo } from '../../src/model/types.js';

const call = (changes: Partial<CallInfo>): CallInfo => ({ ...EMPTY_CALL, callId: 'a', ...changes });

describe('withCall (the call-card state machine)', () => {
  it('starts the timer on connect, keeps it while connected and ends the call on idle', () => {
    let snapshot = withCall(INITIAL_SNAPSHOT, call({ state: 'connecting' }), 100);
    expect(snapshot.connectedAt).to.equal(null);
    snapshot = withCall(snapshot, call({ state: 'connected' }), 200);
    expect(snapshot.connectedAt).to.equal(200);
    snapshot = withCall(snapshot, call({ state: 'connected' }), 300);
    expect(snapshot.connectedAt).to.equal(200);
    snapshot = withCall(snapshot, call({ state: 'idle' }), 400);
    expect([snapshot.connectedAt, snapshot.endedAt]).to.deep.equal([200, 400]);
  });

  it('idle with no history is simply idle', () => {
    const snapshot = withCall(INITIAL_SNAPSHOT, call({ state: 'idle' }), 100);
    expect(snapshot.endedAt).to.equal(null);
  });

  it('a missed call ends without ever connecting', () => {
    const ringing = withCall(INITIAL_SNAPSHOT, call({ state: 'connecting' }), 100);
    const missed = withCall(ringing, call({ state: 'idle' }), 150);
    expect([missed.connectedAt, missed.endedAt]).to.deep.equal([null, 150]);
  });

  it('a new CALL_ID restarts the timer', () => {
    const first = withCall(withCall(INITIAL_SNAPSHOT, call({ state: 'connected' }), 100), call({ state: 'idle' }), 200);
    const next = withCall(first, call({ callId: 'b', state: 'connected' }), 500);
    expect([next.connectedAt, next.endedAt]).to.deep.equal([500, null]);
  });

  it('a new call reopens a closing card', () => {
    const closing = withChanges(withCall(INITIAL_SNAPSHOT, call({ state: 'idle' }), 1), { status: 'closing' });
    expect(withCall(closing, call({ callId: 'b', state: 'connecting' }), 2).status).to.equal('ready');
    expect(withCall(closing, call({ state: 'idle' }), 2).status).to.equal('closing');
  });

  it('never mutates: every change is a new frozen snapshot', () => {
    const next = withCall(INITIAL_SNAPSHOT, call({ state: 'connected' }), 1);
    expect(next).to.not.equal(INITIAL_SNAPSHOT);
    expect(Object.isFrozen(next)).to.equal(true);
    expect(INITIAL_SNAPSHOT.connectedAt).to.equal(null);
  });
});
