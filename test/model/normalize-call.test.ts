import { expect } from '@open-wc/testing';
import { entityPath } from '../../src/model/entity-path.js';
import { MAX_BINDINGS, MAX_STRING_LENGTH, normalizeCall, normalizeFailedCode, type CallPayloadSource } from '../../src/model/normalize-call.js';
import { EMPTY_CALL, type CallInfo } from '../../src/model/types.js';

/** The handler's PLACEMENT_OPTIONS exactly as a real portal posts them: a JSON string, every value a string. */
const REAL_OPTIONS =
  '{"CALL_ID":"externalCall.c3ee67f1a63f6e6117c230ab59cc49ea.1723556778","PHONE_NUMBER":"+4930123456","LINE_NUMBER":"+49 30 000-00-00",' +
  '"LINE_NAME":"+49 30 000-00-00","CRM_ENTITY_TYPE":"COMPANY","CRM_ENTITY_ID":"17","CRM_ACTIVITY_ID":"undefined",' +
  '"CRM_BINDINGS":[{"ENTITY_TYPE":"COMPANY","ENTITY_ID":"17"},{"ENTITY_TYPE":"CONTACT","ENTITY_ID":"25"}],' +
  '"CALL_DIRECTION":"incoming","CALL_STATE":"connecting","CALL_LIST_MODE":"false","URI":"/x","IFRAME":"Y"}';

/** The getStatus example from Bitrix24's docs: typed values. */
const REAL_STATUS = {
  CALL_ID: 'E45D40253D1C2D2F.1774588815.822533',
  PHONE_NUMBER: '+19999999666',
  LINE_NUMBER: 'reg151083',
  LINE_NAME: '',
  CRM_ENTITY_TYPE: 'CONTACT',
  CRM_ENTITY_ID: 797,
  CRM_ACTIVITY_ID: 12043,
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
  ],
  CALL_DIRECTION: 'outgoing',
  CALL_STATE: 'idle',
  CALL_LIST_MODE: false,
};

const base: CallInfo = normalizeCall(REAL_STATUS, 'status').call;

interface Row {
  name: string;
  input: unknown;
  source: CallPayloadSource;
  previous?: CallInfo;
  failedCode?: unknown;
  expect: Partial<CallInfo>;
  /** Fields expected in `problems`, in any order; `[]` means none. */
  problems: string[];
}

