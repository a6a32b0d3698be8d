// What every build shows, worded and drawn like the kit: phase, direction, a binding's icon,
// its type's label, its id and a "Main" badge.
export const PHASE_LABEL: Record<string, string> = { idle: 'No active call', ringing: 'Ringing…', calling: 'Calling…', connected: 'Connected' };
export const DIRECTION_LABEL: Record<string, string> = { incoming: 'Incoming call', outgoing: 'Outgoing call' };
export const TYPE_LABEL: Record<string, string> = { CONTACT: 'Contact', COMPANY: 'Company', LEAD: 'Lead', DEAL: 'Deal' };
export const ICON_PATH: Record<string, string> = {
  incoming: 'M12 4 4 12M4 6v6h6',
  outgoing: 'M4 12 12 4M6 4h6v6',
  CONTACT: 'M3 14a5 5 0 0 1 10 0M5.5 5.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0',
  COMPANY: 'M3 14V3h7v11M10 7h3v7M2 14h12M5.5 6h2M5.5 9h2',
  LEAD: 'M2 3h12L9.5 8.5V13l-3 1V8.5Z',
  DEAL: 'M2 4h12v9H2zM6 4V2.5h4V4M2 8h12',
};
export const TOGGLE_LABEL = 'Keep the card open after the call';

/** The kit's phase for a state: an incoming call rings, an outgoing one calls. */
export function phaseOf(state: string, direction: string): string {
  if (state === 'connecting') return direction === 'outgoing' ? 'calling' : 'ringing';
  return state;
}

/** `m:ss`, as the kit's timer shows a call's duration. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
