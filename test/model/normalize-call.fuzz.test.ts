import { expect } from '@open-wc/testing';
import { MAX_BINDINGS, MAX_STRING_LENGTH, normalizeCall, type CallPayloadSource } from '../../src/model/normalize-call.js';
import { CALL_DIRECTIONS, CALL_STATES, EMPTY_CALL, type CallInfo } from '../../src/model/types.js';

/**
 * A seeded fuzz test of the normalizer: payloads shaped like what a host can send (the four
 * sources, right keys with wrong values, strings where numbers go, hostile keys, deep nesting,
 * huge strings, getters and proxies that throw), checked against invariants rather than answers.
 */
const INPUTS = 100_000;
const SEED = 0xb24c;
/** Far above a normal input's cost (a GC pause included); a slower input means a quadratic path or a pathological regex. */
const SLOWEST_ALLOWED_MS = 250;

/** mulberry32: small, fast, and the same sequence in every engine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['CALL_ID', 'PHONE_NUMBER', 'LINE_NUMBER', 'LINE_NAME', 'CRM_ENTITY_TYPE', 'CRM_ENTITY_ID', 'CRM_ACTIVITY_ID', 'CRM_BINDINGS', 'CALL_DIRECTION', 'CALL_STATE', 'CALL_LIST_MODE'];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const WORDS = [
  '', ' ', 'undefined', 'null', '0', '1', '17', '-3', '1e23', '99999999999999999999999', 'true', 'false', 'Y', 'N', 'hidden', 'unknown', 'HIDDEN',
  'idle', 'connecting', 'connected', 'IDLE', 'ringing', 'incoming', 'outgoing', 'outcoming', 'incomingTransfer', 'callback',
  'LEAD', 'DEAL', 'CONTACT', 'COMPANY', 'lead', 'DYNAMIC_128', 'DYNAMIC_99999999999999999999999', 'DYNAMIC_', 'QUOTE',
  '+4930123456', '+7 (999) 123-45-67', '٠١٢٣', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '486', '603-S', 'OTHER', '200',
  ...HOSTILE_KEYS,
];

const DEEP = (() => {
  let nested: unknown = [];
  for (let depth = 0; depth < 5000; depth += 1) nested = [nested];
  return nested;
})();
const HUGE = '9'.repeat(100_000);
const trap = () => {
  throw new Error('trap');
};

function generator(next: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const int = (max: number) => Math.floor(next() * max);

  function value(depth: number): unknown {
    const roll = next();
    if (roll < 0.3) return pick(WORDS);
    if (roll < 0.45) return pick([0, 1, -1, 17, 797, 0.5, NaN, Infinity, -0, 2 ** 53, 1e23, Number.MAX_VALUE]);
    if (roll < 0.52) return pick([true, false, null, undefined]);
    if (roll < 0.6 && depth < 3) return Array.from({ length: int(4) }, () => binding(depth + 1));
    if (roll < 0.66 && depth < 3) return record(depth + 1);
    if (roll < 0.7) return pick([DEEP, HUGE, Symbol('s'), 10n, () => 1, new Date(0), /re/, Object.create(null)]);
    if (roll < 0.73) return new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, has: trap });
    return `${pick(WORDS)}${int(1000)}`;
  }

  function binding(depth: number): unknown {
    return next() < 0.7 ? { ENTITY_TYPE: value(depth), ENTITY_ID: next() < 0.5 ? int(50) : value(depth) } : value(depth);
  }

  function record(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of KEYS) if (next() < 0.6) out[key] = value(depth);
    if (next() < 0.15) Object.defineProperty(out, pick(KEYS), { enumerable: true, get: trap });
    if (next() < 0.15) out[pick(HOSTILE_KEYS)] = record(depth + 1);
    return out;
  }

  return { pick, value, record };
}

function isDeepFrozen(call: CallInfo): boolean {
  return Object.isFrozen(call) && Object.isFrozen(call.bindings) && call.bindings.every((binding) => Object.isFrozen(binding)) && (call.entity === null || Object.isFrozen(call.entity));
}

function wellTyped(call: CallInfo): string | null {
  for (const key of ['callId', 'phoneNumber', 'lineNumber', 'lineName', 'direction', 'state'] as const) {
    if (typeof call[key] !== 'string') return `${key} is ${typeof call[key]}`;
    if (call[key].length > MAX_STRING_LENGTH) return `${key} is ${call[key].length} long`;
  }
  if (!['shown', 'hidden', 'unknown'].includes(call.phoneNumberKind)) return `phoneNumberKind ${call.phoneNumberKind}`;
  if ((call.phoneNumberKind === 'shown') !== (call.phoneNumber !== '')) return 'phoneNumber and its kind disagree';
  if (typeof call.callListMode !== 'boolean') return 'callListMode';
  if (call.failedCode !== null && (typeof call.failedCode !== 'string' || !/^[0-9A-Z-]{1,16}$/.test(call.failedCode))) return `failedCode ${String(call.failedCode)}`;
  if (call.crmActivityId !== null && !(Number.isSafeInteger(call.crmActivityId) && call.crmActivityId > 0)) return 'crmActivityId';
  const entities = call.entity ? [call.entity, ...call.bindings] : call.bindings;
  for (const entity of entities) {
    if (typeof entity.entityType !== 'string' || entity.entityType === '' || !(Number.isSafeInteger(entity.entityId) && entity.entityId > 0)) return 'a binding';
  }
  if (!Array.isArray(call.bindings) || call.bindings.length > MAX_BINDINGS) return 'bindings';
  if ((CALL_STATES as readonly string[]).includes(call.state.toLowerCase()) && !(CALL_STATES as readonly string[]).includes(call.state)) return 'a known state not canonical';
  if ((CALL_DIRECTIONS as readonly string[]).includes(call.direction) === false && call.direction === 'outcoming') return 'outcoming not mapped';
  return null;
}

const prototypeShape = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe('normalizeCall, fuzzed', () => {
  it(`holds its invariants over ${INPUTS.toLocaleString('en')} seeded inputs across the four sources`, function () {
    this.timeout(120_000);
    const next = random(SEED);
    const { pick, value, record } = generator(next);
    const sources: CallPayloadSource[] = ['placement-options', 'status', 'entity-changed', 'call-state'];
    const prototypeBefore = prototypeShape();
    let previous: CallInfo = EMPTY_CALL;
    let slowest = 0;
    const started = performance.now();
    for (let index = 0; index < INPUTS; index += 1) {
      const source = pick(sources);
      let input: unknown;
      if (source === 'call-state') input = value(0);
      else if (source === 'placement-options' && next() < 0.5) {
        try {
          input = JSON.stringify(record(0), (_key, item: unknown) => (typeof item === 'bigint' || typeof item === 'symbol' ? String(item) : item));
        } catch {
          input = '{"CALL_STATE":';
        }
      } else input = next() < 0.9 ? record(0) : value(0);
      const failedCode = next() < 0.3 ? value(0) : undefined;
      const before = performance.now();
      let result: ReturnType<typeof normalizeCall>;
      try {
        result = normalizeCall(input, source, { previous, failedCode });
      } catch (error) {
        throw new Error(`input ${index} (${source}) threw: ${String(error)}`, { cause: error });
      }
      slowest = Math.max(slowest, performance.now() - before);
      const problem = wellTyped(result.call);
      if (problem) throw new Error(`input ${index} (${source}): ${problem}`);
      if (!isDeepFrozen(result.call) || !Object.isFrozen(result.problems)) throw new Error(`input ${index} (${source}): not frozen`);
      if (next() < 0.7) previous = result.call;
    }
    const elapsed = performance.now() - started;
    expect(prototypeShape(), 'Object.prototype untouched').to.equal(prototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(slowest, 'slowest input, ms').to.be.below(SLOWEST_ALLOWED_MS);
    console.log(`fuzz: ${INPUTS} inputs, 0 throws, slowest input ${slowest.toFixed(2)} ms, all in ${(elapsed / 1000).toFixed(1)} s`);
  });
});