const rows: Row[] = [
  {
    name: 'PLACEMENT_OPTIONS as a JSON string, every value a string, extra keys ignored',
    input: REAL_OPTIONS,
    source: 'placement-options',
    expect: {
      callId: 'externalCall.c3ee67f1a63f6e6117c230ab59cc49ea.1723556778',
      phoneNumber: '+4930123456',
      phoneNumberKind: 'shown',
      entity: { entityType: 'COMPANY', entityId: 17 },
      crmActivityId: null,
      bindings: [
        { entityType: 'COMPANY', entityId: 17 },
        { entityType: 'CONTACT', entityId: 25 },
      ],
      direction: 'incoming',
      state: 'connecting',
      callListMode: false,
    },
    problems: [],
  },
  { name: 'PLACEMENT_OPTIONS already parsed', input: JSON.parse(REAL_OPTIONS), source: 'placement-options', expect: { entity: { entityType: 'COMPANY', entityId: 17 } }, problems: [] },
  { name: 'the getStatus example, typed', input: REAL_STATUS, source: 'status', expect: { crmActivityId: 12043, lineName: '', direction: 'outgoing', state: 'idle', entity: { entityType: 'CONTACT', entityId: 797 } }, problems: [] },
  { name: 'CALL_LIST_MODE "true"', input: { CALL_LIST_MODE: 'true' }, source: 'status', previous: base, expect: { callListMode: true }, problems: [] },
  { name: 'CALL_LIST_MODE "false"', input: { CALL_LIST_MODE: 'false' }, source: 'status', previous: { ...base, callListMode: true }, expect: { callListMode: false }, problems: [] },
  { name: 'CRM_ACTIVITY_ID "undefined"', input: { CRM_ACTIVITY_ID: 'undefined' }, source: 'status', previous: base, expect: { crmActivityId: null }, problems: [] },
  { name: 'CRM_ACTIVITY_ID ""', input: { CRM_ACTIVITY_ID: '' }, source: 'status', previous: base, expect: { crmActivityId: null }, problems: [] },
  { name: 'CRM_ACTIVITY_ID missing', input: { CALL_STATE: 'idle' }, source: 'status', previous: base, expect: { crmActivityId: null }, problems: [] },
  { name: 'CRM_ACTIVITY_ID as a digit string', input: { CRM_ACTIVITY_ID: '12043' }, source: 'status', previous: base, expect: { crmActivityId: 12043 }, problems: [] },
  { name: 'CRM_ENTITY_ID 0 means unbound', input: { CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0 }, source: 'status', previous: base, expect: { entity: null }, problems: [] },
  { name: 'CRM_ENTITY_ID "0" means unbound', input: { CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: '0' }, source: 'placement-options', previous: base, expect: { entity: null }, problems: [] },
  { name: 'CRM_ENTITY_ID as a string', input: { CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: '25' }, source: 'status', previous: base, expect: { entity: { entityType: 'LEAD', entityId: 25 } }, problems: [] },
  { name: 'CRM_ENTITY_TYPE typed integer by an old doc', input: { CRM_ENTITY_TYPE: 3, CRM_ENTITY_ID: 9 }, source: 'status', previous: base, expect: { entity: { entityType: 'CONTACT', entityId: 9 } }, problems: [] },
  { name: 'smart-process type id 128', input: { CRM_ENTITY_TYPE: '128', CRM_ENTITY_ID: 9 }, source: 'status', previous: base, expect: { entity: { entityType: 'DYNAMIC_128', entityId: 9 } }, problems: [] },
  { name: 'smart-process type name', input: { CRM_ENTITY_TYPE: 'DYNAMIC_1030', CRM_ENTITY_ID: 3 }, source: 'status', previous: base, expect: { entity: { entityType: 'DYNAMIC_1030', entityId: 3 } }, problems: [] },
  { name: 'an entity id without a type', input: { CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 5 }, source: 'status', previous: base, expect: { entity: null }, problems: ['CRM_ENTITY_TYPE'] },
  { name: 'an unknown numeric type id', input: { CRM_ENTITY_TYPE: 42, CRM_ENTITY_ID: 5 }, source: 'status', previous: base, expect: { entity: null }, problems: ['CRM_ENTITY_TYPE', 'CRM_ENTITY_TYPE'] },
  { name: 'CRM_ENTITY_* both missing keep the primary entity', input: { CALL_ID: base.callId, CALL_STATE: 'connected' }, source: 'status', previous: base, expect: { entity: { entityType: 'CONTACT', entityId: 797 } }, problems: [] },
  { name: 'PHONE_NUMBER hidden', input: { PHONE_NUMBER: 'hidden' }, source: 'status', previous: base, expect: { phoneNumber: '', phoneNumberKind: 'hidden' }, problems: [] },
  { name: 'PHONE_NUMBER missing in getStatus means unknown', input: { CALL_STATE: 'idle' }, source: 'status', previous: base, expect: { phoneNumber: '', phoneNumberKind: 'unknown' }, problems: [] },
  { name: 'PHONE_NUMBER "unknown"', input: { PHONE_NUMBER: 'unknown' }, source: 'status', previous: base, expect: { phoneNumberKind: 'unknown' }, problems: [] },
  { name: 'PHONE_NUMBER as a number', input: { PHONE_NUMBER: 4930123 }, source: 'status', previous: base, expect: { phoneNumber: '4930123', phoneNumberKind: 'shown' }, problems: [] },
  { name: 'PHONE_NUMBER of the wrong type', input: { PHONE_NUMBER: { x: 1 } }, source: 'status', previous: base, expect: { phoneNumberKind: 'unknown' }, problems: ['PHONE_NUMBER'] },
  { name: 'outcoming is outgoing', input: { CALL_DIRECTION: 'outcoming' }, source: 'status', previous: base, expect: { direction: 'outgoing' }, problems: [] },
  { name: 'incomingTransfer', input: { CALL_DIRECTION: 'incomingTransfer' }, source: 'status', previous: base, expect: { direction: 'incomingTransfer' }, problems: [] },
  { name: 'callback', input: { CALL_DIRECTION: 'callback' }, source: 'status', previous: base, expect: { direction: 'callback' }, problems: [] },
  { name: 'an unknown direction is kept and flagged', input: { CALL_DIRECTION: 'sideways' }, source: 'status', previous: base, expect: { direction: 'sideways' }, problems: ['CALL_DIRECTION'] },
  { name: 'an unknown state is kept and flagged', input: { CALL_STATE: 'ringing' }, source: 'status', previous: base, expect: { state: 'ringing' }, problems: ['CALL_STATE'] },
  { name: 'a missing state keeps the last known one', input: { CALL_ID: base.callId }, source: 'status', previous: { ...base, state: 'connected' }, expect: { state: 'connected' }, problems: [] },
  { name: 'a state of the wrong type', input: { CALL_STATE: ['connected'] }, source: 'status', previous: base, expect: { state: 'idle' }, problems: ['CALL_STATE'] },
  { name: 'CALL_LIST_MODE of the wrong type', input: { CALL_LIST_MODE: 'maybe' }, source: 'status', previous: base, expect: { callListMode: false }, problems: ['CALL_LIST_MODE'] },
  { name: 'CRM_ENTITY_ID of the wrong type', input: { CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: '1; DROP' }, source: 'status', previous: base, expect: { entity: null }, problems: ['CRM_ENTITY_ID'] },
  { name: 'negative ids are not ids', input: { CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: -4 }, source: 'status', previous: base, expect: { entity: null }, problems: ['CRM_ENTITY_ID'] },
  { name: 'string entity ids inside the bindings', input: { CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: '4615' }] }, source: 'status', previous: base, expect: { bindings: [{ entityType: 'DEAL', entityId: 4615 }] }, problems: [] },
  { name: 'bindings as a JSON string', input: { CRM_BINDINGS: '[{"ENTITY_TYPE":"DEAL","ENTITY_ID":"1"}]' }, source: 'placement-options', previous: base, expect: { bindings: [{ entityType: 'DEAL', entityId: 1 }] }, problems: [] },
  { name: 'bindings missing means none', input: { CALL_STATE: 'idle' }, source: 'status', previous: base, expect: { bindings: [] }, problems: [] },
  { name: 'bindings of the wrong type', input: { CRM_BINDINGS: { ENTITY_TYPE: 'DEAL' } }, source: 'status', previous: base, expect: { bindings: [] }, problems: ['CRM_BINDINGS'] },
  {
    name: 'duplicate and broken bindings',
    input: { CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 1 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: '1' }, null, 'x', { ENTITY_TYPE: 'LEAD', ENTITY_ID: 0 }, { ENTITY_TYPE: 'LEAD' }] },
    source: 'status',
    previous: base,
    expect: { bindings: [{ entityType: 'DEAL', entityId: 1 }] },
    problems: ['CRM_BINDINGS'],
  },
  { name: 'malformed PLACEMENT_OPTIONS keep the previous call', input: '{"CALL_ID": "x", ', source: 'placement-options', previous: base, expect: { callId: base.callId }, problems: ['PLACEMENT_OPTIONS'] },
  { name: 'a payload that is not an object', input: [1, 2], source: 'status', previous: base, expect: { callId: base.callId }, problems: ['payload'] },
  { name: 'null payload', input: null, source: 'entity-changed', previous: base, expect: { callId: base.callId }, problems: ['payload'] },
  {
    name: '__proto__ and constructor change nothing',
    input: '{"__proto__":{"CALL_STATE":"connected","PHONE_NUMBER":"666"},"constructor":{"prototype":{"polluted":1}},"CALL_STATE":"idle"}',
    source: 'placement-options',
    previous: base,
    expect: { state: 'idle', phoneNumberKind: 'unknown' },
    problems: [],
  },
  {
    name: 'a new CALL_ID resets what the previous call knew',
    input: { CALL_ID: 'next', CALL_STATE: 'connecting' },
    source: 'status',
    previous: { ...base, lineNumber: 'old line', callListMode: true, failedCode: '486' },
    expect: { callId: 'next', lineNumber: '', callListMode: false, failedCode: null, direction: 'incoming' },
    problems: [],
  },
  { name: 'the same call keeps missing keys', input: { CALL_ID: base.callId, CALL_STATE: 'connected' }, source: 'status', previous: { ...base, lineNumber: 'L1' }, expect: { lineNumber: 'L1', direction: 'outgoing' }, problems: [] },
  {
    name: 'EntityChanged merges the new primary entity',
    input: { PHONE_NUMBER: '+19999999666', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 31 },
    source: 'entity-changed',
    previous: base,
    expect: { callId: base.callId, state: base.state, entity: { entityType: 'LEAD', entityId: 31 }, bindings: base.bindings },
    problems: [],
  },
  {
    name: 'EntityChanged with PHONE_NUMBER "unknown" keeps a known number',
    input: { PHONE_NUMBER: 'unknown', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: '5' },
    source: 'entity-changed',
    previous: base,
    expect: { phoneNumber: '+19999999666', phoneNumberKind: 'shown', entity: { entityType: 'CONTACT', entityId: 5 } },
    problems: [],
  },
  { name: 'EntityChanged unbinding', input: { PHONE_NUMBER: 'unknown', CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0 }, source: 'entity-changed', previous: base, expect: { entity: null }, problems: [] },
  { name: 'a bare callState', input: 'connected', source: 'call-state', previous: base, expect: { state: 'connected', failedCode: null, callId: base.callId }, problems: [] },
  { name: 'idle with a failedCode', input: 'idle', source: 'call-state', previous: base, failedCode: { failedCode: '486' }, expect: { state: 'idle', failedCode: '486' }, problems: [] },
  { name: 'idle with a numeric failedCode', input: 'idle', source: 'call-state', previous: base, failedCode: { failedCode: 603 }, expect: { failedCode: '603' }, problems: [] },
  { name: '603-s is 603-S', input: 'idle', source: 'call-state', previous: base, failedCode: '603-s', expect: { failedCode: '603-S' }, problems: [] },
  { name: '200 is success, not a failure', input: 'idle', source: 'call-state', previous: base, failedCode: { failedCode: '200' }, expect: { failedCode: null }, problems: [] },
  { name: 'a failedCode that is not a code', input: 'idle', source: 'call-state', previous: base, failedCode: { failedCode: '<img src=x onerror=alert(1)>' }, expect: { failedCode: null }, problems: ['failedCode'] },
  { name: 'a failedCode is dropped when the call goes on', input: 'connecting', source: 'call-state', previous: { ...base, failedCode: '486' }, failedCode: { failedCode: '486' }, expect: { failedCode: null }, problems: [] },
  { name: 'a callState of the wrong type', input: { state: 'connected' }, source: 'call-state', previous: base, expect: { state: 'idle' }, problems: ['CALL_STATE', 'CALL_STATE'] },
  { name: 'a callState "undefined"', input: 'undefined', source: 'call-state', previous: base, expect: { state: 'idle' }, problems: ['CALL_STATE'] },
];

