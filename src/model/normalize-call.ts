import { isPositiveInteger } from './positive-integer.js';
import { entityTypeFromId } from './entity-types.js';
import { SUCCESS_CODE } from './failure-codes.js';
import { developerMessage } from './developer-message.js';
import {
  CALL_DIRECTIONS,
  CALL_STATES,
  EMPTY_CALL,
  type CallDirection,
  type CallInfo,
  type CallState,
  type CrmBinding,
  type CrmEntityType,
  type HostRecord,
  type NormalizeProblem,
  type NormalizeResult,
  type PhoneNumberKind,
} from './types.js';

/**
 * Where a payload came from; it decides what a missing key means.
 * - `placement-options`: the handler's `PLACEMENT_OPTIONS` (JSON string or parsed, every value a string);
 * - `status`: the `getStatus` answer (typed, any key may be missing);
 * - `entity-changed`: the `CallCard::EntityChanged` object, merged onto `previous`;
 * - `call-state`: the bare `callState` of `CallCard::CallStateChanged`, merged onto `previous`.
 */
export type CallPayloadSource = 'placement-options' | 'status' | 'entity-changed' | 'call-state';

export interface NormalizeOptions {
  /** The call this payload updates. Defaults to an empty call. */
  readonly previous?: CallInfo;
  /** The `failedCode` that came with a `call-state` payload (only the simulator sends it). */
  readonly failedCode?: unknown;
}

/** More bindings than this are dropped (and flagged): no real call has them, and rendering would stall. */
export const MAX_BINDINGS = 10_000;

/**
 * Longer host strings are cut (and flagged): a real number, id or line name is far shorter, and a
 * 10 MB phone number once laid a page out 33 million pixels wide.
 */
export const MAX_STRING_LENGTH = 256;

/** Values the host writes for "nothing" once PLACEMENT_OPTIONS has turned every value into a string. */
const ABSENT_STRINGS = new Set(['', 'undefined', 'null']);
/** Own keys only: a `Map`, so `constructor` or `__proto__` never reach `Object.prototype`. */
const DIRECTION_ALIASES: ReadonlyMap<string, CallDirection> = new Map([['outcoming', 'outgoing']]);
const FAILED_CODE_PATTERN = /^[0-9A-Z-]{1,16}$/;

class ProblemLog {
  readonly problems: NormalizeProblem[] = [];

  add(field: string, code: NormalizeProblem['code'], message: string): void {
    this.problems.push(Object.freeze({ field, code, message }));
  }

  wrongType(field: string, value: unknown, expected: string): void {
    this.add(field, 'wrong-type', developerMessage('wrong-type', expected, describe(value)));
  }
}

/** Never `String()` an object: a deeply nested array overflows the stack in `Array.prototype.toString`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Reads only the keys we know, and only own ones: `__proto__` or `constructor` in a payload change nothing. */
function own(record: HostRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && ABSENT_STRINGS.has(value.trim()));
}

function readString(value: unknown, field: string, log: ProblemLog): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') {
    if (value.length <= MAX_STRING_LENGTH) return value.trim();
    log.add(field, 'truncated', developerMessage('string-truncated', value.length, MAX_STRING_LENGTH));
    return value.slice(0, MAX_STRING_LENGTH).trim();
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  log.wrongType(field, value, 'a string');
  return undefined;
}

/** A non-negative integer from a number or a digit string; `undefined` when absent or invalid. */
function readInteger(value: unknown, field: string, log: ProblemLog): number | undefined {
  if (isAbsent(value)) return undefined;
  const parsed = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof parsed === 'number' && Number.isSafeInteger(parsed) && parsed >= 0) return parsed;
  log.wrongType(field, value, 'a non-negative integer');
  return undefined;
}

function readBoolean(value: unknown, field: string, log: ProblemLog): boolean | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string' && typeof value !== 'number') {
    log.wrongType(field, value, 'a boolean');
    return undefined;
  }
  const text = String(value).trim().toLowerCase();
  if (text === 'true' || text === 'y' || text === '1') return true;
  if (text === 'false' || text === 'n' || text === '0') return false;
  log.wrongType(field, value, 'a boolean');
  return undefined;
}

function readPhone(value: unknown, log: ProblemLog): { phoneNumber: string; phoneNumberKind: PhoneNumberKind } {
  const text = readString(value, 'PHONE_NUMBER', log);
  if (text === undefined || text.toLowerCase() === 'unknown') return { phoneNumber: '', phoneNumberKind: 'unknown' };
  if (text.toLowerCase() === 'hidden') return { phoneNumber: '', phoneNumberKind: 'hidden' };
  return { phoneNumber: text, phoneNumberKind: 'shown' };
}

