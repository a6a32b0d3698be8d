import type { CallCardSnapshot } from './snapshot.js';

/**
 * What the operator sees at a glance. `ended` and `failed` need history: `idle` after ringing or
 * talking; `idle` with no history is simply `idle`.
 */
export type CallPhase = 'idle' | 'ringing' | 'calling' | 'connected' | 'ended' | 'failed';

export function callPhase(snapshot: Pick<CallCardSnapshot, 'call' | 'endedAt'>): CallPhase {
  const { state, direction, failedCode } = snapshot.call;
  if (state === 'connected') return 'connected';
  if (state === 'connecting') return direction === 'outgoing' ? 'calling' : 'ringing';
  if (snapshot.endedAt !== null) return failedCode ? 'failed' : 'ended';
  return 'idle';
}
