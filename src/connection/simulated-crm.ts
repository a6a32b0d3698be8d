/**
 * A tiny in-memory CRM behind the simulator's `callMethod`: enough REST for `<b24-crm-bindings
 * resolve-titles>` (`crm.<type>.get`, `crm.item.get` and `batch`). Records are keyed `TYPE:ID`;
 * a record `null` stands for an entity the user may not read.
 */
export type SimulatedCrmRecords = Readonly<Record<string, Readonly<Record<string, unknown>> | null>>;

export const DEMO_CRM: SimulatedCrmRecords = Object.freeze({
  'CONTACT:17': { ID: '17', NAME: 'Anna', LAST_NAME: 'Schmidt' },
  'COMPANY:5': { ID: '5', TITLE: 'Nordlicht GmbH' },
  'DEAL:42': { ID: '42', TITLE: 'Annual support contract' },
  'LEAD:31': { ID: '31', TITLE: 'Website enquiry' },
  'DEAL:4615': null,
});

const GET_METHOD = /^crm\.(contact|company|lead|deal)\.get$/;

export class SimulatedCrm {
  readonly #records: SimulatedCrmRecords;

  constructor(records: SimulatedCrmRecords = DEMO_CRM) {
    this.#records = records;
  }

  /** Answers like REST: `{result}` on success, `{error, error_description}` otherwise. */
  call(method: string, params: Readonly<Record<string, unknown>>): { result: unknown } | { error: string; error_description: string } {
    if (method === 'batch') return { result: this.#batch(params['cmd']) };
    const get = GET_METHOD.exec(method);
    if (get) return this.#record(`${get[1]!.toUpperCase()}:${String(params['id'])}`, (record) => record);
    if (method === 'crm.item.get') {
      return this.#record(`DYNAMIC_${String(params['entityTypeId'])}:${String(params['id'])}`, (record) => ({ item: record }));
    }
    return { error: 'ERROR_METHOD_NOT_FOUND', error_description: `Method ${method} is not in the simulator's CRM.` };
  }

  #record(key: string, shape: (record: Readonly<Record<string, unknown>>) => unknown) {
    const record = this.#records[key];
    if (record === null) return { error: 'ACCESS_DENIED', error_description: 'Access denied.' };
    if (!record) return { error: 'NOT_FOUND', error_description: `${key} was not found.` };
    return { result: shape(record) };
  }

  #batch(commands: unknown) {
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    for (const [key, command] of Object.entries((commands ?? {}) as Record<string, string>)) {
      const [method = '', query = ''] = String(command).split('?');
      const answer = this.call(method, Object.fromEntries(new URLSearchParams(query)));
      if ('result' in answer) result[key] = answer.result;
      else errors[key] = answer;
    }
    return { result, result_error: errors };
  }
}
