// The state a hand-written widget keeps: parsed from PLACEMENT_OPTIONS, then patched from the
// host's events. What a competent developer writes without the kit (no normalizer, no refreshes).
import type { PlacementConnection } from '../../../src/connection/placement-connection.js';

export interface Binding {
  readonly key: string;
  readonly type: string;
  readonly id: number;
}

export interface CallView {
  readonly state: string;
  readonly direction: string;
  readonly phone: string;
  readonly line: string;
  readonly primary: string | null;
  readonly bindings: readonly Binding[];
  readonly keepOpen: boolean;
  /** When the call was answered (the timer's start), or `null` before that. */
  readonly connectedAt: number | null;
}

type Raw = Record<string, unknown>;

const TYPE_PATH: Record<string, string> = { CONTACT: 'contact', COMPANY: 'company', LEAD: 'lead', DEAL: 'deal' };

export function href(binding: Binding): string {
  return `https://example.bitrix24.com/crm/${TYPE_PATH[binding.type] ?? 'type'}/details/${binding.id}/`;
}

function binding(type: unknown, id: unknown): Binding | null {
  const number = Number(id);
  return typeof type === 'string' && type && number > 0 ? { key: `${type}:${number}`, type, id: number } : null;
}

function fromOptions(raw: Raw): CallView {
  const primary = binding(raw['CRM_ENTITY_TYPE'], raw['CRM_ENTITY_ID']);
  const list = Array.isArray(raw['CRM_BINDINGS']) ? (raw['CRM_BINDINGS'] as Raw[]).map((item) => binding(item['ENTITY_TYPE'], item['ENTITY_ID'])).filter((item): item is Binding => item !== null) : [];
  return {
    state: String(raw['CALL_STATE'] ?? 'idle'),
    direction: raw['CALL_DIRECTION'] === 'outcoming' ? 'outgoing' : String(raw['CALL_DIRECTION'] ?? 'incoming'),
    phone: typeof raw['PHONE_NUMBER'] === 'string' && raw['PHONE_NUMBER'] !== 'hidden' ? raw['PHONE_NUMBER'] : '',
    line: String(raw['LINE_NAME'] || raw['LINE_NUMBER'] || ''),
    primary: primary?.key ?? null,
    bindings: primary && !list.some((item) => item.key === primary.key) ? [primary, ...list] : list,
    keepOpen: false,
    connectedAt: raw['CALL_STATE'] === 'connected' ? Date.now() : null,
  };
}

/** A tiny store: the view plus subscribers. Events replace it with a new object. */
export function createCallStore(connection: PlacementConnection) {
  let view = fromOptions((connection.options ?? {}) as Raw);
  let version = 0;
  const listeners = new Set<() => void>();
  const set = (next: CallView) => {
    view = next;
    version += 1;
    for (const listener of listeners) listener();
  };
  const unbind = [
    connection.bindEvent('CallCard::CallStateChanged', (value) => {
      const state = String(value);
      const answered = state === 'connected' && view.state !== 'connected';
      set({ ...view, state, connectedAt: answered ? Date.now() : view.connectedAt });
    }),
    connection.bindEvent('CallCard::EntityChanged', (payload) => {
      const raw = payload as Raw;
      const primary = binding(raw['CRM_ENTITY_TYPE'], raw['CRM_ENTITY_ID']);
      const bindings = primary ? [primary, ...view.bindings.filter((item) => item.key !== primary.key)] : view.bindings;
      set({ ...view, primary: primary?.key ?? null, bindings, phone: raw['PHONE_NUMBER'] === 'unknown' ? view.phone : String(raw['PHONE_NUMBER'] ?? view.phone) });
    }),
  ];
  return {
    get: () => view,
    version: () => version,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toggleKeepOpen() {
      const next = !view.keepOpen;
      set({ ...view, keepOpen: next });
      void connection.call(next ? 'disableAutoClose' : 'enableAutoClose', {});
    },
    dispose() {
      for (const off of unbind) off();
      listeners.clear();
    },
  };
}

export type CallStore = ReturnType<typeof createCallStore>;
