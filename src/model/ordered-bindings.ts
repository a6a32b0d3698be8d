import type { CallInfo, CrmBinding } from './types.js';

export interface OrderedBinding {
  readonly key: string;
  readonly binding: CrmBinding;
  readonly primary: boolean;
}

export function bindingKey(binding: CrmBinding): string {
  return `${binding.entityType}:${binding.entityId}`;
}

/** The primary entity first, then the rest of `CRM_BINDINGS`, without duplicates. */
export function orderedBindings(call: Pick<CallInfo, 'entity' | 'bindings'>): OrderedBinding[] {
  const seen = new Set<string>();
  const ordered: OrderedBinding[] = [];
  const add = (binding: CrmBinding, primary: boolean) => {
    const key = bindingKey(binding);
    if (seen.has(key)) return;
    seen.add(key);
    ordered.push({ key, binding, primary });
  };
  if (call.entity) add(call.entity, true);
  for (const binding of call.bindings) add(binding, false);
  return ordered;
}
