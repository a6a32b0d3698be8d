import { expect } from '@open-wc/testing';
import { answerRest, type RestCaller } from '../../src/portal/rest/answer-rest.js';
import { parsePhpQuery } from '../../src/portal/rest/php-query.js';
import { SimulatedPortal } from '../../src/portal/simulated-portal.js';

const app: RestCaller = { kind: 'app', userId: 1 };
const webhook: RestCaller = { kind: 'webhook', userId: 1 };
const body = (portal: SimulatedPortal, method: string, params: Record<string, unknown> = {}, caller = app) => answerRest(portal, method, params, caller);

describe('parsePhpQuery', () => {
  it('reads brackets as PHP does, every value a string, and drops prototype keys', () => {
    expect(parsePhpQuery('a[b][c]=1&d[]=2&d[]=3&e=x+y%21&cmd[one]=crm.deal.get%3Fid%3D4&__proto__[x]=1&f')).to.deep.equal({
      a: { b: { c: '1' } },
      d: ['2', '3'],
      e: 'x y!',
      cmd: { one: 'crm.deal.get?id=4' },
      f: '',
    });
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });
});

describe('answerRest (a portal REST over the simulated portal)', () => {
  it('answers in the portal envelope, and with its errors and HTTP status', () => {
    const portal = new SimulatedPortal();
    const ok = body(portal, 'crm.contact.get', { id: '17' });
    expect(ok.status).to.equal(200);
    expect(ok.body['result']).to.include({ ID: '17', NAME: 'Anna' });
    expect(ok.body['time']).to.have.keys(['start', 'finish', 'duration', 'processing', 'date_start', 'date_finish', 'operating_reset_at', 'operating']);
    expect(body(portal, 'CRM.Contact.Get', { id: 17 }).status, 'names are case-insensitive').to.equal(200);
    expect(body(portal, 'crm.nothing')).to.deep.include({ status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } });
    expect(body(portal, 'crm.deal.get', { id: 4615 })).to.deep.include({ status: 403, body: { error: 'ACCESS_DENIED', error_description: 'Access denied.' } });
    expect(body(portal, 'crm.deal.get', { id: 1 }).status).to.equal(400);
    expect(body(portal, 'crm.deal.get', {}).body['error_description']).to.equal('ID is not defined or invalid.');
  });

  it('runs batch with $result references, and stops at the first error with halt', () => {
    const portal = new SimulatedPortal();
    const cmd = { deal: 'crm.deal.get?id=42', same: 'crm.deal.get?id=$result[deal][ID]', denied: 'crm.deal.get?id=4615', after: 'crm.lead.get?id=31' };
    const all = body(portal, 'batch', { halt: 0, cmd }).body['result'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(all['result']!)).to.deep.equal(['deal', 'same', 'after']);
    expect(all['result']!['same']).to.include({ ID: '42' });
    expect(all['result_error']!['denied']).to.deep.equal({ error: 'ACCESS_DENIED', error_description: 'Access denied.' });
    expect(all).to.have.keys(['result', 'result_error', 'result_total', 'result_next', 'result_time']);
    const halted = body(portal, 'batch', { halt: '1', cmd }).body['result'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(halted['result']!)).to.deep.equal(['deal', 'same']);
    const list = body(portal, 'batch', { cmd: ['crm.lead.get?id=31', 'batch?cmd[0]=crm.lead.get'] }).body['result'] as Record<string, unknown[]>;
    expect(list['result']).to.have.length(1);
    expect(list['result_error']).to.deep.equal([{ error: 'ERROR_BATCH_METHOD_NOT_ALLOWED', error_description: 'Method is not allowed for batch usage' }]);
  });

  it('registers a call as the seed page says: a known number finds its contact, CRM_CREATE makes a lead, SHOW opens user 1 card', () => {
    const portal = new SimulatedPortal();
    portal.card.hangUp('200');
    expect(portal.card.isOpen).to.equal(false);
    const known = body(portal, 'telephony.externalCall.register', { USER_ID: '1', PHONE_NUMBER: '+49 30 123456', TYPE: '2' }, webhook).body['result'];
    expect(known).to.include({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_CREATED_LEAD: null });
    expect(portal.card.isOpen, 'SHOW defaults to 1').to.equal(true);
    expect(portal.card.status).to.include({ CALL_ID: (known as { CALL_ID: string }).CALL_ID, CALL_STATE: 'connecting', CALL_DIRECTION: 'incoming' });
    const created = body(portal, 'telephony.externalcall.register', { USER_PHONE_INNER: '102', PHONE_NUMBER: '+4917700000', TYPE: 1, CRM_CREATE: 1, SHOW: 0 }, webhook).body['result'] as Record<string, unknown>;
    expect(created['CRM_ENTITY_TYPE']).to.equal('LEAD');
    expect(created['CRM_CREATED_ENTITIES']).to.deep.equal([{ ENTITY_TYPE: 'LEAD', ENTITY_ID: created['CRM_CREATED_LEAD'] }]);
    expect(body(portal, 'crm.lead.get', { id: created['CRM_ENTITY_ID'] }).body['result']).to.include({ TITLE: '+4917700000 - Outgoing call' });
    expect(portal.card.status.CALL_ID, 'user 2 call is not on user 1 card').to.equal((known as { CALL_ID: string }).CALL_ID);
    expect(body(portal, 'telephony.externalcall.register', { PHONE_NUMBER: '1', TYPE: 2 }).body).to.deep.equal({ error: 'ERROR_CORE', error_description: 'USER_ID or USER_PHONE_INNER should be set' });
    expect(body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: '1', TYPE: 9 }).body['error_description']).to.equal('Unknown TYPE');
    expect(body(portal, 'telephony.externalcall.register', { USER_ID: 7, PHONE_NUMBER: '1', TYPE: 2 }).body['error_description']).to.equal('User is not found or is not active');
  });

  it('finishes a call: the card hears idle, the record comes back and is listed by voximplant.statistic.get', () => {
    const portal = new SimulatedPortal();
    const states: unknown[] = [];
    portal.card.listen((event, args) => event === 'CallCard::CallStateChanged' && states.push(args[0]));
    const { CALL_ID } = body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: '+4930123456', TYPE: 2 }).body['result'] as { CALL_ID: string };
    const record = body(portal, 'telephony.externalcall.finish', { CALL_ID, USER_ID: 1, STATUS_CODE: '486' }).body['result'];
    expect(record).to.include({ CALL_ID, CALL_FAILED_CODE: '486', CALL_DURATION: 0, PORTAL_USER_ID: 1, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 });
    expect(states.at(-1)).to.equal('idle');
    expect(portal.card.isOpen).to.equal(false);
    const listed = body(portal, 'voximplant.statistic.get', { FILTER: { CALL_ID } }).body;
    expect(listed['total']).to.equal(1);
    expect((listed['result'] as unknown[])[0]).to.include({ CALL_ID, CALL_FAILED_CODE: '486', CALL_DURATION: '0' });
    expect(body(portal, 'telephony.externalcall.finish', { CALL_ID: 'nope', USER_ID: 1 }).body['error_description']).to.equal('Call is not found');
    // DURATION without STATUS_CODE means success; none means missed (304).
    const second = (body(portal, 'telephony.externalcall.register', { USER_ID: 2, PHONE_NUMBER: '+1', TYPE: 2 }).body['result'] as { CALL_ID: string }).CALL_ID;
    expect(body(portal, 'telephony.externalcall.finish', { CALL_ID: second, USER_ID: 2, DURATION: 61 }).body['result']).to.include({ CALL_FAILED_CODE: '200', CALL_DURATION: 61 });
    const third = (body(portal, 'telephony.externalcall.register', { USER_ID: 2, PHONE_NUMBER: '+1', TYPE: 2 }).body['result'] as { CALL_ID: string }).CALL_ID;
    expect(body(portal, 'telephony.externalcall.finish', { CALL_ID: third, USER_ID: 2 }).body['result']).to.include({ CALL_FAILED_CODE: '304' });
  });

  it('filters, sorts and pages voximplant.statistic.get as the voximplant module does', () => {
    const portal = new SimulatedPortal();
    for (let index = 0; index < 60; index += 1) {
      const { CALL_ID } = body(portal, 'telephony.externalcall.register', { USER_ID: 2, PHONE_NUMBER: `+49${index}`, TYPE: 2, SHOW: 0 }).body['result'] as { CALL_ID: string };
      body(portal, 'telephony.externalcall.finish', { CALL_ID, USER_ID: 2, DURATION: index, STATUS_CODE: index % 2 ? '486' : '200' });
    }
    const get = (params: Record<string, unknown>) => body(portal, 'voximplant.statistic.get', params).body;
    const first = get({});
    expect([first['total'], (first['result'] as unknown[]).length, first['next']]).to.deep.equal([60, 50, 50]);
    expect((get({ start: 50 })['result'] as unknown[]).length).to.equal(10);
    expect(get({ FILTER: { CALL_FAILED_CODE: '486' } })['total']).to.equal(30);
    expect(get({ FILTER: { '>=CALL_DURATION': 50 } })['total']).to.equal(10);
    expect(get({ FILTER: { '!CALL_FAILED_CODE': ['486'] } })['total']).to.equal(30);
    expect(get({ FILTER: { NO_SUCH_FIELD: 1 } })['total'], 'an unknown field is dropped').to.equal(60);
    expect(get({ filter: { CALL_FAILED_CODE: '486' } })['total'], 'lower-case filter is ignored').to.equal(60);
    const durations = (params: Record<string, unknown>) => (get(params)['result'] as { CALL_DURATION: string }[]).slice(0, 3).map((record) => record.CALL_DURATION);
    expect(durations({ SORT: 'CALL_DURATION', ORDER: 'DESC' })).to.deep.equal(['59', '58', '57']);
    expect(durations({ SORT: 'CALL_DURATION' }), 'SORT without ORDER: record order').to.deep.equal(['0', '1', '2']);
    expect(durations({ SORT: 'CALL_DURATION', ORDER: 'desc' }), 'ORDER is exact').to.deep.equal(['0', '1', '2']);
  });

  it('shows and hides a registered call on the card', () => {
    const portal = new SimulatedPortal();
    const { CALL_ID } = body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: '+4930123456', TYPE: 2, SHOW: 0 }).body['result'] as { CALL_ID: string };
    expect(portal.card.status.CALL_ID).to.not.equal(CALL_ID);
    expect(body(portal, 'telephony.externalcall.show', { CALL_ID, USER_ID: 1 }).body['result']).to.equal(true);
    expect(portal.card.status.CALL_ID).to.equal(CALL_ID);
    expect(body(portal, 'telephony.externalcall.hide', { CALL_ID, USER_ID: [1] }).body['result']).to.equal(true);
    expect(portal.card.isOpen).to.equal(false);
    expect(body(portal, 'telephony.externalcall.show', { CALL_ID: 'nope', USER_ID: 1 }).body).to.include({ result: false }, 'an unknown call is false, as on a portal');
  });

  it('answers the rest of its methods and refuses bad input with the portal errors', () => {
    const portal = new SimulatedPortal({ crm: { 'DYNAMIC_1032:3': { id: 3, title: 'Smart item' }, 'CONTACT:1': { ID: '1', NAME: 'A' } } });
    expect(body(portal, 'crm.item.get', { entityTypeId: 1032, id: 3 }).body['result']).to.deep.equal({ item: { id: 3, title: 'Smart item' } });
    expect(body(portal, 'crm.item.get', { entityTypeId: 'x', id: 3 }).status).to.equal(400);
    expect(body(portal, 'user.current', {}, webhook).body['result']).to.include({ ID: '1', UF_PHONE_INNER: '101', ACTIVE: true });
    expect(body(portal, 'batch', { cmd: 'crm.lead.get' }).body['error']).to.equal('ERROR_BATCH_METHOD_NOT_ALLOWED');
    expect(body(portal, 'batch', { cmd: Array.from({ length: 51 }, () => 'user.current') }).body['error']).to.equal('ERROR_BATCH_LENGTH_EXCEEDED');
    const registered = body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: '+1 555', TYPE: 1, CRM_ENTITY_TYPE: 'contact', CRM_ENTITY_ID: 1, LINE_NUMBER: '7', CALL_LIST_ID: 4 }).body['result'];
    expect(registered).to.include({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 1 });
    expect(portal.card.status).to.include({ LINE_NUMBER: '7', CALL_LIST_MODE: true, CALL_DIRECTION: 'outgoing' });
    expect(body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: ' ', TYPE: 2 }).body['error_description']).to.equal('Unsupported phone number format');
    for (const [params, error] of [
      [{}, 'ERROR_PLACEMENT_NOT_FOUND'],
      [{ PLACEMENT: 'CRM_DEAL_DETAIL_TAB', HANDLER: 'https://x.example/' }, 'ERROR_PLACEMENT_NOT_FOUND'],
      [{ PLACEMENT: 'call_card', HANDLER: 'javascript:alert(1)' }, 'ERROR_WRONG_HANDLER_URL'],
    ] as const) {
      expect(body(portal, 'placement.bind', params).body['error']).to.equal(error);
    }
    expect(body(portal, 'placement.get', {}, webhook).body['error']).to.equal('WRONG_AUTH_TYPE');
    expect(body(portal, 'placement.unbind', { PLACEMENT: 'CALL_CARD', HANDLER: 'https://x.example/' }).body['result']).to.deep.equal({ count: 0 });
  });

  it('compares statistics by number, by date and by text', () => {
    const portal = new SimulatedPortal();
    for (const [duration, code] of [[5, '200'], [10, '486'], [20, 'OTHER']] as const) {
      const { CALL_ID } = body(portal, 'telephony.externalcall.register', { USER_ID: 2, PHONE_NUMBER: '+1', TYPE: 2 }).body['result'] as { CALL_ID: string };
      body(portal, 'telephony.externalcall.finish', { CALL_ID, USER_ID: 2, DURATION: duration, STATUS_CODE: code });
    }
    const total = (filter: Record<string, unknown>) => body(portal, 'voximplant.statistic.get', { FILTER: filter }).body['total'];
    expect(total({ '<CALL_DURATION': 10 })).to.equal(1);
    expect(total({ '<=CALL_DURATION': 10 })).to.equal(2);
    expect(total({ '>CALL_DURATION': 5 })).to.equal(2);
    expect(total({ '!=CALL_FAILED_CODE': '200' })).to.equal(2);
    expect(total({ '>=CALL_START_DATE': '2000-01-01T00:00:00+03:00' })).to.equal(3);
    expect(total({ '<CALL_START_DATE': '2000-01-01' })).to.equal(0);
    expect(total({ '>CALL_FAILED_CODE': '487' })).to.equal(1);
    expect(total({ CALL_FAILED_CODE: [] }), 'an empty list is dropped').to.equal(3);
    expect(total({ '%CALL_FAILED_CODE': '2' }), 'an unknown operation is dropped').to.equal(3);
  });

  it('binds placements for apps only', () => {
    const portal = new SimulatedPortal();
    const handler = 'https://widget.example/card.html';
    expect(body(portal, 'placement.bind', { PLACEMENT: 'CALL_CARD', HANDLER: handler, TITLE: 'Card' }).body['result']).to.equal(true);
    expect(body(portal, 'placement.bind', { PLACEMENT: 'CALL_CARD', HANDLER: handler }).body['error']).to.equal('ERROR_PLACEMENT_HANDLER_ALREADY_BINDED');
    expect(body(portal, 'placement.get').body['result']).to.deep.equal([{ placement: 'CALL_CARD', handler, title: 'Card', description: '', options: [] }]);
    expect(body(portal, 'placement.bind', { PLACEMENT: 'CALL_CARD', HANDLER: handler }, webhook)).to.deep.include({ status: 401 });
    expect(body(portal, 'placement.unbind', { PLACEMENT: 'CALL_CARD' }).body['result']).to.deep.equal({ count: 1 });
    expect(body(portal, 'placement.get').body['result']).to.deep.equal([]);
  });

  it("keeps each app's handlers its own: another app lists, unbinds and re-binds only its own", () => {
    const portal = new SimulatedPortal();
    const installed = { ...app, app: 'http://localhost:4030/install' };
    const handler = 'https://widget.example/card.html';
    expect(body(portal, 'placement.bind', { PLACEMENT: 'CALL_CARD', HANDLER: handler, TITLE: 'Theirs' }).body['result']).to.equal(true);
    expect(body(portal, 'placement.bind', { PLACEMENT: 'CALL_CARD', HANDLER: handler, TITLE: 'Mine' }, installed).body['result'], 'the same handler, another app').to.equal(true);
    expect(body(portal, 'placement.get', {}, installed).body['result']).to.deep.equal([{ placement: 'CALL_CARD', handler, title: 'Mine', description: '', options: [] }]);
    expect(body(portal, 'placement.unbind', { PLACEMENT: 'CALL_CARD' }, installed).body['result']).to.deep.equal({ count: 1 });
    expect(portal.placements.map((entry) => entry.title)).to.deep.equal(['Theirs']);
    const token = portal.issueAuth('http://localhost:4030/install').AUTH_ID;
    expect(portal.appOf(token)).to.equal('http://localhost:4030/install');
    expect(portal.appOf(portal.issueAuth().AUTH_ID)).to.equal('');
    expect(new SimulatedPortal({ saved: JSON.parse(JSON.stringify(portal.toJSON())) }).appOf(token), 'kept across a restart').to.equal('http://localhost:4030/install');
  });

  describe('the telephony surface a backend needs, as the portal answers it', () => {
    const register = (portal: SimulatedPortal, phone = '+4930123456') =>
      (body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: phone, TYPE: 2 }, webhook).body['result'] as { CALL_ID: string }).CALL_ID;

    it('answers show and hide of an unknown call with false, not an error', () => {
      const portal = new SimulatedPortal();
      for (const method of ['telephony.externalcall.show', 'telephony.externalcall.hide']) {
        expect(body(portal, method, { CALL_ID: 'externalCall.nope', USER_ID: 1 }, webhook)).to.deep.include({ status: 200 });
        expect(body(portal, method, { CALL_ID: 'externalCall.nope', USER_ID: 1 }, webhook).body['result'], method).to.equal(false);
      }
      expect(body(portal, 'telephony.externalcall.hide', { CALL_ID: register(portal), USER_ID: 1 }, webhook).body['result']).to.equal(true);
    });

    it("sends a batch's empty maps as [], as PHP encodes an empty array", () => {
      const portal = new SimulatedPortal();
      const answer = body(portal, 'batch', { cmd: { deal: 'crm.deal.get?id=42' } }).body['result'] as Record<string, unknown>;
      expect(answer['result_error']).to.deep.equal([]);
      expect(answer['result_next']).to.deep.equal([]);
      expect(answer['result_total']).to.deep.equal([]);
    });

    it('attaches a record to a finished call: FILE_ID with FILE_CONTENT, uploadUrl and fieldName with only FILENAME', () => {
      const portal = new SimulatedPortal();
      const callId = register(portal);
      body(portal, 'telephony.externalcall.finish', { CALL_ID: callId, USER_ID: 1, DURATION: 30 }, webhook);
      const attached = body(portal, 'telephony.externalCall.attachRecord', { CALL_ID: callId, FILENAME: 'call.mp3', FILE_CONTENT: btoa('ID3') }, webhook);
      expect(attached.status).to.equal(200);
      expect((attached.body['result'] as Record<string, unknown>)['FILE_ID']).to.be.a('number');
      const upload = body(portal, 'telephony.externalcall.attachrecord', { CALL_ID: callId, FILENAME: 'call.wav' }, webhook).body['result'] as Record<string, unknown>;
      expect(upload).to.have.keys(['uploadUrl', 'fieldName']);
      expect(body(portal, 'telephony.externalcall.attachRecord', { CALL_ID: callId, FILENAME: 'call.txt' }, webhook).status).to.equal(400);
      expect(body(portal, 'telephony.externalcall.attachRecord', { CALL_ID: 'externalCall.nope', FILENAME: 'call.mp3' }, webhook).status).to.equal(400);
    });

    it('finds the CRM clients with a number (searchCrmEntities)', () => {
      const portal = new SimulatedPortal();
      const found = body(portal, 'telephony.externalCall.searchCrmEntities', { PHONE_NUMBER: '+49 30 123456' }, webhook).body['result'] as Record<string, unknown>[];
      expect(found).to.have.length(1);
      expect(found[0]).to.include({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, NAME: 'Anna Schmidt' });
      expect(body(portal, 'telephony.externalCall.searchCrmEntities', { PHONE_NUMBER: '+1000' }, webhook).body['result']).to.deep.equal([]);
    });

    it('keeps the app\'s external lines (externalLine.add, get, update, delete), and refuses a webhook with WRONG_AUTH_TYPE', () => {
      const portal = new SimulatedPortal();
      const added = body(portal, 'telephony.externalLine.add', { NUMBER: '4930000', NAME: 'Berlin' }).body['result'] as Record<string, unknown>;
      expect(added['ID']).to.be.a('number');
      body(portal, 'telephony.externalLine.update', { NUMBER: '4930000', NAME: 'Berlin office' });
      expect(body(portal, 'telephony.externalLine.get').body['result']).to.deep.equal([{ NUMBER: '4930000', NAME: 'Berlin office', CRM_AUTO_CREATE: 'Y' }]);
      body(portal, 'telephony.externalLine.delete', { NUMBER: '4930000' });
      expect(body(portal, 'telephony.externalLine.get').body['result']).to.deep.equal([]);
      expect(body(portal, 'telephony.externalLine.get', {}, webhook)).to.deep.include({ status: 401, body: { error: 'WRONG_AUTH_TYPE', error_description: 'Current authorization type is denied for this method' } });
    });

    it('lists what it creates: crm.lead.list finds the lead CRM_CREATE made, by PHONE or ID', () => {
      const portal = new SimulatedPortal();
      const { CRM_CREATED_LEAD } = body(portal, 'telephony.externalcall.register', { USER_ID: 1, PHONE_NUMBER: '+4917711122', TYPE: 2, CRM_CREATE: 1 }, webhook).body['result'] as { CRM_CREATED_LEAD: number };
      const byPhone = body(portal, 'crm.lead.list', { filter: { PHONE: '+49 177 111 22' } }, webhook).body;
      expect(byPhone['total']).to.equal(1);
      expect((byPhone['result'] as Record<string, unknown>[])[0]).to.include({ ID: String(CRM_CREATED_LEAD) });
      expect((body(portal, 'crm.lead.list', { filter: { ID: CRM_CREATED_LEAD } }, webhook).body['result'] as unknown[]).length).to.equal(1);
      expect(body(portal, 'crm.deal.list', {}, webhook).body['result']).to.deep.equal([{ ID: '42', TITLE: 'Annual support contract' }], 'the deal the user may not read is left out');
    });

    it('keeps notes on a record\'s timeline (crm.timeline.comment.add and .list), and refuses what the portal refuses', () => {
      const portal = new SimulatedPortal();
      const added = body(portal, 'crm.timeline.comment.add', { fields: { ENTITY_ID: 42, ENTITY_TYPE: 'deal', COMMENT: 'Wants a callback on Monday' } });
      expect(added.status).to.equal(200);
      expect(added.body['result']).to.be.a('number');
      const listed = body(portal, 'crm.timeline.comment.list', { filter: { ENTITY_ID: '42', ENTITY_TYPE: 'deal' } }, webhook).body;
      expect(listed['total']).to.equal(1);
      expect((listed['result'] as Record<string, unknown>[])[0]).to.include({ ID: String(added.body['result']), ENTITY_ID: '42', ENTITY_TYPE: 'deal', AUTHOR_ID: '1', COMMENT: 'Wants a callback on Monday' });
      expect(body(portal, 'crm.timeline.comment.list', { filter: { ENTITY_ID: 17, ENTITY_TYPE: 'contact' } }).body['result']).to.deep.equal([]);
      const refused = (params: Record<string, unknown>) => body(portal, 'crm.timeline.comment.add', params).status;
      expect(refused({ FIELDS: { ENTITY_ID: 42, ENTITY_TYPE: 'deal', COMMENT: 'x' } }), 'only lower-case fields, since crm 23.100.0').to.equal(400);
      expect(refused({ fields: { ENTITY_ID: 42, ENTITY_TYPE: 'DEAL:42', COMMENT: 'x' } })).to.equal(400);
      expect(refused({ fields: { ENTITY_ID: 'x', ENTITY_TYPE: 'deal', COMMENT: 'x' } })).to.equal(400);
      expect(refused({ fields: { ENTITY_ID: 42, ENTITY_TYPE: 'deal', COMMENT: '  ' } })).to.equal(400);
      expect(refused({ fields: { ENTITY_ID: 9999, ENTITY_TYPE: 'deal', COMMENT: 'x' } }), 'no such deal').to.equal(400);
      expect(refused({ fields: { ENTITY_ID: 4615, ENTITY_TYPE: 'deal', COMMENT: 'x' } }), 'a deal the user may not read').to.equal(403);
      expect(new SimulatedPortal({ saved: portal.toJSON() }).timelineComments, 'saved with the portal').to.deep.equal(portal.timelineComments);
    });

    it('writes dates as a portal does: ISO 8601 with the offset, in seconds', () => {
      const portal = new SimulatedPortal();
      const callId = register(portal);
      const record = body(portal, 'telephony.externalcall.finish', { CALL_ID: callId, USER_ID: 1, DURATION: 5 }, webhook).body['result'] as Record<string, unknown>;
      expect(record['CALL_START_DATE']).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    });
  });
});
