import type { FAILURE_CODES, SUCCESS_CODE } from '../model/failure-codes.js';
import type { CallDirection, CallState } from '../model/types.js';

/*
 * What a Bitrix24 portal sends and receives about calls, typed as the portal types it: the call
 * card's `getStatus` answer and `PLACEMENT_OPTIONS`, `telephony.externalcall.*` parameters and
 * answers, and a call's record.
 */

/** A binding as the host sends it inside `CRM_BINDINGS`. */
export interface HostBinding {
  ENTITY_TYPE: string;
  ENTITY_ID: number;
}

/** The `getStatus` answer, typed as the host types it. */
export interface HostCallStatus {
  CALL_ID: string;
  PHONE_NUMBER?: string;
  LINE_NUMBER: string;
  LINE_NAME: string;
  CRM_ENTITY_TYPE: string;
  CRM_ENTITY_ID: number;
  /** Absent until the call has an activity or its entity changes (then `''`). */
  CRM_ACTIVITY_ID?: number | '';
  CRM_BINDINGS: HostBinding[];
  CALL_DIRECTION: CallDirection;
  CALL_STATE: CallState;
  CALL_LIST_MODE: boolean;
}

/**
 * The parameters of `telephony.externalcall.register` that shape what the call card shows.
 * `TYPE`: 1 outgoing, 2 incoming, 3 incoming with redirection, 4 callback.
 */
export interface ExternalCallRegisterParams {
  PHONE_NUMBER?: string;
  TYPE?: 1 | 2 | 3 | 4;
  LINE_NUMBER?: string;
  /** Not a register parameter (the line's name comes from `telephony.externalLine.add`); set it to see a named line. */
  LINE_NAME?: string;
  CRM_ENTITY_TYPE?: string;
  CRM_ENTITY_ID?: number;
  /** `1` creates (and binds) a new lead when nothing is bound and the number is not hidden. */
  CRM_CREATE?: 0 | 1;
  /** Any value turns on call-list mode (`CALL_LIST_MODE`). */
  CALL_LIST_ID?: number;
  /** Extra CRM objects to bind besides the primary one. */
  CRM_BINDINGS?: HostBinding[];
}

/** What `telephony.externalcall.register` answers. */
export interface ExternalCallRegisterResult {
  CALL_ID: string;
  CRM_CREATED_LEAD: number | null;
  CRM_ENTITY_TYPE: string;
  CRM_ENTITY_ID: number;
}

/** A `telephony.externalcall.finish` STATUS_CODE. `200` is success. */
export type FinishStatusCode = (typeof FAILURE_CODES)[number] | typeof SUCCESS_CODE;

/** A call's record, as `voximplant.statistic.get` lists it (the fields the kit reads, and a few more). */
export interface CallRecord {
  readonly ID: string;
  readonly CALL_ID: string;
  readonly PHONE_NUMBER: string;
  readonly CALL_TYPE: string;
  /** Seconds, as a string. */
  readonly CALL_DURATION: string;
  readonly CALL_START_DATE: string;
  /** `200` for success, otherwise the finish status code. */
  readonly CALL_FAILED_CODE: string;
  readonly CALL_FAILED_REASON: string;
  readonly CRM_ENTITY_TYPE: string;
  readonly CRM_ENTITY_ID: string;
  /** The user who had the call. */
  readonly PORTAL_USER_ID: string;
  /** The line's number. */
  readonly PORTAL_NUMBER: string;
}

/**
 * An error answer in the host's shape (an object wrapped in an array). It belongs to another
 * placement (PAGE_BACKGROUND_WORKER); the simulator sends it only as the `error` command fault.
 */
export const NO_CARD_ANSWER = Object.freeze([{ result: 'error', errorCode: 'Call card is undefined' }]);

/**
 * The call card's interface as the portal lists it (`getInterface`): its commands, and its events in
 * the order the call card registers them. Each further card opened in the same portal page appends
 * the events again.
 */
export const PORTAL_CALL_CARD_INTERFACE = Object.freeze({
  command: Object.freeze(['getStatus', 'disableAutoClose', 'enableAutoClose'] as const),
  event: Object.freeze(['CallCard::EntityChanged', 'CallCard::BeforeClose', 'CallCard::CallStateChanged'] as const),
});

/**
 * Every value a string, as the handler's `PLACEMENT_OPTIONS` really arrives: JavaScript's
 * `undefined` written out (`PHONE_NUMBER`, `CRM_ACTIVITY_ID`), and an empty `CRM_BINDINGS` left out by
 * the portal's form encoding.
 */
export function toPlacementOptions(status: HostCallStatus): Record<string, unknown> {
  return {
    CALL_ID: status.CALL_ID,
    PHONE_NUMBER: String(status.PHONE_NUMBER),
    LINE_NUMBER: status.LINE_NUMBER,
    LINE_NAME: status.LINE_NAME,
    CRM_ENTITY_TYPE: status.CRM_ENTITY_TYPE,
    CRM_ENTITY_ID: String(status.CRM_ENTITY_ID),
    CRM_ACTIVITY_ID: status.CRM_ACTIVITY_ID ? String(status.CRM_ACTIVITY_ID) : 'undefined',
    ...(status.CRM_BINDINGS.length === 0
      ? {}
      : { CRM_BINDINGS: status.CRM_BINDINGS.map((binding) => ({ ENTITY_TYPE: binding.ENTITY_TYPE, ENTITY_ID: String(binding.ENTITY_ID) })) }),
    CALL_DIRECTION: status.CALL_DIRECTION,
    CALL_STATE: status.CALL_STATE,
    CALL_LIST_MODE: String(status.CALL_LIST_MODE),
  };
}

/** A date as a portal writes one: ISO 8601 in whole seconds, with the portal's offset (`2026-12-03T09:35:00+01:00`). */
export function portalDate(ms: number): string {
  const date = new Date(ms);
  const offset = -date.getTimezoneOffset();
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
}
