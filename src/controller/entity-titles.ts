import { dynamicTypeId } from '../model/entity-types.js';
import { bindingKey } from '../model/same-call.js';
import type { CrmBinding, HostRecord } from '../model/types.js';

/** Where one entity's title stands. `denied` (no read access, or gone) shows as its id, without an error. */
export type EntityTitleState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly title: string }
  | { readonly status: 'denied' }
  | { readonly status: 'failed'; readonly at: number };

/** Bitrix24's `batch` takes at most 50 commands. */
export const BATCH_LIMIT = 50;

/** A title that failed to load is asked again only after this long, so a dead network is not hammered. */
export const RETRY_AFTER_MS = 15_000;

/**
 * The cache keeps at least this many titles (or all of the call's, if more): the ones asked for
 * most recently. A card open all day sees three or so new entities per call.
 */
export const TITLE_CACHE_LIMIT = 200;

interface TitleSource {
  readonly command: string;
  readonly title: (result: HostRecord) => string;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const titleField = (result: HostRecord) => text(result['TITLE']);

function titleSource(binding: CrmBinding): TitleSource | null {
  const id = binding.entityId;
  switch (binding.entityType) {
    case 'CONTACT':
      return {
        command: `crm.contact.get?id=${id}`,
        title: (result) => [result['NAME'], result['SECOND_NAME'], result['LAST_NAME']].map(text).filter(Boolean).join(' '),
      };
    case 'COMPANY':
      return { command: `crm.company.get?id=${id}`, title: titleField };
    case 'LEAD':
      return { command: `crm.lead.get?id=${id}`, title: titleField };
    case 'DEAL':
      return { command: `crm.deal.get?id=${id}`, title: titleField };
    default: {
      const typeId = dynamicTypeId(binding.entityType);
      if (typeId === null) return null;
      return {
        command: `crm.item.get?entityTypeId=${typeId}&id=${id}`,
        title: (result) => text((result['item'] as HostRecord | undefined)?.['title']),
      };
    }
  }
}

function asRecord(value: unknown): HostRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as HostRecord) : {};
}

/**
 * Titles of CRM entities (contact name, company, lead and deal title, smart-process item title),
 * fetched with REST `batch` (one request per 50 entities) and cached per entity for the life of
 * the controller. Entities that failed are asked again, no sooner than {@link RETRY_AFTER_MS}.
 */
/** Calls a REST method and resolves with its `result`; the controller's, with its timeout. */
export type RestCall = (method: string, params: Record<string, unknown>) => Promise<unknown>;

export class EntityTitles {
  readonly #callMethod: RestCall;
  readonly #states = new Map<string, EntityTitleState>();
  readonly #listeners = new Set<() => void>();

  constructor(callMethod: RestCall) {
    this.#callMethod = callMethod;
  }

  get(binding: CrmBinding): EntityTitleState | undefined {
    return this.#states.get(bindingKey(binding));
  }

  /** How many titles the cache holds. */
  get size(): number {
    return this.#states.size;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts fetching the titles not known yet. Resolves when every batch has settled; never rejects. */
  async request(bindings: readonly CrmBinding[]): Promise<void> {
    const wanted = new Map<string, { binding: CrmBinding; source: TitleSource }>();
    for (const binding of bindings) {
      const key = bindingKey(binding);
      const state = this.#states.get(key);
      // The Map keeps insertion order: moving the call's own entries to the end makes the oldest evictable.
      if (state) {
        this.#states.delete(key);
        this.#states.set(key, state);
      }
      const retry = state?.status === 'failed' && Date.now() - state.at >= RETRY_AFTER_MS;
      if (wanted.has(key) || (state && !retry)) continue;
      const source = titleSource(binding);
      if (!source) this.#states.set(key, { status: 'denied' });
      else wanted.set(key, { binding, source });
    }
    for (const key of wanted.keys()) this.#states.set(key, { status: 'loading' });
    this.#evict(Math.max(TITLE_CACHE_LIMIT, bindings.length));
    if (wanted.size === 0) return;
    this.#notify();
    const entries = [...wanted];
    const batches: (typeof entries)[] = [];
    for (let start = 0; start < entries.length; start += BATCH_LIMIT) batches.push(entries.slice(start, start + BATCH_LIMIT));
    await Promise.all(batches.map((batch) => this.#fetch(batch)));
  }

  async #fetch(batch: [string, { binding: CrmBinding; source: TitleSource }][]): Promise<void> {
    const cmd: Record<string, string> = {};
    batch.forEach(([, { source }], index) => (cmd[`t${index}`] = source.command));
    let results: HostRecord = {};
    let errors: HostRecord = {};
    let failed = false;
    try {
      const data = asRecord(await this.#callMethod('batch', { halt: 0, cmd }));
      // The classic library hands over `{result, result_error, …}`; some clients unwrap one level more.
      const payload = 'result_error' in data || !('result' in asRecord(data['result'])) ? data : asRecord(data['result']);
      results = asRecord(payload['result']);
      errors = asRecord(payload['result_error']);
    } catch {
      failed = true;
    }
    batch.forEach(([key, { source }], index) => {
      const id = `t${index}`;
      const result = asRecord(results[id]);
      const title = failed ? '' : source.title(result);
      let state: EntityTitleState;
      if (title) state = { status: 'ready', title };
      else if (!failed && (id in errors || id in results)) state = { status: 'denied' };
      else state = { status: 'failed', at: Date.now() };
      this.#states.set(key, state);
    });
    this.#notify();
  }

  #evict(limit: number): void {
    for (const key of this.#states.keys()) {
      if (this.#states.size <= limit) return;
      this.#states.delete(key);
    }
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
