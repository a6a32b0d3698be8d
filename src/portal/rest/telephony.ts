import type { ExternalCallRegisterParams } from '../host-messages.js';
import type { PortalUser } from '../portal-users.js';
import type { SimulatedPortal } from '../simulated-portal.js';
import { RestError, type Params } from './envelope.js';

/* `telephony.externalcall.*` as a portal's telephony module answers them: its parameters, its checks and its errors. */

function callUser(portal: SimulatedPortal, params: Params): PortalUser {
  if ((params['USER_ID'] ?? '') === '' && (params['USER_PHONE_INNER'] ?? '') === '') throw new RestError(400, 'ERROR_CORE', 'USER_ID or USER_PHONE_INNER should be set');
  const user = portal.findUser(params['USER_ID'], params['USER_PHONE_INNER']);
  if (!user) throw new RestError(400, 'ERROR_CORE', 'User is not found or is not active');
  return user;
}

export function register(portal: SimulatedPortal, params: Params) {
  const user = callUser(portal, params);
  const type = Number(params['TYPE']);
  if (![1, 2, 3, 4].includes(type)) throw new RestError(400, 'ERROR_CORE', 'Unknown TYPE');
  const phone = String(params['PHONE_NUMBER'] ?? '').trim();
  if (!phone) throw new RestError(400, 'ERROR_CORE', 'Unsupported phone number format');
  const entityType = String(params['CRM_ENTITY_TYPE'] ?? '').toUpperCase();
  const entityId = Number(params['CRM_ENTITY_ID'] ?? 0);
  const call: ExternalCallRegisterParams = {
    PHONE_NUMBER: phone,
    TYPE: type as 1 | 2 | 3 | 4,
    ...(params['LINE_NUMBER'] === undefined ? {} : { LINE_NUMBER: String(params['LINE_NUMBER']) }),
    ...(entityType && entityId > 0 ? { CRM_ENTITY_TYPE: entityType, CRM_ENTITY_ID: entityId } : {}),
    ...(String(params['CRM_CREATE'] ?? '0') === '1' ? { CRM_CREATE: 1 as const } : {}),
    ...(params['CALL_LIST_ID'] === undefined ? {} : { CALL_LIST_ID: Number(params['CALL_LIST_ID']) }),
  };
  const show = String(params['SHOW'] ?? '1') !== '0';
  const { status, createdLead } = portal.registerCall(call, user, show);
  return {
    CALL_ID: status.CALL_ID,
    CRM_CREATED_LEAD: createdLead,
    CRM_CREATED_ENTITIES: createdLead === null ? [] : [{ ENTITY_TYPE: 'LEAD', ENTITY_ID: createdLead }],
    CRM_ENTITY_TYPE: status.CRM_ENTITY_TYPE,
    CRM_ENTITY_ID: status.CRM_ENTITY_ID,
  };
}

export function finish(portal: SimulatedPortal, params: Params) {
  callUser(portal, params);
  const duration = Math.max(0, Number.parseInt(String(params['DURATION'] ?? 0), 10) || 0);
  const statusCode = String(params['STATUS_CODE'] ?? (duration > 0 ? '200' : '304'));
  const record = portal.finishCall(String(params['CALL_ID'] ?? ''), statusCode, duration);
  if (!record) throw new RestError(400, 'ERROR_CORE', 'Call is not found');
  // finish answers with numbers where the statistics list has strings.
  return { ...record, ID: Number(record.ID), CALL_DURATION: Number(record.CALL_DURATION), INCOMING: record.CALL_TYPE, PORTAL_USER_ID: Number(record.PORTAL_USER_ID), CRM_ENTITY_ID: Number(record.CRM_ENTITY_ID), CALL_STATUS: statusCode === '200' ? 1 : 0 };
}

/** `telephony.externalcall.show` and `.hide`: only the card's user matters here; `false` for an unknown (or, to show, a finished) call. */
export function showOrHide(portal: SimulatedPortal, method: string, params: Params): boolean {
  const callId = String(params['CALL_ID'] ?? '');
  const users = ([] as unknown[]).concat(params['USER_ID'] ?? []).map(String);
  const forCard = users.length === 0 || users.includes(String(portal.card.userId));
  if (!forCard) return portal.hasCall(callId);
  return method.endsWith('show') ? portal.showCall(callId) : portal.hideCall(callId);
}

/** Where a record file goes after `attachRecord` with only `FILENAME`: this path, then the call's id. */
export const ATTACH_RECORD_UPLOAD = '/rest/telephony.externalCall.attachRecord.upload/';

/**
 * `telephony.externalCall.attachRecord`: one record a call (a second replaces the first). With
 * `FILE_CONTENT` (base64) or `RECORD_URL` the file is attached and `FILE_ID` comes back; with only
 * `FILENAME`, where to upload it.
 */
export function attachRecord(portal: SimulatedPortal, params: Params): { FILE_ID: number } | { uploadUrl: string; fieldName: string } {
  const callId = String(params['CALL_ID'] ?? '');
  const filename = String(params['FILENAME'] ?? '');
  if (!/\.(mp3|wav)$/i.test(filename)) throw new RestError(400, 'ERROR_ARGUMENT', 'FILENAME should end with .mp3 or .wav');
  if (!portal.hasCall(callId)) throw new RestError(400, 'ERROR_CORE', 'Call is not found');
  if (params['FILE_CONTENT'] === undefined && params['RECORD_URL'] === undefined) {
    return { uploadUrl: `${portal.origin}${ATTACH_RECORD_UPLOAD}${encodeURIComponent(callId)}`, fieldName: 'file' };
  }
  return { FILE_ID: portal.attachRecordFile(callId) };
}

/** `telephony.externalCall.searchCrmEntities`: the contacts, companies and leads with this number. */
export function searchCrmEntities(portal: SimulatedPortal, params: Params) {
  const user = portal.users[0]!;
  return portal.crm.findAllByPhone(String(params['PHONE_NUMBER'] ?? '')).map(({ entityType, entityId, name }) => ({
    CRM_ENTITY_TYPE: entityType,
    CRM_ENTITY_ID: entityId,
    ASSIGNED_BY_ID: Number(user.ID),
    NAME: name,
    ASSIGNED_BY: { ID: user.ID, TIMEMAN_STATUS: 'opened', USER_PHONE_INNER: user.UF_PHONE_INNER, USER_PHONE_NUMBERS: [] },
  }));
}
