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
    [part='connecting'] {
      margin: 0;
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
    }
  `,
];