function readEntityType(value: unknown, field: string, log: ProblemLog): CrmEntityType | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value))) {
    const type = entityTypeFromId(Number(value));
    if (type === null && Number(value) !== 0) log.add(field, 'unknown-value', developerMessage('unknown-crm-type', describe(value)));
    return type ?? undefined;
  }
  const text = readString(value, field, log);
  return text ? text.toUpperCase() : undefined;
}

function readEntity(typeValue: unknown, idValue: unknown, log: ProblemLog, fields: readonly [string, string] = ['CRM_ENTITY_TYPE', 'CRM_ENTITY_ID']): CrmBinding | null {
  const entityType = readEntityType(typeValue, fields[0], log);
  const entityId = readInteger(idValue, fields[1], log);
  if (entityType && isPositiveInteger(entityId)) return Object.freeze({ entityType, entityId });
  if (!entityType && isPositiveInteger(entityId)) log.add(fields[0], 'missing', developerMessage('entity-without-type', entityId));
  return null;
}

/**
 * `true` when the host sent exactly the bindings we already hold, in canonical form and order: the
 * usual `getStatus` answer. Reusing them skips re-reading every item and keeps the array's identity.
 */
function sameAsKnown(list: unknown, known: readonly CrmBinding[]): boolean {
  if (!Array.isArray(list) || list.length !== known.length) return false;
  return list.every((item: unknown, index) => {
    if (item === null || typeof item !== 'object') return false;
    const binding = known[index]!;
    const id = own(item as HostRecord, 'ENTITY_ID');
    return own(item as HostRecord, 'ENTITY_TYPE') === binding.entityType && (id === binding.entityId || id === String(binding.entityId));
  });
}

const NO_BINDINGS = EMPTY_CALL.bindings;

function readBindings(value: unknown, log: ProblemLog, known: readonly CrmBinding[]): readonly CrmBinding[] {
  if (sameAsKnown(value, known)) return known;
  let list = value;
  if (typeof list === 'string' && list.trim().startsWith('[')) {
    try {
      list = JSON.parse(list);
    } catch {
      log.add('CRM_BINDINGS', 'malformed', developerMessage('not-json'));
      return NO_BINDINGS;
    }
  }
  if (isAbsent(list)) return NO_BINDINGS;
  if (!Array.isArray(list)) {
    log.wrongType('CRM_BINDINGS', value, 'an array');
    return NO_BINDINGS;
  }
  const seen = new Set<string>();
  const bindings: CrmBinding[] = [];
  let skipped = 0;
  const itemLog = new ProblemLog();
  for (const item of list) {
    const binding =
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? readEntity(own(item as HostRecord, 'ENTITY_TYPE'), own(item as HostRecord, 'ENTITY_ID'), itemLog, ['ENTITY_TYPE', 'ENTITY_ID'])
        : null;
    if (!binding) {
      skipped += 1;
      continue;
    }
    const key = `${binding.entityType}:${binding.entityId}`;
    if (seen.has(key)) continue;
    if (bindings.length === MAX_BINDINGS) {
      log.add('CRM_BINDINGS', 'truncated', developerMessage('bindings-truncated', MAX_BINDINGS));
      break;
    }
    seen.add(key);
    bindings.push(binding);
  }
  if (skipped > 0) log.add('CRM_BINDINGS', 'wrong-type', developerMessage('bindings-skipped', skipped));
  return Object.freeze(bindings);
}

function readState(value: unknown, log: ProblemLog): CallState | string | undefined {
  const text = readString(value, 'CALL_STATE', log);
  if (text === undefined) return undefined;
  const known = CALL_STATES.find((state) => state === text.toLowerCase());
  if (!known) log.add('CALL_STATE', 'unknown-value', developerMessage('unknown-state', describe(text)));
  return known ?? text;
}

function readDirection(value: unknown, log: ProblemLog): CallDirection | string | undefined {
  const text = readString(value, 'CALL_DIRECTION', log);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  const known = DIRECTION_ALIASES.get(lower) ?? CALL_DIRECTIONS.find((direction) => direction.toLowerCase() === lower);
  if (!known) log.add('CALL_DIRECTION', 'unknown-value', developerMessage('unknown-direction', describe(text)));
  return known ?? text;
}

/** `null` for no failure (absent, or 200 success); a code string otherwise. */
export function normalizeFailedCode(value: unknown, log = new ProblemLog()): string | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) value = own(value as HostRecord, 'failedCode');
  const text = readString(value, 'failedCode', log)?.toUpperCase();
  if (text === undefined || text === SUCCESS_CODE) return null;
  if (FAILED_CODE_PATTERN.test(text)) return text;
  log.add('failedCode', 'unknown-value', developerMessage('not-status-code', describe(text)));
  return null;
}

