// Lit's server renderer and the kit's tags, loaded by `renderCallCard` on its first call: in Node, Lit's
// elements run on its DOM shim, so importing them costs nothing to a server that never renders a card.
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { loadMessages } from '../i18n/messages.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import '../register-all.js';
import type { PlacementRequest } from './placement-request.js';
import { placementRequestConnection } from './placement-request-connection.js';
import { CALL_CARD_TAGS, type CallCardTag, type RenderCallCardOptions } from './render-call-card.js';

// The kit's tags meet through the context protocol, which needs their connectedCallback: the provider answers
// the tags' context requests on the server as it does in the browser.
LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('b24-') ? { connectedCallback: true } : undefined));

function tagTemplate(tag: CallCardTag, request: PlacementRequest, resolveTitles: boolean) {
  if (tag === 'b24-call-status') return html`<b24-call-status></b24-call-status>`;
  // The portal's origin as an attribute: the browser then makes the same links before its host library is ready.
  if (tag === 'b24-crm-bindings') return html`<b24-crm-bindings portal=${request.portalOrigin || nothing} ?resolve-titles=${resolveTitles}></b24-crm-bindings>`;
  return html`<b24-autoclose-toggle></b24-autoclose-toggle>`;
}

/** Renders the card in one synchronous pass, so that every tag shows the same snapshot. */
export async function renderCard(request: PlacementRequest, options: RenderCallCardOptions): Promise<string> {
  await loadMessages(resolveLocale(request.lang)).catch(() => undefined);
  const tags = options.tags ?? CALL_CARD_TAGS;
  const connection = placementRequestConnection(request);
  const template = html`<b24-call-card lang=${request.lang} theme=${options.theme ?? nothing} placement-options=${JSON.stringify(request.options)} .connection=${connection}
    >${tags.map((tag) => tagTemplate(tag, request, options.resolveTitles ?? true))}</b24-call-card
  >`;
  return collectResultSync(render(template));
}
