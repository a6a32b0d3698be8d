import { CALL_CARD_PLACEMENT } from './placement-connection.js';
import { parsePhpQuery } from './php-query.js';
import { PORTAL_USERS, type PortalUser, type SimulatedPortal } from './simulated-portal.js';
import type { CallRecord, ExternalCallRegisterParams } from './simulated-call-card.js';

/**
 * REST as a Bitrix24 portal serves it, over a {@link SimulatedPortal}: the methods a CALL_CARD
 * widget and a telephony backend use, the portal's envelope (`result`, `time`, `total`/`next`) and
 * its errors (`error`, `error_description`, with the portal's HTTP status).
 */

/** Who calls: an app (with a widget's token) or a backend (through user's webhook). */
export interface RestCaller {
  readonly kind: 'app' | 'webhook';
  readonly userId: number;
}

export interface RestAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

type Params = Readonly<Record<string, unknown>>;

/** A failure the portal reports as `{error, error_description}` with this HTTP status. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

interface MethodResult {
  readonly result: unknown;
  readonly total?: number;
  readonly next?: number;
}

/** Lists come in pages of 50, as on a portal. */
const PAGE_SIZE = 50;
const BATCH_LIMIT = 50;
const CRM_GET = /^crm\.(contact|company|lead|deal)\.get$/;

/** The portal's `time` block. */
function timing(started: number): Record<string, unknown> {
  const finish = Date.now();
  return {
    start: started / 1000,
    finish: finish / 1000,
    duration: (finish - started) / 1000,
    processing: (finish - started) / 1000,
    date_start: new Date(started).toISOString(),
    date_finish: new Date(finish).toISOString(),
    operating_reset_at: Math.floor(started / 1000) + 600,
    operating: 0,
  };
}

/** Answers one REST call as the portal would. Method names are case-insensitive, as on a portal. */
export function answerRest(portal: SimulatedPortal, method: string, params: Params, caller: RestCaller): RestAnswer {
  const started = Date.now();
  try {
    const { result, total, next } = callMethod(portal, method.toLowerCase(), params, caller, true);
    return { status: 200, body: { result, ...(total === undefined ? {} : { total }), ...(next === undefined ? {} : { next }), time: timing(started) } };
  } catch (error) {
    if (error instanceof RestError) return { status: error.status, body: { error: error.code, error_description: error.message } };
    return { status: 500, body: { error: 'INTERNAL_SERVER_ERROR', error_description: error instanceof Error ? error.message : String(error) } };
  }
}

function callMethod(portal: SimulatedPortal, method: string, params: Params, caller: RestCaller, batchAllowed: boolean): MethodResult {
  const get = CRM_GET.exec(method);
  if (get) return { result: crmRecord(portal, `${get[1]!.toUpperCase()}:${requiredId(params['id'] ?? params['ID'])}`) };
  switch (method) {
    case 'batch':
      if (!batchAllowed) throw new RestError(400, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage');
      return { result: batch(portal, params, caller) };
    case 'crm.item.get': {
      const typeId = requiredId(params['entityTypeId']);
      return { result: { item: crmRecord(portal, `DYNAMIC_${typeId}:${requiredId(params['id'])}`) } };
    }
    case 'voximplant.statistic.get':
      return statistics(portal.records, params);
    case 'telephony.externalcall.register':
      return { result: register(portal, params) };
    case 'telephony.externalcall.finish':
      return { result: finish(portal, params) };
    case 'telephony.externalcall.show':
    case 'telephony.externalcall.hide': {
      const callId = String(params['CALL_ID'] ?? '');
      const users = ([] as unknown[]).concat(params['USER_ID'] ?? []).map(String);
      const forCard = users.length === 0 || users.includes(String(portal.card.userId));
      const known = method.endsWith('show') ? !forCard || portal.showCall(callId) : !forCard || portal.hideCall(callId);
      if (!known) throw new RestError(400, 'ERROR_CORE', 'Call is not found, or finished');
      return { result: true };
    }
    case 'placement.bind':
      return { result: bindPlacement(portal, params, caller) };
    case 'placement.unbind':
      return { result: unbindPlacement(portal, params, caller) };
    case 'placement.get':
      appOnly(caller);
      return { result: portal.placements.map((entry) => ({ placement: entry.placement, handler: entry.handler, title: entry.title, description: entry.description, options: [] })) };
    case 'user.current': {
      const user = PORTAL_USERS.find((candidate) => Number(candidate.ID) === caller.userId)!;
      return { result: { ...user, ACTIVE: true } };
    }
    default:
      throw new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
  }
}

function requiredId(value: unknown): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new RestError(400, '', 'ID is not defined or invalid.');
  return id;
}

