import { css } from 'lit';
import { hostBlock, tokens, visuallyHidden } from '../../styles/tokens.js';
import { iconStyles } from '../icons.js';

export const crmBindingsStyles = [
  tokens,
  hostBlock,
  visuallyHidden,
  iconStyles,
  css`
    [part='list'] {
      margin: 0;
      padding: 0;
      list-style: none;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .item + .item {
      border-top: 1px solid var(--_divider);
    }
    .link {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      gap: 0 var(--_space);
      align-items: center;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      color: var(--_text);
      text-decoration: none;
    }
    .link[href]:hover .name,
    .link[role='link']:hover .name {
      text-decoration: underline;
    }
    .link[role='link'] {
      cursor: pointer;
    }
    a.link:focus-visible,
    [part='more']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    .primary > .link {
      background: var(--_highlight);
    }
    /* Forced colours drop the primary entity's background: a bar at its start marks it instead. Links take the user's link colour by themselves. */
    @media (forced-colors: active) {
      .primary > .link {
        border-inline-start: 3px solid Highlight;
      }
      a.link:focus-visible,
      [part='more']:focus-visible {
        outline-color: Highlight;
      }
    }
    .icon {
      grid-row: 1 / span 2;
      display: inline-flex;
      color: var(--_text-secondary);
    }
    .type {
      color: var(--_text-secondary);
      font-size: var(--_font-size-small);
    }
    .name {
      grid-column: 2;
      color: var(--_link);
      overflow-wrap: break-word;
    }
    .link:not([href]):not([role='link']) > .name {
      color: var(--_text);
    }
    .badge {
      grid-row: 1 / span 2;
      grid-column: 3;
      padding: 1px 8px;
      border-radius: 99rem;
      border: 1px solid var(--_outline);
      color: var(--_text);
      font-size: var(--_font-size-small);
    }
    .state {
      grid-column: 2;
      color: var(--_text-secondary);
      font-size: var(--_font-size-small);
    }
    .state.failed {
      color: var(--_alert-text);
    }
    [part='more'] {
      margin-top: 4px;
      padding: 4px 12px;
      border: 0;
      border-radius: var(--_radius);
      background: none;
      color: var(--_link);
      font: inherit;
      font-size: var(--_font-size-small);
      cursor: pointer;
    }
    [part='empty'] {
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      color: var(--_text-secondary);
    }
  `,
];
