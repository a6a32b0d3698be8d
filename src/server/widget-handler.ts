import { CALL_CARD_PLACEMENT } from '../connection/placement-connection.js';
import { HandlerRequestError, type HandlerRequest } from './handler-request.js';
import { TEXT_HEADERS, toNodeHandler, type HandlerAnswer, type NodeRequestLike, type NodeResponseLike } from './node-adapter.js';
import { readPlacementRequest } from './placement-request.js';
import { renderCallCard } from './render-call-card.js';
import { renderWidgetPage, type WidgetPageOptions } from './widget-page.js';

export interface WidgetHandlerOptions extends WidgetPageOptions {
  /** The placement this handler serves. Default `CALL_CARD`; any other is refused with 400. */
  readonly placement?: string;
  /**
   * Render the card on the server (`renderCallCard`), so that the page shows the call before any script runs.
   * Default `true` with the default content; a page with your own `content` renders in the browser.
   */
  readonly serverRender?: boolean;
}

/** A refused request's answer: its status and message as plain text. */
export function refusal(error: unknown): HandlerAnswer {
  if (error instanceof HandlerRequestError) {
    return { status: error.status, headers: { ...TEXT_HEADERS, ...(error.status === 405 ? { allow: 'GET, HEAD, POST' } : {}) }, body: `${error.message}\n` };
  }
  return { status: 500, headers: TEXT_HEADERS, body: 'The request could not be answered.\n' };
}

/**
 * Answers a portal's request for the widget: the page for a good request (200, HTML), with the card rendered
 * on the server (see `serverRender`), and a 4xx with a message for anything a portal never sends. Never rejects.
 */
export async function answerWidgetRequest(request: HandlerRequest, options: WidgetHandlerOptions): Promise<HandlerAnswer> {
  try {
    const placement = readPlacementRequest(request, options.placement ?? CALL_CARD_PLACEMENT);
    const serverRender = options.serverRender ?? options.content === undefined;
    const html = renderWidgetPage(placement, serverRender ? { ...options, renderedCard: await renderCallCard(placement) } : options);
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: request.method.toUpperCase() === 'HEAD' ? '' : html };
  } catch (error) {
    return refusal(error);
  }
}

/** The widget's handler for `node:http` and Express: `http.createServer(callCardWidgetHandler({kitUrl}))`. */
export function callCardWidgetHandler(options: WidgetHandlerOptions): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  return toNodeHandler((request) => answerWidgetRequest(request, options));
}