function crmRecord(portal: SimulatedPortal, key: string): unknown {
  const record = portal.crm.get(key);
  if (record === null) throw new RestError(403, 'ACCESS_DENIED', 'Access denied.');
  if (record === undefined) throw new RestError(400, 'NOT_FOUND', 'Not found');
  return record;
}

/** `batch`: up to 50 `method?query` commands; `$result[key][field]` refers to an earlier answer; `halt=1` stops at the first error. */
function batch(portal: SimulatedPortal, params: Params, caller: RestCaller) {
  const commands = params['cmd'];
  if (commands === null || typeof commands !== 'object') throw new RestError(400, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'cmd must be a list or a map of commands');
  const entries = Object.entries(commands as Record<string, unknown>);
  if (entries.length > BATCH_LIMIT) throw new RestError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', `Max batch length exceeded (${BATCH_LIMIT})`);
  const halt = ['1', 'true', 'Y'].includes(String(params['halt']));
  const result: Record<string, unknown> = {};
  const errors: Record<string, unknown> = {};
  const totals: Record<string, number> = {};
  const nexts: Record<string, number> = {};
  const times: Record<string, unknown> = {};
  for (const [key, command] of entries) {
    const started = Date.now();
    const text = String(command).replace(/\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g, (_, name: string, path: string) => referenced(result[name], path));
    const question = text.indexOf('?');
    const method = (question < 0 ? text : text.slice(0, question)).toLowerCase();
    try {
      const answer = callMethod(portal, method, parsePhpQuery(question < 0 ? '' : text.slice(question + 1)), caller, false);
      result[key] = answer.result;
      if (answer.total !== undefined) totals[key] = answer.total;
      if (answer.next !== undefined) nexts[key] = answer.next;
      times[key] = timing(started);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      errors[key] = { error: error.code, error_description: error.message };
      if (halt) break;
    }
  }
  const list = Array.isArray(commands);
  const shaped = (map: Record<string, unknown>) => (list ? Object.values(map) : map);
  return { result: shaped(result), result_error: shaped(errors), result_total: shaped(totals), result_next: shaped(nexts), result_time: shaped(times) };
}

/** The value `$result[key][a][b]` names, as text to put into a query. */
function referenced(value: unknown, path: string): string {
  let current = value;
  for (const [, step] of path.matchAll(/\[([^\]]*)\]/g)) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[step!] : undefined;
  return current === undefined || current === null || typeof current === 'object' ? '' : encodeURIComponent(String(current));
}

/** A `FILTER` key: the operation (what comes before the first letter) and the field. */
const FILTER_KEY = /^([^a-zA-Z]*)(.*)$/;
const FILTER_OPERATIONS = new Set(['', '=', '!', '!=', '<', '<=', '>', '>=']);

function compare(a: string, b: string): number {
  const numbers = a !== '' && b !== '' && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b));
  if (numbers) return Number(a) - Number(b);
  const dates = /^\d{4}-\d\d-\d\d/.test(a) && /^\d{4}-\d\d-\d\d/.test(b);
  if (dates) return Date.parse(a) - Date.parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

type Condition = (record: Readonly<Record<string, unknown>>) => boolean;

