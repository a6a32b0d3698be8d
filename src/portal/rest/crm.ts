import type { SimulatedPortal } from '../simulated-portal.js';
import { RestError, type MethodResult, type Params } from './envelope.js';

/* `crm.<type>.get` for the four classic types, and `crm.item.get` for smart processes, over the portal's CRM. */

const CRM_GET = /^crm\.(contact|company|lead|deal)\.get$/;
const CRM_LIST = /^crm\.(contact|company|lead|deal)\.list$/;
const PAGE_SIZE = 50;

/** Answers a CRM read, or `undefined` when `method` is not one. */
export function crmMethod(portal: SimulatedPortal, method: string, params: Params): MethodResult | undefined {
  const get = CRM_GET.exec(method);
  if (get) return { result: crmRecord(portal, `${get[1]!.toUpperCase()}:${requiredId(params['id'] ?? params['ID'])}`) };
  const list = CRM_LIST.exec(method);
  if (list) return crmList(portal, list[1]!.toUpperCase(), params);
  if (method !== 'crm.item.get') return undefined;
  const typeId = requiredId(params['entityTypeId']);
  return { result: { item: crmRecord(portal, `DYNAMIC_${typeId}:${requiredId(params['id'])}`) } };
}

/**
 * `crm.<type>.list`: the records the user may read, oldest first, 50 a page from `start`; `filter`
 * by `ID` or `PHONE` (what a telephony backend looks records up by).
 */
function crmList(portal: SimulatedPortal, type: string, params: Params): MethodResult {
  const filter = (params['filter'] ?? params['FILTER'] ?? {}) as Record<string, unknown>;
  const wantedId = filter['ID'] ?? filter['=ID'];
  const wantedPhone = filter['PHONE'] ?? filter['=PHONE'];
  const byPhone = wantedPhone === undefined ? undefined : new Set(portal.crm.findAllByPhone(String(wantedPhone)).filter((found) => found.entityType === type).map((found) => found.entityId));
  const rows = portal.crm
    .list(type)
    .filter(({ id }) => (wantedId === undefined || String(id) === String(wantedId)) && (byPhone === undefined || byPhone.has(id)))
    .map(({ record }) => record);
  const start = Math.max(0, Number.parseInt(String(params['start'] ?? 0), 10) || 0);
  const page = rows.slice(start, start + PAGE_SIZE);
  return { result: page, total: rows.length, ...(start + PAGE_SIZE < rows.length ? { next: start + PAGE_SIZE } : {}) };
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
