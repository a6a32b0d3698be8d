import type { PlacementConnection } from '../connection/placement-connection.js';

/**
 * A keep-open command the host leaves unanswered is sent this many times in all before the switch
 * reverts: both commands are idempotent, and a host that answers late has usually applied it.
 */
export const KEEP_OPEN_ATTEMPTS = 3;

/** What the kit asked of a host about keep-open; kept per host, so a new controller over it (a moved provider) knows. */
export interface HostKeepOpen {
  wanted: boolean;
  confirmed: boolean;
}
const keepOpenByHost = new WeakMap<object, HostKeepOpen>();

/** What was asked of `connection`'s host, one object per host. */
export function keepOpenOf(connection: PlacementConnection): HostKeepOpen {
  const key = connection.hostKey ?? connection;
  let state = keepOpenByHost.get(key);
  if (!state) keepOpenByHost.set(key, (state = { wanted: false, confirmed: false }));
  return state;
}