function parseRecord(input: unknown, log: ProblemLog): HostRecord | null {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      log.add('PLACEMENT_OPTIONS', 'malformed', developerMessage('not-json'));
      return null;
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    log.wrongType('payload', value, 'an object');
    return null;
  }
  return value as HostRecord;
}

function fromFullRecord(record: HostRecord, previous: CallInfo, log: ProblemLog): CallInfo {
  const callId = readString(own(record, 'CALL_ID'), 'CALL_ID', log);
  const sameCall = callId === undefined || callId === previous.callId;
  // Keys without a documented "missing" meaning keep what we knew about this call.
  const base = sameCall ? previous : { ...EMPTY_CALL, callId: callId ?? '' };
  const state = readState(own(record, 'CALL_STATE'), log);
  const activity = readInteger(own(record, 'CRM_ACTIVITY_ID'), 'CRM_ACTIVITY_ID', log);
  return {
    callId: callId ?? base.callId,
    ...readPhone(own(record, 'PHONE_NUMBER'), log),
    lineNumber: readString(own(record, 'LINE_NUMBER'), 'LINE_NUMBER', log) ?? base.lineNumber,
    lineName: readString(own(record, 'LINE_NAME'), 'LINE_NAME', log) ?? base.lineName,
    // Unbound is `""`/`0`; both keys missing says nothing, so the entity stays.
    entity:
      Object.hasOwn(record, 'CRM_ENTITY_TYPE') || Object.hasOwn(record, 'CRM_ENTITY_ID')
        ? readEntity(own(record, 'CRM_ENTITY_TYPE'), own(record, 'CRM_ENTITY_ID'), log)
        : base.entity,
    crmActivityId: activity ? activity : null,
    bindings: readBindings(own(record, 'CRM_BINDINGS'), log, previous.bindings),
    direction: readDirection(own(record, 'CALL_DIRECTION'), log) ?? base.direction,
    state: state ?? base.state,
    callListMode: readBoolean(own(record, 'CALL_LIST_MODE'), 'CALL_LIST_MODE', log) ?? base.callListMode,
    failedCode: state === undefined || state === 'idle' ? base.failedCode : null,
  };
}

function fromEntityChanged(record: HostRecord, previous: CallInfo, log: ProblemLog): CallInfo {
  const phone = readPhone(own(record, 'PHONE_NUMBER'), log);
  // The event says `unknown` for a number it does not carry; the getStatus that follows has the truth.
  const keepPhone = phone.phoneNumberKind === 'unknown' && previous.phoneNumberKind !== 'unknown';
  return {
    ...previous,
    ...(keepPhone ? {} : phone),
    entity: readEntity(own(record, 'CRM_ENTITY_TYPE'), own(record, 'CRM_ENTITY_ID'), log),
  };
}

function fromCallState(value: unknown, failedCode: unknown, previous: CallInfo, log: ProblemLog): CallInfo {
  const state = readState(value, log);
  if (state === undefined) {
    log.add('CALL_STATE', 'missing', developerMessage('state-missing'));
    return previous;
  }
  return { ...previous, state, failedCode: state === 'idle' ? normalizeFailedCode(failedCode, log) : null };
}

/**
 * Turns anything the host sends about a call into a typed {@link CallInfo} plus the problems
 * found on the way. It never throws: a field it cannot read keeps its last known (or documented
 * default) value and is listed in `problems`; a payload it cannot read at all (a getter that
 * throws, a proxy, anything unforeseen) keeps the whole previous call, with a `malformed` problem.
 * The call, its entity, its bindings and the problems are all frozen.
 */
export function normalizeCall(input: unknown, source: CallPayloadSource, options: NormalizeOptions = {}): NormalizeResult {
  const previous = options.previous ?? EMPTY_CALL;
  const log = new ProblemLog();
  let call = previous;
  try {
    if (source === 'call-state') {
      call = fromCallState(input, options.failedCode, previous, log);
    } else {
      const record = parseRecord(input, log);
      if (record) call = source === 'entity-changed' ? fromEntityChanged(record, previous, log) : fromFullRecord(record, previous, log);
    }
  } catch (error) {
    const unreadable = new ProblemLog();
    unreadable.add('payload', 'malformed', developerMessage('unreadable', error instanceof Error ? error.name : 'a thrown value'));
    return Object.freeze({ call: previous, problems: Object.freeze(unreadable.problems) });
  }
  return Object.freeze({ call: Object.freeze(call), problems: Object.freeze(log.problems) });
}
