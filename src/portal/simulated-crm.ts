import type { HostRecord } from '../model/types.js';

/**
 * A tiny in-memory CRM for the simulated portal: records keyed `TYPE:ID` (`DYNAMIC_<entityTypeId>:ID`
 * for smart processes), a record `null` for an entity the user may not read. The portal's REST
 * reads it (`crm.<type>.get`, `crm.item.get`), and `telephony.externalcall.register` finds a client
 * by number in it and adds leads to it.
 */
export type SimulatedCrmRecords = Readonly<Record<string, HostRecord | null>>;

export const DEMO_CRM: SimulatedCrmRecords = Object.freeze({
  'CONTACT:17': { ID: '17', NAME: 'Anna', LAST_NAME: 'Schmidt', PHONE: [{ ID: '1', VALUE_TYPE: 'WORK', VALUE: '+4930123456', TYPE_ID: 'PHONE' }] },
  'COMPANY:5': { ID: '5', TITLE: 'Nordlicht GmbH', PHONE: [{ ID: '2', VALUE_TYPE: 'WORK', VALUE: '+4930555000', TYPE_ID: 'PHONE' }] },
  'DEAL:42': { ID: '42', TITLE: 'Annual support contract' },
  'LEAD:31': { ID: '31', TITLE: 'Website enquiry' },
  'DEAL:4615': null,
});

/** A CRM entity a call can be bound to. */
export interface CrmEntityRef {
  readonly entityType: string;
  readonly entityId: number;
}

/** The order a portal searches a number in: contacts, then companies, then leads. */
const PHONE_SEARCH_ORDER = ['CONTACT', 'COMPANY', 'LEAD'];

/** Digits only, so `+49 30 123-456` and `4930123456` are the same number. */
const digits = (phone: string) => phone.replace(/\D/g, '');

export class SimulatedCrm {
  readonly #records: Map<string, HostRecord | null>;
  #nextId = 1000;

  constructor(records: SimulatedCrmRecords = DEMO_CRM) {
    this.#records = new Map(Object.entries(records));
  }

  /** The record at `TYPE:ID`: `null` when the user may not read it, `undefined` when there is none. */
  get(key: string): HostRecord | null | undefined {
    const record = this.#records.get(key);
    return record === undefined || record === null ? record : structuredClone(record);
  }

  /** Every record, keyed `TYPE:ID`, to save the CRM and make it again with `new SimulatedCrm(records)`. */
  toJSON(): Record<string, HostRecord | null> {
    return structuredClone(Object.fromEntries(this.#records));
  }

  /** The first contact, company or lead with this number, as a portal's search finds it. */
  findByPhone(phone: string): CrmEntityRef | undefined {
    const [first] = this.findAllByPhone(phone);
    return first && { entityType: first.entityType, entityId: first.entityId };
  }

  /** The readable records of one type (`LEAD`), oldest (lowest id) first. */
  list(type: string): { id: number; record: HostRecord }[] {
    const rows: { id: number; record: HostRecord }[] = [];
    for (const [key, record] of this.#records) if (record && key.startsWith(`${type}:`)) rows.push({ id: Number(key.slice(type.length + 1)), record: structuredClone(record) });
    return rows.sort((a, b) => a.id - b.id);
  }

  /** Every contact, company and lead with this number, with the name a portal shows for it. */
  findAllByPhone(phone: string): (CrmEntityRef & { readonly name: string })[] {
    const wanted = digits(phone);
    if (!wanted) return [];
    const found: (CrmEntityRef & { name: string })[] = [];
    for (const type of PHONE_SEARCH_ORDER) {
      for (const [key, record] of this.#records) {
        if (!record || !key.startsWith(`${type}:`)) continue;
        const phones = Array.isArray(record['PHONE']) ? (record['PHONE'] as { VALUE?: unknown }[]) : [];
        if (!phones.some((entry) => digits(String(entry.VALUE ?? '')) === wanted)) continue;
        const name = type === 'CONTACT' ? [record['NAME'], record['LAST_NAME']].filter(Boolean).join(' ') : String(record['TITLE'] ?? '');
        found.push({ entityType: type, entityId: Number(key.slice(type.length + 1)), name });
      }
    }
    return found;
  }

  /** Adds a lead, as `CRM_CREATE=1` does for an unknown number; returns its id. */
  addLead(phone: string, title: string): number {
    while (this.#records.has(`LEAD:${this.#nextId}`)) this.#nextId += 1;
    const id = this.#nextId++;
    this.#records.set(`LEAD:${id}`, { ID: String(id), TITLE: title, PHONE: [{ ID: String(id), VALUE_TYPE: 'WORK', VALUE: phone, TYPE_ID: 'PHONE' }] });
    return id;
  }
}
