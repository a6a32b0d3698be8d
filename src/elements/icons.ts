import { css } from 'lit';

/**
 * 16×16 line icons, drawn in `currentColor`, as one path each. Decorative: the text next to them
 * says the same. One path means one attribute to bind, so a template inlines
 * `<svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=…>`
 * without a nested template; {@link iconStyles} draws it.
 */
export const iconPaths = {
  incoming: 'M12 4 4 12M4 6v6h6',
  outgoing: 'M4 12 12 4M6 4h6v6',
  incomingTransfer: 'M2 8h9M8 5l3 3-3 3M14 3v10',
  callback: 'M13 8a5 5 0 1 1-1.5-3.5M13 2v3h-3',
  call: 'M5 2h2l1 3-1.5 1a7 7 0 0 0 3.5 3.5L11 8l3 1v2a2 2 0 0 1-2 2A10 10 0 0 1 3 4a2 2 0 0 1 2-2Z',
  CONTACT: 'M5.5 5.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M3 14a5 5 0 0 1 10 0',
  COMPANY: 'M3 14V3h7v11M10 7h3v7M2 14h12M5.5 6h2M5.5 9h2',
  LEAD: 'M2 3h12L9.5 8.5V13l-3 1V8.5Z',
  DEAL: 'M3.5 4h9A1.5 1.5 0 0 1 14 5.5v6a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 11.5v-6A1.5 1.5 0 0 1 3.5 4ZM6 4V2.5h4V4M2 8h12',
  DYNAMIC: 'M8 1.5 14 5v6l-6 3.5L2 11V5ZM2 5l6 3.5L14 5M8 8.5v6',
  CRM: 'M2.5 8a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0M8 5v3l2 2',
} as const;

/** How every icon is drawn: one rule instead of the same attributes on each of 1,000 icons. */
export const iconStyles = css`
  .icon-svg {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
