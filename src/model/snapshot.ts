import type { CallCardErrorInfo } from './errors.js';
import { EMPTY_CALL, type CallInfo, type NormalizeProblem } from './types.js';

/**
 * - `connecting`: waiting for the host library; the call may already be known from the options;
 * - `ready`: the host answered `getStatus`;
 * - `error`: the kit cannot work with this host (see `error`);
 * - `closing`: the card announced a close it will not block.
 */
export type ControllerStatus = 'connecting' | 'ready' | 'error' | 'closing';

/** One immutable picture of the call card. A change makes a new snapshot; none is ever mutated. */
export interface CallCardSnapshot {
  readonly status: ControllerStatus;
  readonly call: CallInfo;
  /** When the current call connected (ms since epoch, this page's clock), or `null`. */
  readonly connectedAt: number | null;
  /** When the current call ended after connecting or ringing, or `null`. */
  readonly endedAt: number | null;
  /** What the kit asked of the host: `true` keeps the card open after the call. Optimistic while pending. */
  readonly keepOpen: boolean;
  /** `true` while a keep-open command awaits the host's answer. */
  readonly keepOpenPending: boolean;
  /** `true` while work passed to `keepOpenWhile` keeps the card open; `keepOpen` is then `true` whatever the operator chose. */
  readonly keepOpenHeld: boolean;
  /** The last error, or `null`. Fatal when `status` is `error`. */
  readonly error: CallCardErrorInfo | null;
  /** What the normalizer fixed in the last host payload. */
  readonly problems: readonly NormalizeProblem[];
  /** The host's UI language, a Bitrix24 code. */
  readonly lang: string;
}

export const INITIAL_SNAPSHOT: CallCardSnapshot = Object.freeze({
  status: 'connecting',
  call: EMPTY_CALL,
  connectedAt: null,
  endedAt: null,
  keepOpen: false,
  keepOpenPending: false,
  keepOpenHeld: false,
  error: null,
  problems: Object.freeze([]),
  lang: '',
});

const LIVE_STATES = new Set(['connecting', 'connected']);

/**
 * The call-card state machine: a new call restarts the timer; `connected` starts it;
 * `idle` after ringing or talking ends the call.
 */
export function withCall(snapshot: CallCardSnapshot, call: CallInfo, at: number): CallCardSnapshot {
  const previous = snapshot.call;
  const isNewCall = call.callId !== previous.callId;
  const wasConnected = !isNewCall && previous.state === 'connected';
  let connectedAt = isNewCall ? null : snapshot.connectedAt;
  let endedAt = isNewCall ? null : snapshot.endedAt;
  if (call.state === 'connected') {
    if (!wasConnected || connectedAt === null) connectedAt = at;
    endedAt = null;
  } else if (LIVE_STATES.has(call.state)) {
    endedAt = null;
  } else if (call.state === 'idle' && !isNewCall && LIVE_STATES.has(previous.state)) {
    endedAt = at;
  }
  const reopened = snapshot.status === 'closing' && (isNewCall || LIVE_STATES.has(call.state));
  return Object.freeze({ ...snapshot, call, connectedAt, endedAt, ...(reopened ? { status: 'ready' as const } : {}) });
}

export function withChanges(snapshot: CallCardSnapshot, changes: Partial<CallCardSnapshot>): CallCardSnapshot {
  return Object.freeze({ ...snapshot, ...changes });
}
