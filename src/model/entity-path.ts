import { dynamicTypeId } from './entity-types.js';
import { isPositiveInteger } from './positive-integer.js';
import type { CrmEntityType } from './types.js';

const CLASSIC_TYPES: ReadonlyMap<string, string> = new Map([
  ['LEAD', 'lead'],
  ['DEAL', 'deal'],
  ['CONTACT', 'contact'],
  ['COMPANY', 'company'],
]);

/** Smart invoices are a smart process with the fixed `entityTypeId` 31. */
const SMART_INVOICE_TYPE_ID = 31;

/**
 * The portal path of a CRM entity's detail page, or `null` when there is none:
 * `/crm/<lead|deal|contact|company>/details/<id>/` and `/crm/type/<n>/details/<id>/` for smart processes.
 * Only a positive integer id yields a path, so host data can never inject into the URL.
 */
export function entityPath(entityType: CrmEntityType, entityId: number): string | null {
  if (!isPositiveInteger(entityId)) return null;
  const classic = CLASSIC_TYPES.get(entityType);
  if (classic) return `/crm/${classic}/details/${entityId}/`;
  const typeId = entityType === 'SMART_INVOICE' ? SMART_INVOICE_TYPE_ID : dynamicTypeId(entityType);
  return typeId === null ? null : `/crm/type/${typeId}/details/${entityId}/`;
}