describe('normalizeCall', () => {
  for (const row of rows) {
    it(row.name, () => {
      const { call, problems } = normalizeCall(row.input, row.source, { ...(row.previous ? { previous: row.previous } : {}), failedCode: row.failedCode });
      for (const [key, value] of Object.entries(row.expect)) {
        expect(call[key as keyof CallInfo], key).to.deep.equal(value);
      }
      expect(problems.map((problem) => problem.field).sort()).to.deep.equal([...row.problems].sort());
      for (const problem of problems) expect(problem.message).to.be.a('string').and.not.equal('');
      expect(Object.isFrozen(call)).to.equal(true);
    });
  }

  it('leaves Object.prototype alone', () => {
    normalizeCall('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}', 'placement-options');
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('keeps 10,000 bindings, and drops (and flags) the rest', () => {
    const many = Array.from({ length: MAX_BINDINGS + 5 }, (_, index) => ({ ENTITY_TYPE: 'DEAL', ENTITY_ID: String(index + 1) }));
    const exact = normalizeCall({ CRM_BINDINGS: many.slice(0, MAX_BINDINGS) }, 'status');
    expect(exact.call.bindings).to.have.length(MAX_BINDINGS);
    expect(exact.problems).to.deep.equal([]);
    const over = normalizeCall({ CRM_BINDINGS: many }, 'status');
    expect(over.call.bindings).to.have.length(MAX_BINDINGS);
    expect(over.call.bindings[MAX_BINDINGS - 1]).to.deep.equal({ entityType: 'DEAL', entityId: MAX_BINDINGS });
    expect(over.problems.map((problem) => problem.code)).to.deep.equal(['truncated']);
  });

  it('never throws, whatever it is fed', () => {
    const inputs: unknown[] = [undefined, null, 0, NaN, '', '{', '[]', 'null', true, [], [[]], { CALL_STATE: {} }, Object.create(null), new Date(), () => 1, { CRM_BINDINGS: [[1]] }, { PHONE_NUMBER: Symbol('x') }];
    const sources: CallPayloadSource[] = ['placement-options', 'status', 'entity-changed', 'call-state'];
    for (const input of inputs) {
      for (const source of sources) {
        const result = normalizeCall(input, source, { previous: base, failedCode: input });
        expect(result.call).to.be.an('object');
      }
    }
  });

  it('reads a 5,000-level nested CALL_LIST_MODE without overflowing the stack', () => {
    // Built as text: Firefox's own JSON.stringify recurses too deep for it.
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const options = `${JSON.stringify({ ...REAL_STATUS, CALL_STATE: 'connected' }).slice(0, -1)},"CALL_LIST_MODE":${nested}}`;
    const { call, problems } = normalizeCall(options, 'placement-options');
    // Where the engine's JSON.parse takes that depth (V8, JavaScriptCore), the rest of the options still count;
    // where it does not (Firefox), the options are unreadable, said so, and nothing throws.
    const parsed = problems.every((problem) => problem.code !== 'malformed');
    if (parsed) {
      expect(call.state).to.equal('connected');
      expect(call.callListMode).to.equal(false);
      expect(problems.map((problem) => `${problem.field} ${problem.code}`)).to.deep.equal(['CALL_LIST_MODE wrong-type']);
    } else {
      expect(call).to.equal(EMPTY_CALL);
    }
  });

  it('looks direction aliases up as own keys: constructor and __proto__ stay strings', () => {
    for (const direction of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const { call, problems } = normalizeCall({ CALL_DIRECTION: direction }, 'status');
      expect(typeof call.direction === 'string' && call.direction === direction, `${direction} kept as a string`).to.equal(true);
      expect(problems.map((problem) => problem.code)).to.deep.equal(['unknown-value']);
    }
  });

  it('cuts host strings at MAX_STRING_LENGTH, and says so', () => {
    const huge = `+49${'1'.repeat(10_000_000)}`;
    const { call, problems } = normalizeCall({ PHONE_NUMBER: huge, LINE_NAME: 'x'.repeat(MAX_STRING_LENGTH + 1) }, 'status');
    // Lengths, not strings: a failing assertion on a 10 MB string would print it.
    expect(call.phoneNumber.length).to.equal(MAX_STRING_LENGTH);
    expect(call.lineName.length).to.equal(MAX_STRING_LENGTH);
    expect(problems.map((problem) => `${problem.field} ${problem.code}`).sort()).to.deep.equal(['LINE_NAME truncated', 'PHONE_NUMBER truncated']);
  });

  it('freezes the call, its entity, its bindings and its problems, even when empty', () => {
    const { call, problems } = normalizeCall({ CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 5, CRM_BINDINGS: 'nonsense' }, 'status');
    for (const part of [call, call.entity, call.bindings, problems, problems[0]]) expect(Object.isFrozen(part)).to.equal(true);
    const unbound = normalizeCall({}, 'status');
    expect(Object.isFrozen(unbound.call.bindings) && Object.isFrozen(unbound.problems)).to.equal(true);
  });

  it('keeps the last good call when reading the payload throws', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
    const getters = Object.defineProperties({}, Object.fromEntries(['PHONE_NUMBER', 'CALL_STATE'].map((key) => [key, { enumerable: true, get: trap }])));
    for (const input of [proxy, getters]) {
      for (const source of ['status', 'entity-changed', 'placement-options'] as const) {
        const { call, problems } = normalizeCall(input, source, { previous: base });
        expect(call === base, `${source}: the previous call, unchanged`).to.equal(true);
        expect(problems.map((problem) => `${problem.field} ${problem.code}`)).to.deep.equal(['payload malformed']);
      }
    }
  });

  it('makes no link from ids beyond safe integers', () => {
    const { call } = normalizeCall({ CRM_ENTITY_TYPE: 'DYNAMIC_99999999999999999999999', CRM_ENTITY_ID: 5 }, 'status');
    expect(entityPath(call.entity?.entityType ?? '', 5)).to.equal(null);
    expect(entityPath('DYNAMIC_1e3', 5)).to.equal(null);
    expect(entityPath('DYNAMIC_128', 5)).to.equal('/crm/type/128/details/5/');
    expect(normalizeCall({ CRM_ENTITY_TYPE: 1e23, CRM_ENTITY_ID: 5 }, 'status').call.entity).to.equal(null);
  });

  it('keeps the very same bindings array when getStatus repeats what is known, and re-reads any change', () => {
    const again = normalizeCall({ ...REAL_STATUS, CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: '4615' }, { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 }] }, 'status', { previous: base }).call;
    expect(again.bindings).to.equal(base.bindings);
    const reordered = normalizeCall({ ...REAL_STATUS, CRM_BINDINGS: [{ ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 }] }, 'status', { previous: base }).call;
    expect(reordered.bindings.map((binding) => binding.entityType)).to.deep.equal(['COMPANY', 'DEAL']);
    const changed = normalizeCall({ ...REAL_STATUS, CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 }, { ENTITY_TYPE: 'company', ENTITY_ID: '0643' }] }, 'status', { previous: base });
    expect(changed.call.bindings).to.not.equal(base.bindings);
    expect(changed.call.bindings).to.deep.equal(base.bindings);
    const shorter = normalizeCall({ ...REAL_STATUS, CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 }] }, 'status', { previous: base }).call;
    expect(shorter.bindings).to.deep.equal([{ entityType: 'DEAL', entityId: 4615 }]);
  });

  it('starts from an empty call', () => {
    expect(normalizeCall(undefined, 'status').call.callId).to.equal(EMPTY_CALL.callId);
    expect(normalizeFailedCode(undefined)).to.equal(null);
    expect(normalizeFailedCode('OTHER')).to.equal('OTHER');
  });
});
