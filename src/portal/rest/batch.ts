import { RestError, timing, type MethodResult, type Params } from './envelope.js';
import { parsePhpQuery } from './php-query.js';

const BATCH_LIMIT = 50;

/** `batch`: up to 50 `method?query` commands; `$result[key][field]` refers to an earlier answer; `halt=1` stops at the first error. */
export function batch(params: Params, callMethod: (method: string, params: Params) => MethodResult) {
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
      const answer = callMethod(method, parsePhpQuery(question < 0 ? '' : text.slice(question + 1)));
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
  // PHP encodes an empty array as [], whichever way the commands were keyed.
  const shaped = (map: Record<string, unknown>) => (list || Object.keys(map).length === 0 ? Object.values(map) : map);
  return { result: shaped(result), result_error: shaped(errors), result_total: shaped(totals), result_next: shaped(nexts), result_time: shaped(times) };
}

/** The value `$result[key][a][b]` names, as text to put into a query. */
function referenced(value: unknown, path: string): string {
  let current = value;
  for (const [, step] of path.matchAll(/\[([^\]]*)\]/g)) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[step!] : undefined;
  return current === undefined || current === null || typeof current === 'object' ? '' : encodeURIComponent(String(current));
}
