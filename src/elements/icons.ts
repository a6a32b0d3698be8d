import { css } from 'lit';

/**
 * 16×16 line icons, drawn in `currentColor`, as one path each. Decorative: the text next to them
 * says the same. One path means one attribute to bind, so a template inlines
 * `<svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=…>`
 * without a nested template; {@link iconStyles} draws it.
 */
export const callIconPaths = {
  incoming: 'M12 4 4 12M4 6v6h6',
  outgoing: 'M4 12 12 4M6 4h6v6',
  incomingTransfer: 'M2 8h9M8 5l3 3-3 3M14 3v10',
  callback: 'M13 8a5 5 0 1 1-1.5-3.5M13 2v3h-3',
  call: 'M5 2h2l1 3-1.5 1a7 7 0 0 0 3.5 3.5L11 8l3 1v2a2 2 0 0 1-2 2A10 10 0 0 1 3 4a2 2 0 0 1 2-2Z',
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
