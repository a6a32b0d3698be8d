import { css } from 'lit';
import { hostBlock, tokens, visuallyHidden } from '../../styles/tokens.js';
import { iconStyles } from '../icons.js';

export const callStatusStyles = [
  tokens,
  hostBlock,
  visuallyHidden,
  iconStyles,
  css`
    [part='base'] {
      display: grid;
      grid-template-columns: auto 1fr auto;
      gap: 2px calc(var(--_space) * 1.5);
      align-items: center;
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    [part='direction-icon'] {
      grid-row: span 3;
      display: inline-flex;
      padding: var(--_space);
      border-radius: 50%;
      background: var(--_surface-soft);
      color: var(--_text-secondary);
    }
    [part='number'] {
      font-size: 1.15em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    [part='number'].placeholder {
      font-weight: 400;
      color: var(--_text-secondary);
    }
    [part='phase'] {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      justify-self: end;
      font-weight: 600;
    }
    [part='phase']::before {
      content: '';
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--_text-muted);
    }
    [part='base'].connected [part='phase']::before {
      background: var(--_success);
    }
    [part='base'].ringing [part='phase']::before,
    [part='base'].calling [part='phase']::before {
      background: var(--_warning);
    }
    [part='base'].failed [part='phase']::before {
      background: var(--_alert);
    }
    [part='timer'] {
      justify-self: end;
      font-variant-numeric: tabular-nums;
      color: var(--_text-secondary);
    }
    [part='details'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px var(--_space);
      color: var(--_text-secondary);
      font-size: var(--_font-size-small);
    }
    [part='badge'] {
      padding: 1px 8px;
      border: 1px solid var(--_outline);
      border-radius: 99rem;
      color: var(--_text);
      font-size: var(--_font-size-small);
    }
    [part='failure'] {
      grid-column: 2 / -1;
      margin: 0;
      color: var(--_alert-text);
      font-size: var(--_font-size-small);
    }
  `,
];