/** One `FILTER` entry as the portal reads it; `undefined` (dropped, as the portal drops it) for an unknown field or operation. */
function condition(key: string, wanted: unknown, fields: ReadonlySet<string>): Condition | undefined {
  const [, operation = '', field = ''] = FILTER_KEY.exec(key.toUpperCase()) ?? [];
  if (!FILTER_OPERATIONS.has(operation) || !fields.has(field)) return undefined;
  const values = (Array.isArray(wanted) ? wanted : wanted !== null && typeof wanted === 'object' ? Object.values(wanted) : [wanted]).map(String);
  if (values.length === 0) return undefined;
  const first = values[0]!;
  const tests: Record<string, (actual: string) => boolean> = {
    '!': (actual) => !values.includes(actual),
    '!=': (actual) => !values.includes(actual),
    '>': (actual) => compare(actual, first) > 0,
    '>=': (actual) => compare(actual, first) >= 0,
    '<': (actual) => compare(actual, first) < 0,
    '<=': (actual) => compare(actual, first) <= 0,
  };
  const test = tests[operation] ?? ((actual: string) => values.includes(actual));
  return (record) => test(String(record[field] ?? ''));
}

/**
 * `voximplant.statistic.get` as the portal's voximplant module answers it: only the upper-case
 * `FILTER` is read (a lower-case `filter` is ignored, so every record comes back); a filter on an
 * unknown field or with an unknown operation is dropped; the list is sorted only when both `SORT`
 * (a field) and `ORDER` (`ASC` or `DESC`) are valid, else it comes in record order; 50 to a page from `start`.
 */
function statistics(records: readonly CallRecord[], params: Params): MethodResult {
  const rows = records as unknown as readonly Readonly<Record<string, unknown>>[];
  const fields = new Set(rows.flatMap((record) => Object.keys(record)));
  const filter = params['FILTER'];
  const conditions = (filter !== null && typeof filter === 'object' ? Object.entries(filter as Record<string, unknown>) : [])
    .map(([key, wanted]) => condition(key, wanted, fields))
    .filter((entry): entry is Condition => entry !== undefined);
  const selected = rows.filter((record) => conditions.every((test) => test(record)));
  const sortField = typeof params['SORT'] === 'string' ? params['SORT'].trim() : '';
  const order = typeof params['ORDER'] === 'string' ? params['ORDER'].trim() : '';
  if (fields.has(sortField) && (order === 'ASC' || order === 'DESC')) {
    selected.sort((a, b) => (order === 'DESC' ? -1 : 1) * compare(String(a[sortField] ?? ''), String(b[sortField] ?? '')));
  }
  const start = Math.max(0, Number.parseInt(String(params['start'] ?? 0), 10) || 0);
  const page = selected.slice(start, start + PAGE_SIZE).map((record) => ({ ...record }));
  return { result: page, total: selected.length, ...(start + PAGE_SIZE < selected.length ? { next: start + PAGE_SIZE } : {}) };
}

function callUser(portal: SimulatedPortal, params: Params): PortalUser {
  if ((params['USER_ID'] ?? '') === '' && (params['USER_PHONE_INNER'] ?? '') === '') throw new RestError(400, 'ERROR_CORE', 'USER_ID or USER_PHONE_INNER should be set');
  const user = portal.findUser(params['USER_ID'], params['USER_PHONE_INNER']);
  if (!user) throw new RestError(400, 'ERROR_CORE', 'User is not found or is not active');
  return user;
}

