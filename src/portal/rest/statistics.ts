import type { HostRecord } from '../../model/types.js';
import type { CallRecord } from '../host-messages.js';
import type { MethodResult, Params } from './envelope.js';

/** Lists come in pages of 50, as on a portal. */
const PAGE_SIZE = 50;

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

type Condition = (record: HostRecord) => boolean;

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
export function statistics(records: readonly CallRecord[], params: Params): MethodResult {
  const rows = records as unknown as readonly HostRecord[];
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
