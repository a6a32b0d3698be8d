import { SUCCESS_CODE } from '../model/failure-codes.js';
import type { CallDirection, CallState } from '../model/types.js';
import { portalDate, type CallRecord, type ExternalCallRegisterParams, type HostBinding, type HostCallStatus } from './host-messages.js';
import type { SimulatedCrm } from './simulated-crm.js';

/* How a portal makes an external call (`telephony.externalcall.register`) and writes its record. */

const DIRECTION_BY_TYPE: Readonly<Record<number, CallDirection>> = {
  1: 'outgoing',
  2: 'incoming',
  3: 'incomingTransfer',
  4: 'callback',
};

let lastId = 0;
function nextCallId(): string {
  lastId += 1;
  const hex = (Date.now() * 1000 + lastId).toString(16).padStart(32, '0').slice(-32);
  return `externalCall.${hex}.${Math.floor(Date.now() / 1000)}`;
}

/**
 * A call as `telephony.externalcall.register` makes it: a new CALL_ID, the CRM entity given, else
 * the client with this number, else (with `CRM_CREATE=1`) a new lead. Parameters may come as REST
 * strings (`TYPE: '2'`).
 */
export function registerExternalCall(params: ExternalCallRegisterParams, crm: SimulatedCrm, state: CallState = 'connecting'): { status: HostCallStatus; createdLead: number | null } {
  const type = Number(params.TYPE ?? 2);
  const direction = DIRECTION_BY_TYPE[type];
  if (!direction) throw new RangeError(`TYPE must be 1 (outgoing), 2 (incoming), 3 (incoming transfer) or 4 (callback), got ${String(type)}`);
  let entityType = params.CRM_ENTITY_TYPE ?? '';
  let entityId = Number(params.CRM_ENTITY_ID ?? 0);
  let createdLead: number | null = null;
  const phone = params.PHONE_NUMBER;
  const known = !entityType && phone ? crm.findByPhone(phone) : undefined;
  if (known) ({ entityType, entityId } = known);
  else if (!entityType && Number(params.CRM_CREATE) === 1 && phone && phone !== 'hidden') {
    createdLead = crm.addLead(phone, `${phone} - ${type === 1 ? 'Outgoing' : 'Incoming'} call`);
    entityType = 'LEAD';
    entityId = createdLead;
  }
  const bindings: HostBinding[] = [];
  const seen = new Set<string>();
  for (const binding of [...(entityType ? [{ ENTITY_TYPE: entityType, ENTITY_ID: entityId }] : []), ...(params.CRM_BINDINGS ?? [])]) {
    const key = `${binding.ENTITY_TYPE}:${binding.ENTITY_ID}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bindings.push({ ...binding });
  }
  const status: HostCallStatus = {
    CALL_ID: nextCallId(),
    LINE_NUMBER: params.LINE_NUMBER ?? '',
    LINE_NAME: params.LINE_NAME ?? '',
    CRM_ENTITY_TYPE: entityType,
    CRM_ENTITY_ID: entityId,
    CRM_BINDINGS: bindings,
    CALL_DIRECTION: direction,
    CALL_STATE: state,
    CALL_LIST_MODE: params.CALL_LIST_ID !== undefined,
  };
  if (phone) status.PHONE_NUMBER = phone;
  return { status, createdLead };
}

/** The details of an ended call that go into its record. */
export interface EndedCall {
  readonly status: HostCallStatus;
  readonly statusCode: string;
  readonly durationSeconds: number;
  readonly startedAt: number;
  readonly userId: number;
}

/** A call's record, numbered after the ones in `records`. */
export function callRecord(records: readonly CallRecord[], call: EndedCall): CallRecord {
  const { status, statusCode } = call;
  return {
    ID: String(records.length + 1),
    CALL_ID: status.CALL_ID,
    PHONE_NUMBER: status.PHONE_NUMBER ?? '',
    CALL_TYPE: String(Object.entries(DIRECTION_BY_TYPE).find(([, direction]) => direction === status.CALL_DIRECTION)?.[0] ?? 1),
    CALL_DURATION: String(call.durationSeconds),
    CALL_START_DATE: portalDate(call.startedAt),
    CALL_FAILED_CODE: statusCode,
    CALL_FAILED_REASON: statusCode === SUCCESS_CODE ? 'Success call' : `Finished with ${statusCode}`,
    CRM_ENTITY_TYPE: status.CRM_ENTITY_TYPE,
    CRM_ENTITY_ID: String(status.CRM_ENTITY_ID),
    PORTAL_USER_ID: String(call.userId),
    PORTAL_NUMBER: status.LINE_NUMBER,
  };
}
