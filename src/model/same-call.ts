import type { CallInfo, CrmBinding } from './types.js';

/** One key per CRM entity: `CONTACT:17`. */
export function bindingKey(binding: CrmBinding): string {
  return `${binding.entityType}:${binding.entityId}`;
}

export function sameEntity(a: CrmBinding | null, b: CrmBinding | null): boolean {
  return a === b || (a !== null && b !== null && a.entityType === b.entityType && a.entityId === b.entityId);
}

export function sameBindings(a: readonly CrmBinding[], b: readonly CrmBinding[]): boolean {
  return a === b || (a.length === b.length && a.every((binding, index) => sameEntity(binding, b[index] ?? null)));
}

/** `true` when two calls would look the same: a refresh that changes nothing needs no new snapshot. */
export function sameCall(a: CallInfo, b: CallInfo): boolean {
  return (
    a === b ||
    (a.callId === b.callId &&
      a.phoneNumber === b.phoneNumber &&
      a.phoneNumberKind === b.phoneNumberKind &&
      a.lineNumber === b.lineNumber &&
      a.lineName === b.lineName &&
      a.crmActivityId === b.crmActivityId &&
      a.direction === b.direction &&
      a.state === b.state &&
      a.callListMode === b.callListMode &&
      a.failedCode === b.failedCode &&
      sameEntity(a.entity, b.entity) &&
      sameBindings(a.bindings, b.bindings))
  );
}
