import { bindingKey } from './same-call.js';
import type { CallInfo, CrmBinding } from './types.js';

export interface OrderedBinding {
  readonly key: string;
  readonly binding: CrmBinding;
  readonly primary: boolean;
}

export interface PinnedBindings {
  /** The primary entity, shown first. */
  readonly pinned: OrderedBinding | null;
  /**
   * `CRM_BINDINGS` in the host's order, without duplicates. The primary entity keeps its place
   * here too, flagged `primary`, so that a new primary changes two flags instead of the order.
   */
  readonly listed: readonly OrderedBinding[];
}

/** The same entries as {@link orderedBindings}, for a list that pins the primary entity on top. */
export function pinnedBindings(call: Pick<CallInfo, 'entity' | 'bindings'>): PinnedBindings {
  const pinned = call.entity ? { key: bindingKey(call.entity), binding: call.entity, primary: true } : null;
  const seen = new Set<string>();
  const listed: OrderedBinding[] = [];
  for (const binding of call.bindings) {
    const key = bindingKey(binding);
    if (seen.has(key)) continue;
    seen.add(key);
    listed.push({ key, binding, primary: key === pinned?.key });
  }
  return { pinned, listed };
}

/** The entries of a pinned list, each once: the pinned primary entity, then the rest in the host's order. */
export function allEntries({ pinned, listed }: PinnedBindings): OrderedBinding[] {
  return pinned ? [pinned, ...listed.filter((entry) => !entry.primary)] : [...listed];
}

/** The primary entity first, then the rest of `CRM_BINDINGS`, without duplicates. */
export function orderedBindings(call: Pick<CallInfo, 'entity' | 'bindings'>): OrderedBinding[] {
  return allEntries(pinnedBindings(call));
}

/** What a list limited to `limit` entries besides the pinned one shows. */
export interface LimitedListing {
  /** Show `listed.slice(0, end)`. */
  readonly end: number;
  /** Entries (the primary's own place not counted) past the limit. */
  readonly more: number;
}

/** Where `listed` is cut for a list that shows at most `limit` entries besides the pinned one; `limit` 0 shows all. */
export function limitListed(listed: readonly OrderedBinding[], limit: number): LimitedListing {
  if (limit <= 0) return { end: listed.length, more: 0 };
  let shown = 0;
  let end = 0;
  while (end < listed.length && shown < limit) if (!listed[end++]!.primary) shown += 1;
  let more = 0;
  for (let index = end; index < listed.length; index += 1) if (!listed[index]!.primary) more += 1;
  return { end, more };
}
