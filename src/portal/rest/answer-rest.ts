import { PORTAL_USERS } from '../portal-users.js';
import type { SimulatedPortal } from '../simulated-portal.js';
import { batch } from './batch.js';
import { crmMethod } from './crm.js';
import { RestError, timing, type MethodResult, type Params } from './envelope.js';
import { bindPlacement, listPlacements, unbindPlacement } from './placements.js';
import { statistics } from './statistics.js';
import { timelineMethod } from './timeline.js';
import { externalLineMethod } from './external-lines.js';
import { attachRecord, finish, register, searchCrmEntities, showOrHide } from './telephony.js';

/** Who calls: an app (with a widget's token) or a backend (through user's webhook). */
export interface RestCaller {
  readonly kind: 'app' | 'webhook';
  readonly userId: number;
  /** The installed app whose token this is; absent (or `''`) for the widget given to the emulator. */
  readonly app?: string;
}

export interface RestAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export { RestError };

/**
 * Answers one REST call as the portal would, over a {@link SimulatedPortal}: the methods a CALL_CARD
 * widget and a telephony backend use. Method names are case-insensitive, as on a portal.
 */
export function answerRest(portal: SimulatedPortal, method: string, params: Params, caller: RestCaller): RestAnswer {
  const started = Date.now();
  try {
    const { result, total, next } = callMethod(portal, method.toLowerCase(), params, caller, true);
    return { status: 200, body: { result, ...(total === undefined ? {} : { total }), ...(next === undefined ? {} : { next }), time: timing(started) } };
  } catch (error) {
    if (error instanceof RestError) return { status: error.status, body: { error: error.code, error_description: error.message } };
    return { status: 500, body: { error: 'INTERNAL_SERVER_ERROR', error_description: error instanceof Error ? error.message : String(error) } };
  }
}

function callMethod(portal: SimulatedPortal, method: string, params: Params, caller: RestCaller, batchAllowed: boolean): MethodResult {
  const crm = crmMethod(portal, method, params) ?? timelineMethod(portal, method, params, caller.userId);
  if (crm) return crm;
  switch (method) {
    case 'batch':
      if (!batchAllowed) throw new RestError(400, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage');
      return { result: batch(params, (command, query) => callMethod(portal, command, query, caller, false)) };
    case 'voximplant.statistic.get':
      return statistics(portal.records.map((record) => ({ ...record, RECORD_FILE_ID: portal.recordFileOf(record.CALL_ID) ?? null })), params);
    case 'telephony.externalcall.register':
      return { result: register(portal, params) };
    case 'telephony.externalcall.finish':
      return { result: finish(portal, params) };
    case 'telephony.externalcall.show':
    case 'telephony.externalcall.hide':
      return { result: showOrHide(portal, method, params) };
    case 'telephony.externalcall.attachrecord':
      return { result: attachRecord(portal, params) };
    case 'telephony.externalcall.searchcrmentities':
      return { result: searchCrmEntities(portal, params) };
    case 'telephony.externalline.add':
    case 'telephony.externalline.update':
    case 'telephony.externalline.delete':
    case 'telephony.externalline.get':
      return { result: externalLineMethod(portal, method, params, caller) };
    case 'placement.bind':
      return { result: bindPlacement(portal, params, caller) };
    case 'placement.unbind':
      return { result: unbindPlacement(portal, params, caller) };
    case 'placement.get':
      return { result: listPlacements(portal, caller) };
    case 'user.current': {
      const user = PORTAL_USERS.find((candidate) => Number(candidate.ID) === caller.userId)!;
      return { result: { ...user, ACTIVE: true } };
    }
    default:
      throw new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!');
  }
}
