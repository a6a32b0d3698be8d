import { css } from 'lit';
import { hostBlock, tokens } from '../../styles/tokens.js';

export const callCardStyles = [
  tokens,
  hostBlock,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--b24-cc-gap, 12px);
    }
    [part='error'] {
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-inline-start: 3px solid var(--_alert);
      border-radius: var(--_radius);
      background: var(--_alert-soft);
      color: var(--_text);
    }
    [part='connecting'] {
      margin: 0;
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
    }
    [part='error-title'] {
      margin: 0 0 4px;
      font-weight: 600;
      font-size: inherit;
    }
    [part='error-message'] {
      margin: 0;
    }
    [part='error-code'] {
      margin: 4px 0 0;
      color: var(--_alert-text);
      font-size: 0.85em;
    }
  `,
];
