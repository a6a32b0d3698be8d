import { expect } from '@open-wc/testing';
import { bx24Connection } from '../../src/connection/bx24.js';
import { CallCardError } from '../../src/model/errors.js';
import { FakeBx24 } from '../fakes/fake-bx24.js';
import { settledWithin, sleep, until } from '../helpers.js';

describe('bx24Connection', () => {
  it('fails with NO_HOST when there is no BX24', () => {
    expect(() => bx24Connection(undefined)).to.throw(CallCardError).with.property('code', 'NO_HOST');
    expect(() => bx24Connection({} as never)).to.throw(/BX24/);
  });

  it('says the widget is open outside Bitrix24 when the library set BX24 to null', () => {
    expect(() => bx24Connection(null)).to.throw(CallCardError).with.property('message').that.contains('outside Bitrix24');
  });

  it('takes the portal from BX24.getDomain() once ready, with the protocol of the frame name', async () => {
    const bx24 = new FakeBx24();
    const connection = bx24Connection(bx24);
    await connection.ready();
    expect(connection.portalOrigin).to.equal('https://portal.example.com');
    const bare = Object.assign(Object.create(Object.getPrototypeOf(bx24) as object) as FakeBx24, bx24, { getDomain: () => 'javascript:alert(1)' });
    expect(bx24Connection(bare).portalOrigin, 'an unusable domain is ignored').to.equal(undefined);
  });

  it('waits for BX24.init before it reads the placement', async () => {
    const bx24 = new FakeBx24({ initDelay: 20, lang: 'ua' });
    const connection = bx24Connection(bx24);
    expect(connection.isReady).to.equal(false);
    expect(connection.placement).to.equal('');
    await connection.ready();
    expect(connection.isReady).to.equal(true);
    expect(connection.placement).to.equal('CALL_CARD');
    expect((connection.options as Record<string, unknown>)['CALL_LIST_MODE']).to.equal('false');
    expect(connection.lang).to.equal('ua');
    await bx24Connection(bx24).ready();
    expect(bx24.initCalls).to.equal(1);
  });

  it('turns the callback of placement.call into a promise, sending {}', async () => {
    const bx24 = new FakeBx24();
    const connection = bx24Connection(bx24);
    await connection.ready();
    const status = (await connection.call('getStatus')) as Record<string, unknown>;
    expect(status['CALL_STATE']).to.equal('connecting');
    expect(bx24.calls[0]).to.deep.equal({ command: 'getStatus', params: {} });
    expect(await connection.call('disableAutoClose')).to.deep.equal([]);
    expect(bx24.card.autoCloseBlocked).to.equal(true);
  });

  it('never settles an unknown command, as the host never answers it', async () => {
    const connection = bx24Connection(new FakeBx24());
    await connection.ready();
    expect((await settledWithin(connection.call('CallCardSetMute'), 50)).state).to.equal('pending');
  });

  it('turns a synchronous throw of the library into a rejection', async () => {
    const bx24 = new FakeBx24();
    bx24.placement.call = () => {
      throw new Error('library broken');
    };
    const result = await settledWithin(bx24Connection(bx24).call('getStatus'), 50);
    expect(result.state).to.equal('rejected');
    expect((result as { error: CallCardError }).error.code).to.equal('COMMAND_FAILED');
  });

  it('binds each event once per BX24, however many connections subscribe, and delivers one argument', async () => {
    const bx24 = new FakeBx24();
    const seen: unknown[][] = [];
    const offs = [1, 2, 3].map(() => bx24Connection(bx24).bindEvent('CallCard::CallStateChanged', (...args) => seen.push(args)));
    expect(bx24.bindCount('CallCard::CallStateChanged')).to.equal(1);
    bx24.card.connect();
    await until(() => seen.length === 3, 'three subscribers got the event');
    expect(seen[0]).to.deep.equal(['connected']);
    offs.forEach((off) => off());
    bx24.card.hangUp('486');
    await sleep(10);
    expect(seen).to.have.length(3);
  });

  it('opens paths, and rejects with the host code when refused', async () => {
    const bx24 = new FakeBx24();
    const connection = bx24Connection(bx24);
    await connection.openPath!('/crm/deal/details/5/');
    const refused = await settledWithin(connection.openPath!('/crm/quote/details/1/'), 100);
    expect(refused.state).to.equal('rejected');
    expect((refused as { error: CallCardError }).error.hostCode).to.equal('PATH_NOT_AVAILABLE');
    expect(bx24.opened).to.deep.equal(['/crm/deal/details/5/', '/crm/quote/details/1/']);
  });

  it("fits the frame to a height with the width '100%', through fitWindow, the library's only way to send it", () => {
    const bx24 = new FakeBx24();
    const connection = bx24Connection(bx24);
    const documentHeight = bx24.getScrollSize().scrollHeight;
    connection.resize!({ height: 200 });
    connection.resize!();
    expect(bx24.resizes).to.deep.equal(['100%x200', `100%x${documentHeight}`]);
    expect(Object.hasOwn(bx24, 'getScrollSize'), 'BX24.getScrollSize is its own again').to.equal(false);
    const own = { getScrollSize: () => ({ scrollWidth: 1, scrollHeight: 77 }) };
    Object.assign(bx24, own);
    connection.resize!({ height: 300 });
    expect(bx24.getScrollSize).to.equal(own.getScrollSize);
    expect(bx24.resizes.at(-1)).to.equal('100%x300');
  });

  it('calls REST methods through BX24.callMethod', async () => {
    const bx24 = new FakeBx24({ rest: (method) => (method === 'crm.contact.get' ? { data: { NAME: 'Anna' } } : { error: 'ACCESS_DENIED' }) });
    const connection = bx24Connection(bx24);
    expect(await connection.callMethod!('crm.contact.get', { id: 17 })).to.deep.equal({ NAME: 'Anna' });
    const denied = await settledWithin(connection.callMethod!('crm.deal.get', { id: 1 }), 100);
    expect((denied as { error: Error }).error.message).to.contain('ACCESS_DENIED');
  });

  it('reads getInterface', async () => {
    const connection = bx24Connection(new FakeBx24({ placement: 'CRM_DEAL_DETAIL_TAB' }));
    expect(await connection.getInterface!()).to.deep.equal({ command: [], event: [] });
  });
});
