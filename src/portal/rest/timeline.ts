import { portalDate } from '../host-messages.js';
import type { SimulatedPortal, TimelineComment } from '../simulated-portal.js';
import { RestError, type MethodResult, type Params } from './envelope.js';

/*
 * `crm.timeline.comment.add` and `.list`: comments on a CRM record's timeline, as a widget saves
 * its notes. Since crm 23.100.0 the portal reads only the lower-case `fields`; `ENTITY_TYPE` is
 * `lead`, `deal`, `contact`, `company` or `dynamic_<entityTypeId>`.
 */

const ENTITY_TYPE = /^(lead|deal|contact|company|dynamic_[1-9]\d*)$/;
const PAGE_SIZE = 50;

/** The CRM key (`DEAL:42`) a comment's `ENTITY_TYPE` and `ENTITY_ID` name, or a `RestError`. */
function commentedRecord(portal: SimulatedPortal, source: Record<string, unknown>): { entityType: string; entityId: number } {
  const entityType = String(source['ENTITY_TYPE'] ?? '').toLowerCase();
  if (!ENTITY_TYPE.test(entityType)) throw new RestError(400, '', `ENTITY_TYPE must be lead, deal, contact, company or dynamic_<entityTypeId>; got ${JSON.stringify(source['ENTITY_TYPE'] ?? null)}.`);
  const entityId = Number(source['ENTITY_ID']);
  if (!Number.isInteger(entityId) || entityId <= 0) throw new RestError(400, '', 'ENTITY_ID is not defined or invalid.');
  const record = portal.crm.get(`${entityType.toUpperCase()}:${entityId}`);
  if (record === null) throw new RestError(403, 'ACCESS_DENIED', 'Access denied.');
  if (record === undefined) throw new RestError(400, 'NOT_FOUND', 'Not found');
  return { entityType, entityId };
}

/** Answers a timeline-comment method, or `undefined` when `method` is not one. */
export function timelineMethod(portal: SimulatedPortal, method: string, params: Params, userId: number): MethodResult | undefined {
  if (method === 'crm.timeline.comment.add') {
    const fields = params['fields'];
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new RestError(400, '', 'The parameter fields is required (lower case, since crm 23.100.0).');
    const { entityType, entityId } = commentedRecord(portal, fields as Record<string, unknown>);
    const comment = String((fields as Record<string, unknown>)['COMMENT'] ?? '');
    if (!comment.trim()) throw new RestError(400, '', 'COMMENT is empty.');
    return { result: portal.addTimelineComment({ CREATED: portalDate(Date.now()), ENTITY_ID: entityId, ENTITY_TYPE: entityType, AUTHOR_ID: userId, COMMENT: comment }) };
  }
  if (method === 'crm.timeline.comment.list') {
    const filter = (params['filter'] ?? {}) as Record<string, unknown>;
    const { entityType, entityId } = commentedRecord(portal, filter);
    const rows = portal.timelineComments.filter((comment) => comment.ENTITY_TYPE === entityType && comment.ENTITY_ID === entityId).map(asPortalRow);
    const start = Math.max(0, Number.parseInt(String(params['start'] ?? 0), 10) || 0);
    return { result: rows.slice(start, start + PAGE_SIZE), total: rows.length, ...(start + PAGE_SIZE < rows.length ? { next: start + PAGE_SIZE } : {}) };
  }
  return undefined;
}

/** The portal answers numbers as strings. */
function asPortalRow(comment: TimelineComment): Record<string, string> {
  return { ID: String(comment.ID), CREATED: comment.CREATED, ENTITY_ID: String(comment.ENTITY_ID), ENTITY_TYPE: comment.ENTITY_TYPE, AUTHOR_ID: String(comment.AUTHOR_ID), COMMENT: comment.COMMENT };
}
