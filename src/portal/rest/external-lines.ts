import type { SimulatedPortal } from '../simulated-portal.js';
import { RestError, type Params } from './envelope.js';
import type { RestCaller } from './answer-rest.js';
import { appOnly } from './placements.js';

/* `telephony.externalLine.*`: the app's own lines (a webhook has no app, and gets WRONG_AUTH_TYPE). */

function lineNumber(params: Params): string {
  const number = String(params['NUMBER'] ?? '').trim();
  if (!number) throw new RestError(400, 'ERROR_ARGUMENT', 'NUMBER is empty');
  return number;
}

const autoCreate = (value: unknown, fallback: 'Y' | 'N'): 'Y' | 'N' => (value === undefined ? fallback : ['N', 'n', '0', 'false'].includes(String(value)) ? 'N' : 'Y');

export function externalLineMethod(portal: SimulatedPortal, method: string, params: Params, caller: RestCaller): unknown {
  appOnly(caller);
  const lines = portal.externalLines;
  if (method === 'telephony.externalline.get') return lines.map(({ NUMBER, NAME, CRM_AUTO_CREATE }) => ({ NUMBER, NAME, CRM_AUTO_CREATE }));
  const number = lineNumber(params);
  const line = lines.find((candidate) => candidate.NUMBER === number);
  switch (method) {
    case 'telephony.externalline.add': {
      if (line) return { ID: line.ID };
      const ID = Math.max(0, ...lines.map((candidate) => candidate.ID)) + 1;
      lines.push({ ID, NUMBER: number, NAME: String(params['NAME'] ?? ''), CRM_AUTO_CREATE: autoCreate(params['CRM_AUTO_CREATE'], 'Y') });
      return { ID };
    }
    case 'telephony.externalline.update':
      if (!line) throw new RestError(400, 'NOT_FOUND', 'Line is not found');
      if (params['NAME'] !== undefined) line.NAME = String(params['NAME']);
      line.CRM_AUTO_CREATE = autoCreate(params['CRM_AUTO_CREATE'], line.CRM_AUTO_CREATE);
      return { ID: line.ID };
    default:
      if (line) lines.splice(lines.indexOf(line), 1);
      return null;
  }
}
