/**
 * `b24-call-card-kit/server`: a CALL_CARD app's server side, for Node and any framework on it
 * (`node:http`, Express, Fastify, Hono). It answers the portal's request for the widget: a form POST
 * with the app's token and the placement, read and checked, and the widget page with the kit's tags.
 */
export { readPlacementRequest, PlacementRequestError, MAX_PLACEMENT_BODY, type PlacementRequest, type PlacementAuth } from './placement-request.js';
export { renderWidgetPage, escapeHtml, type WidgetPageOptions } from './widget-page.js';
export { answerWidgetRequest, callCardWidgetHandler, CALL_CARD, type HandlerAnswer, type HandlerRequest, type WidgetHandlerOptions, type NodeRequestLike, type NodeResponseLike } from './widget-handler.js';
