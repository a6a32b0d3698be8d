import type { CrmEntityType } from './types.js';

/** Bitrix24's numeric CRM type ids (`entityTypeId`) of the named types; smart processes are 128 and up. */
const TYPE_NAME_BY_ID: ReadonlyMap<number, CrmEntityType> = new Map([
  [1, 'LEAD'],
  [2, 'DEAL'],
  [3, 'CONTACT'],
  [4, 'COMPANY'],
  [7, 'QUOTE'],
  [31, 'SMART_INVOICE'],
]);

const FIRST_DYNAMIC_TYPE_ID = 128;

/** `DYNAMIC_<n>` → n, for smart-process types; `null` for anything else, or an n beyond safe integers. */
export function dynamicTypeId(entityType: string): number | null {
  const match = /^DYNAMIC_(\d{1,16})$/.exec(entityType);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** An old doc typed CRM_ENTITY_TYPE as an integer: map such ids to the names the host sends today. */
export function entityTypeFromId(id: number): CrmEntityType | null {
  return TYPE_NAME_BY_ID.get(id) ?? (Number.isSafeInteger(id) && id >= FIRST_DYNAMIC_TYPE_ID ? `DYNAMIC_${id}` : null);
}
