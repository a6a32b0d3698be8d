import type { SimulatedPortal } from '../simulated-portal.js';
import { RestError, type MethodResult, type Params } from './envelope.js';

/* `crm.<type>.get` for the four classic types, and `crm.item.get` for smart processes, over the portal's CRM. */

const CRM_GET = /^crm\.(contact|company|lead|deal)\.get$/;

/** Answers a CRM read, or `undefined` when `method` is not one. */
export function crmMethod(portal: SimulatedPortal, method: string, params: Params): MethodResult | undefined {
  const get = CRM_GET.exec(method);
  if (get) return { result: crmRecord(portal, `${get[1]!.toUpperCase()}:${requiredId(params['id'] ?? params['ID'])}`) };
  if (method !== 'crm.item.get') return undefined;
  const typeId = requiredId(params['entityTypeId']);
  return { result: { item: crmRecord(portal, `DYNAMIC_${typeId}:${requiredId(params['id'])}`) } };
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
