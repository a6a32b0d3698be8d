import { css } from 'lit';
import { hostBlock, tokens } from '../../styles/tokens.js';

export const autocloseToggleStyles = [
  tokens,
  hostBlock,
  css`
    [part='base'] {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      margin: 0;
      /* Lines the track up with the other tags' icons and text, 12 px in. */
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 0;
      border-radius: var(--_radius);
      background: none;
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    [part='base']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    /* Disabled is told apart from off by its shape, not only by a paler colour: a dashed, unfilled track. */
    [part='base'][aria-disabled='true'] {
      color: var(--_text-muted);
      cursor: not-allowed;
    }
    [aria-disabled='true'] [part='track'] {
      border: 1px dashed;
      background: none;
    }
    [aria-disabled='true'] [part='thumb'] {
      top: 1px;
      inset-inline-start: 1px;
      background: currentColor;
      box-shadow: none;
    }
    [part='track'] {
      position: relative;
      flex: none;
      box-sizing: border-box;
      width: 34px;
      height: 20px;
      border-radius: 99rem;
      background: var(--_outline);
      transition: background-color 0.15s;
    }
    [part='thumb'] {
      position: absolute;
      top: 2px;
      inset-inline-start: 2px;
      width: 16px;
      height: 16px;
      border-radius: 50%;
      background: var(--_surface);
      box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
      transition: transform 0.15s;
    }
    [aria-checked='true'][aria-disabled='false'] [part='track'] {
      background: var(--_accent);
    }
    [aria-checked='true'] [part='thumb'] {
      transform: translateX(14px);
    }
    :host(:dir(rtl)) [aria-checked='true'] [part='thumb'] {
      transform: translateX(-14px);
    }
    [aria-busy='true'] [part='thumb'] {
      box-shadow: 0 0 0 2px var(--_warning);
    }
    /* Forced colours (Windows High Contrast) paint every background the page's colour and drop shadows:
       the track and thumb keep shape and state in the user's system colours instead. */
    @media (forced-colors: active) {
      [part='track'],
      [part='thumb'] {
        forced-color-adjust: none;
      }
      [part='track'] {
        border: 1px solid CanvasText;
        background: Canvas;
      }
      [part='thumb'] {
        top: 1px;
        inset-inline-start: 1px;
        background: CanvasText;
      }
      [aria-checked='true'][aria-disabled='false'] [part='track'] {
        border-color: Highlight;
        background: Highlight;
      }
      [aria-checked='true'][aria-disabled='false'] [part='thumb'] {
        background: HighlightText;
      }
      [aria-disabled='true'] [part='track'] {
        border: 1px dashed GrayText;
      }
      [aria-disabled='true'] [part='thumb'] {
        background: GrayText;
      }
      [aria-busy='true'] [part='thumb'] {
        outline: 2px solid CanvasText;
        outline-offset: 1px;
      }
      [part='base']:focus-visible {
        outline-color: Highlight;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      [part='track'],
      [part='thumb'] {
        transition: none;
      }
    }
    [part='status'] {
      margin: 4px 0 0;
      color: var(--_text-secondary);
      font-size: var(--_font-size-small);
    }
    [part='status'].failed {
      color: var(--_alert-text);
    }
  `,
];
