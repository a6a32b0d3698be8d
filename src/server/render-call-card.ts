import { CALL_CARD_PLACEMENT } from '../connection/placement-connection.js';
import type { Theme } from '../styles/theme.js';
import { langOf, optionsOf, portalOriginOf, type PlacementRequest } from './placement-request.js';

/** The fields of the portal's POST that the card is rendered from, as a form parser gives them (Express's `req.body`). */
export interface CallCardPost {
  /** The placement's options: the JSON string the portal sends, or the object parsed from it. */
  readonly PLACEMENT_OPTIONS?: string | Readonly<Record<string, unknown>>;
  /** The user's language, a Bitrix24 code (`en`, `ru`, `ua`…); `en` when absent or not a language code. */
  readonly LANG?: string;
  /** The portal's host (`example.bitrix24.com`, from the handler URL's query): CRM links then point to its pages. */
  readonly DOMAIN?: string;
  /** `0` for a portal on plain http; https otherwise. */
  readonly PROTOCOL?: string;
}

/** A kit tag that `renderCallCard` can render inside the card. */
export type CallCardTag = 'b24-call-status' | 'b24-crm-bindings' | 'b24-autoclose-toggle';

export interface RenderCallCardOptions {
  /** The card's colour scheme, if the app chooses one: `light`, `dark` or `auto`. Default: the kit's (light). */
  readonly theme?: Theme;
  /** The tags inside the card, in this order. Default: all three. */
  readonly tags?: readonly CallCardTag[];
  /** `resolve-titles` on `<b24-crm-bindings>`: the browser replaces ids with titles after it takes over. Default `true`. */
  readonly resolveTitles?: boolean;
}

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
export const CALL_CARD_TAGS: readonly CallCardTag[] = ['b24-call-status', 'b24-crm-bindings', 'b24-autoclose-toggle'];

function isPlacementRequest(post: PlacementRequest | CallCardPost): post is PlacementRequest {
  return 'options' in post && 'lang' in post;
}

/** The request the card renders from, with what a portal never sends refused as `readPlacementRequest` refuses it. */
function requestOf(post: PlacementRequest | CallCardPost): PlacementRequest {
  if (isPlacementRequest(post)) return post;
  const given = post.PLACEMENT_OPTIONS;
  const options = typeof given === 'object' && given !== null ? given : optionsOf(given);
  const domain = post.DOMAIN ?? '';
  const portalOrigin = portalOriginOf(domain, post.PROTOCOL);
  return { placement: CALL_CARD_PLACEMENT, options, lang: langOf(post.LANG), domain, portalOrigin, appSid: '', auth: null };
}

function checkOptions(options: RenderCallCardOptions): void {
  if (options.theme !== undefined && !THEMES.includes(options.theme)) {
    throw new TypeError(`renderCallCard: theme "${String(options.theme)}" is not one of ${THEMES.join(', ')}.`);
  }
  const unknown = options.tags?.find((tag) => !CALL_CARD_TAGS.includes(tag));
  if (unknown !== undefined) throw new TypeError(`renderCallCard: "${String(unknown)}" is not one of ${CALL_CARD_TAGS.join(', ')}.`);
}

/**
 * The call card's first paint, rendered on the server from the portal's POST: `<b24-call-card>` with its
 * tags, each with its declarative shadow root (`<template shadowrootmode="open">`) and styles, in the
 * user's language, showing the number, direction, state and CRM links as the tags would. Put it in the
 * widget's page where `<b24-call-card>` goes. The browser shows it before any script runs; the drop-in
 * bundle then takes it over without rendering it again, and follows the call live.
 *
 * Rejects with a 400 `HandlerRequestError` when `PLACEMENT_OPTIONS` is not a JSON object or `DOMAIN` not a host, and with a
 * `TypeError` for an unknown theme or tag. Lit's server renderer loads on the first call.
 */
export async function renderCallCard(post: PlacementRequest | CallCardPost, options: RenderCallCardOptions = {}): Promise<string> {
  const request = requestOf(post);
  checkOptions(options);
  const { renderCard } = await import('./server-render.js');
  return renderCard(request, options);
}
