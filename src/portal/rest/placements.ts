import { CALL_CARD_PLACEMENT } from '../../connection/placement-connection.js';
import type { PlacementHandler, SimulatedPortal } from '../simulated-portal.js';
import { RestError, type Params } from './envelope.js';
import type { RestCaller } from './answer-rest.js';

/** An app sees and unbinds only its own handlers, as on a portal. */
const ownedBy = (caller: RestCaller) => (entry: PlacementHandler) => (entry.app ?? '') === (caller.app ?? '');

/** Placement methods belong to apps: a webhook has no app to bind a handler to. */
export function appOnly(caller: RestCaller): void {
  if (caller.kind !== 'app') throw new RestError(401, 'WRONG_AUTH_TYPE', 'Current authorization type is denied for this method');
}

export function bindPlacement(portal: SimulatedPortal, params: Params, caller: RestCaller): boolean {
  appOnly(caller);
  const placement = String(params['PLACEMENT'] ?? '').toUpperCase();
  const handler = String(params['HANDLER'] ?? '');
  if (!placement) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
  if (placement !== CALL_CARD_PLACEMENT) throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', `The emulator hosts only ${CALL_CARD_PLACEMENT}`);
  if (!/^https?:\/\//.test(handler)) throw new RestError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
  if (portal.placements.filter(ownedBy(caller)).some((entry) => entry.placement === placement && entry.handler === handler)) {
    throw new RestError(400, 'ERROR_PLACEMENT_HANDLER_ALREADY_BINDED', 'Handler already binded');
  }
  portal.placements.push({ placement, handler, title: String(params['TITLE'] ?? ''), description: String(params['DESCRIPTION'] ?? ''), ...(caller.app ? { app: caller.app } : {}) });
  return true;
}

export function unbindPlacement(portal: SimulatedPortal, params: Params, caller: RestCaller): { count: number } {
  appOnly(caller);
  const placement = String(params['PLACEMENT'] ?? '').toUpperCase();
  const handler = params['HANDLER'] === undefined ? undefined : String(params['HANDLER']);
  const before = portal.placements.length;
  const mine = ownedBy(caller);
  const kept = portal.placements.filter((entry) => !mine(entry) || entry.placement !== placement || (handler !== undefined && entry.handler !== handler));
  portal.placements.splice(0, portal.placements.length, ...kept);
  return { count: before - kept.length };
}

/** `placement.get`: the app's handlers. */
export function listPlacements(portal: SimulatedPortal, caller: RestCaller): unknown[] {
  appOnly(caller);
  return portal.placements.filter(ownedBy(caller)).map((entry) => ({ placement: entry.placement, handler: entry.handler, title: entry.title, description: entry.description, options: [] }));
}
