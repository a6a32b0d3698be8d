import type { CrmEntityType } from './types.js';

/** Bitrix24's numeric CRM type ids (`entityTypeId`) of the named types; smart processes are 128 and up. */
const TYPE_NAME_BY_ID: Readonly<Record<number, CrmEntityType>> = {
  1: 'LEAD',
  2: 'DEAL',
  3: 'CONTACT',
  4: 'COMPANY',
  7: 'QUOTE',
  31: 'SMART_INVOICE',
};

const FIRST_DYNAMIC_TYPE_ID = 128;

/** `DYNAMIC_<n>` → n, for smart-process types. */
export function dynamicTypeId(entityType: string): number | null {
  const match = /^DYNAMIC_(\d+)$/.exec(entityType);
  return match ? Number(match[1]) : null;
}

/** An old doc typed CRM_ENTITY_TYPE as an integer: map such ids to the names the host sends today. */
export function entityTypeFromId(id: number): CrmEntityType | null {
  if (TYPE_NAME_BY_ID[id]) return TYPE_NAME_BY_ID[id];
  return id >= FIRST_DYNAMIC_TYPE_ID ? `DYNAMIC_${id}` : null;
}
