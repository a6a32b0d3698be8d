/**
 * `b24-call-card-kit/server`: a CALL_CARD app's server side, for Node and any framework on it
 * (`node:http`, Express, Fastify, Hono). It answers the portal's request for the widget (a form POST with
 * the app's token and the placement, read and checked) with the widget page and the kit's tags.
 */
export { HandlerRequestError, MAX_HANDLER_BODY, formFieldsOf, type HandlerRequest } from './handler-request.js';
export { readPlacementRequest, type PlacementRequest, type PlacementAuth } from './placement-request.js';
export { renderCallCard, CALL_CARD_TAGS, type CallCardPost, type CallCardTag, type RenderCallCardOptions } from './render-call-card.js';
export { renderWidgetPage, escapeHtml, type WidgetPageOptions } from './widget-page.js';
export { toNodeHandler, type HandlerAnswer, type NodeRequestLike, type NodeResponseLike } from './node-adapter.js';
export { answerWidgetRequest, callCardWidgetHandler, type WidgetHandlerOptions } from './widget-handler.js';
export { CALL_CARD_PLACEMENT } from '../connection/placement-connection.js';
export { readInstallRequest, bindCallCard, answerInstallRequest, callCardInstallHandler, BindError, type InstallRequest, type InstallOptions, type BindOutcome } from './install.js';
