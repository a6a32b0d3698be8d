import { expect } from '@open-wc/testing';
import { subscribeHostEvent } from '../../src/connection/event-hub.js';
import type { HostEventHandler } from '../../src/connection/placement-connection.js';

describe('subscribeHostEvent', () => {
  it('binds each event once per host object and fans it out', () => {
    const host = {};
    const bound: HostEventHandler[] = [];
    const seen: string[] = [];
    const bind = (dispatch: HostEventHandler) => bound.push(dispatch);
    const offA = subscribeHostEvent(host, 'E', bind, (value) => seen.push(`a:${String(value)}`));
    subscribeHostEvent(host, 'E', bind, (value) => seen.push(`b:${String(value)}`));
    subscribeHostEvent({}, 'E', bind, () => seen.push('other host'));
    expect(bound).to.have.length(2);
    bound[0]!('1');
    offA();
    bound[0]!('2');
    expect(seen).to.deep.equal(['a:1', 'b:1', 'b:2']);
  });

  it('keeps delivering to the others when one subscriber throws', () => {
    const host = {};
    let dispatch: HostEventHandler = () => {};
    const seen: unknown[] = [];
    const originalError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      subscribeHostEvent(host, 'E', (d) => (dispatch = d), () => {
        throw new Error('boom');
      });
      subscribeHostEvent(host, 'E', (d) => (dispatch = d), (value) => seen.push(value));
      expect(() => dispatch('x')).to.not.throw();
    } finally {
      console.error = originalError;
    }
    expect(seen).to.deep.equal(['x']);
    expect(String(logged[0])).to.contain('E subscriber threw');
  });

  it('lets a failed bind be tried again', () => {
    const host = {};
    let attempts = 0;
    const failing = () => {
      attempts += 1;
      throw new Error('host not ready');
    };
    expect(() => subscribeHostEvent(host, 'E', failing, () => {})).to.throw('host not ready');
    expect(() => subscribeHostEvent(host, 'E', failing, () => {})).to.throw('host not ready');
    expect(attempts).to.equal(2);
  });
});