function register(portal: SimulatedPortal, params: Params) {
  const user = callUser(portal, params);
  const type = Number(params['TYPE']);
  if (![1, 2, 3, 4].includes(type)) throw new RestError(400, 'ERROR_CORE', 'Unknown TYPE');
  const phone = String(params['PHONE_NUMBER'] ?? '').trim();
  if (!phone) throw new RestError(400, 'ERROR_CORE', 'Unsupported phone number format');
  const entityType = String(params['CRM_ENTITY_TYPE'] ?? '').toUpperCase();
  const entityId = Number(params['CRM_ENTITY_ID'] ?? 0);
  const call: ExternalCallRegisterParams = {
    PHONE_NUMBER: phone,
    TYPE: type as 1 | 2 | 3 | 4,
    ...(params['LINE_NUMBER'] === undefined ? {} : { LINE_NUMBER: String(params['LINE_NUMBER']) }),
    ...(entityType && entityId > 0 ? { CRM_ENTITY_TYPE: entityType, CRM_ENTITY_ID: entityId } : {}),
    ...(String(params['CRM_CREATE'] ?? '0') === '1' ? { CRM_CREATE: 1 as const } : {}),
    ...(params['CALL_LIST_ID'] === undefined ? {} : { CALL_LIST_ID: Number(params['CALL_LIST_ID']) }),
  };
  const show = String(params['SHOW'] ?? '1') !== '0';
  const { status, createdLead } = portal.registerCall(call, user, show);
  return {
    CALL_ID: status.CALL_ID,
    CRM_CREATED_LEAD: createdLead,
    CRM_CREATED_ENTITIES: createdLead === null ? [] : [{ ENTITY_TYPE: 'LEAD', ENTITY_ID: createdLead }],
    CRM_ENTITY_TYPE: status.CRM_ENTITY_TYPE,
    CRM_ENTITY_ID: status.CRM_ENTITY_ID,
  };
}

function finish(portal: SimulatedPortal, params: Params) {
  callUser(portal, params);
  const duration = Math.max(0, Number.parseInt(String(params['DURATION'] ?? 0), 10) || 0);
  const statusCode = String(params['STATUS_CODE'] ?? (duration > 0 ? '200' : '304'));
  const record = portal.finishCall(String(params['CALL_ID'] ?? ''), statusCode, duration);
  if (!record) throw new RestError(400, 'ERROR_CORE', 'Call is not found');
  // finish answers with numbers where the statistics list has strings.
  return { ...record, ID: Number(record.ID), CALL_DURATION: Number(record.CALL_DURATION), INCOMING: record.CALL_TYPE, PORTAL_USER_ID: Number(record.PORTAL_USER_ID), CRM_ENTITY_ID: Number(record.CRM_ENTITY_ID), CALL_STATUS: statusCode === '200' ? 1 : 0 };
}

/** Placement methods belong to apps: a webhook has no app to bind a handler to. */
function appOnly(caller: RestCaller): void {
  if (caller.kind !== 'app') throw new RestError(401, 'WRONG_AUTH_TYPE', 'Current authorization type is denied for this method');
}

function bindPlacement(portal: SimulatedPortal, params: Params, caller: RestCaller): boolean {
  appOnly(caller);
  const placement = String(params['PLACEMENT'] ?? '').toUpperCase();
  const handler = String(params['HANDLER'] ?? '');
  if (!placement) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
  if (placement !== CALL_CARD_PLACEMENT) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', `The emulator hosts only ${CALL_CARD_PLACEMENT}`);
  if (!/^https?:\/\//.test(handler)) throw new RestError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
  if (portal.placements.some((entry) => entry.placement === placement && entry.handler === handler)) {
    throw new RestError(400, 'ERROR_PLACEMENT_HANDLER_ALREADY_BINDED', 'Handler already binded');
  }
  portal.placements.push({ placement, handler, title: String(params['TITLE'] ?? ''), description: String(params['DESCRIPTION'] ?? '') });
  return true;
}

function unbindPlacement(portal: SimulatedPortal, params: Params, caller: RestCaller): { count: number } {
  appOnly(caller);
  const placement = String(params['PLACEMENT'] ?? '').toUpperCase();
  const handler = params['HANDLER'] === undefined ? undefined : String(params['HANDLER']);
  const before = portal.placements.length;
  const kept = portal.placements.filter((entry) => entry.placement !== placement || (handler !== undefined && entry.handler !== handler));
  portal.placements.splice(0, portal.placements.length, ...kept);
  return { count: before - kept.length };
}
