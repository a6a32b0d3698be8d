/** An object as the host or the portal's REST sends it, read field by field. */
export type HostRecord = Readonly<Record<string, unknown>>;

/** The phase of the call as the host reports it in `CALL_STATE`. */
export type CallState = 'idle' | 'connecting' | 'connected';

/** The direction of the call (`CALL_DIRECTION`). Old docs spell `outgoing` as `outcoming`; the normalizer maps it. */
export type CallDirection = 'incoming' | 'outgoing' | 'incomingTransfer' | 'callback';

/**
 * A CRM entity type name as Bitrix24 sends it: the four classic types, a smart process
 * (`DYNAMIC_<entityTypeId>`) or any other string (kept as sent).
 */
export type CrmEntityType = 'LEAD' | 'DEAL' | 'CONTACT' | 'COMPANY' | `DYNAMIC_${number}` | (string & {});

/** One CRM object the call is linked to. */
export interface CrmBinding {
  readonly entityType: CrmEntityType;
  readonly entityId: number;
}

/** How the client's number is known: shown as digits, hidden by the caller, or not known at all. */
export type PhoneNumberKind = 'shown' | 'hidden' | 'unknown';

/**
 * The normalized call, whatever the host sent. Every field has a defined value: host quirks
 * (`"undefined"`, `"0"`, `""`, all-string options) never leak through.
 */
export interface CallInfo {
  readonly callId: string;
  /** The digits when `phoneNumberKind` is `shown`, otherwise `''`. */
  readonly phoneNumber: string;
  readonly phoneNumberKind: PhoneNumberKind;
  readonly lineNumber: string;
  readonly lineName: string;
  /** The primary CRM entity (`CRM_ENTITY_TYPE`/`CRM_ENTITY_ID`), or `null` when the call is unbound. */
  readonly entity: CrmBinding | null;
  /** The CRM activity created for the call, or `null` when there is none. */
  readonly crmActivityId: number | null;
  /** Every CRM object the call is linked to (`CRM_BINDINGS`), deduplicated, in host order. */
  readonly bindings: readonly CrmBinding[];
  /** A known direction, or the raw string when the host sent something unknown (flagged as a problem). */
  readonly direction: CallDirection | (string & {});
  /** A known state, or the raw string when the host sent something unknown (flagged as a problem). */
  readonly state: CallState | (string & {});
  readonly callListMode: boolean;
  /** The `telephony.externalcall.finish` status code of a call that ended badly, or `null`. */
  readonly failedCode: string | null;
}

/** Something the normalizer had to fix, drop or default. `field` is the host's key name. */
export interface NormalizeProblem {
  readonly field: string;
  readonly code: 'malformed' | 'wrong-type' | 'unknown-value' | 'missing' | 'truncated';
  /** For the developer, in English; docs/errors.md lists each (and the drop-in's short form). */
  readonly message: string;
}

export interface NormalizeResult {
  readonly call: CallInfo;
  readonly problems: readonly NormalizeProblem[];
}

export const CALL_STATES: readonly CallState[] = ['idle', 'connecting', 'connected'];
export const CALL_DIRECTIONS: readonly CallDirection[] = ['incoming', 'outgoing', 'incomingTransfer', 'callback'];

export const EMPTY_CALL: CallInfo = Object.freeze({
  callId: '',
  phoneNumber: '',
  phoneNumberKind: 'unknown',
  lineNumber: '',
  lineName: '',
  entity: null,
  crmActivityId: null,
  bindings: Object.freeze([]) as readonly CrmBinding[],
  direction: 'incoming',
  state: 'idle',
  callListMode: false,
  failedCode: null,
});
