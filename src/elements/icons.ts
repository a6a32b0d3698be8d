import { svg, type SVGTemplateResult } from 'lit';

/** 16×16 line icons, drawn in `currentColor`. Decorative: the text next to them says the same. */
const icon = (body: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const directionIcons: Readonly<Record<string, SVGTemplateResult>> = {
  incoming: icon(svg`<path d="M12 4 4 12M4 6v6h6"/>`),
  outgoing: icon(svg`<path d="M4 12 12 4M6 4h6v6"/>`),
  incomingTransfer: icon(svg`<path d="M2 8h9M8 5l3 3-3 3M14 3v10"/>`),
  callback: icon(svg`<path d="M13 8a5 5 0 1 1-1.5-3.5M13 2v3h-3"/>`),
  other: icon(svg`<path d="M5 2h2l1 3-1.5 1a7 7 0 0 0 3.5 3.5L11 8l3 1v2a2 2 0 0 1-2 2A10 10 0 0 1 3 4a2 2 0 0 1 2-2Z"/>`),
};

export const entityIcons: Readonly<Record<string, SVGTemplateResult>> = {
  CONTACT: icon(svg`<circle cx="8" cy="5.5" r="2.5"/><path d="M3 14a5 5 0 0 1 10 0"/>`),
  COMPANY: icon(svg`<path d="M3 14V3h7v11M10 7h3v7M2 14h12M5.5 6h2M5.5 9h2"/>`),
  LEAD: icon(svg`<path d="M2 3h12L9.5 8.5V13l-3 1V8.5Z"/>`),
  DEAL: icon(svg`<rect x="2" y="4" width="12" height="9" rx="1.5"/><path d="M6 4V2.5h4V4M2 8h12"/>`),
  DYNAMIC: icon(svg`<path d="M8 1.5 14 5v6l-6 3.5L2 11V5ZM2 5l6 3.5L14 5M8 8.5v6"/>`),
  other: icon(svg`<circle cx="8" cy="8" r="5.5"/><path d="M8 5v3l2 2"/>`),
};
