import { css } from 'lit';
import { hostBlock, tokens, visuallyHidden } from '../../styles/tokens.js';
import { iconStyles } from '../icons.js';

export const callStatusStyles = [
  tokens,
  hostBlock,
  visuallyHidden,
  iconStyles,
  css`
    /*
     * The layout follows the tag's own width (a container query), not the viewport's: the desktop
     * app opens the card as a 550 px window with the widget as a tab in it, so 320-450 px is normal.
     * The number never breaks inside itself; below 440 px the phase moves under it.
     */
    :host {
      container-type: inline-size;
      /* A size container has no content width: in a flex row that gives it none it would be 0 px wide. */
      contain-intrinsic-inline-size: 320px;
    }
    [part='base'] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: calc(var(--_space) * 1.5);
      align-items: center;
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    /* An arrow that points along the line of text points the other way right to left. */
    :host(:dir(rtl)) .directional {
      transform: scaleX(-1);
    }
    [part='direction-icon'] {
      align-self: start;
      display: inline-flex;
      padding: var(--_space);
      border-radius: 50%;
      background: var(--_surface-soft);
      color: var(--_text-secondary);
    }
    .text {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
    .heading,
    .subheading {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 2px calc(var(--_space) * 1.5);
    }
    [part='number'] {
      font-size: 1.15em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    [part='number'].placeholder {
      font-weight: 400;
      color: var(--_text-secondary);
    }
    [part='phase'] {
      display: inline-flex;
      align-items: baseline;
      gap: 6px;
      font-weight: 600;
    }
    [part='phase']::before {
      content: '';
      flex: none;
      align-self: center;
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
    /* Forced colours: the dot keeps the phase in system colours and shape (hollow when nothing is going on). */
    @media (forced-colors: active) {
      [part='phase']::before {
        forced-color-adjust: none;
        box-sizing: border-box;
        border: 1px solid CanvasText;
        background: Canvas;
      }
      [part='base'].connected [part='phase']::before {
        background: CanvasText;
      }
      [part='base'].ringing [part='phase']::before,
      [part='base'].calling [part='phase']::before {
        border-color: Highlight;
        background: Highlight;
      }
      [part='base'].failed [part='phase']::before {
        border-radius: 0;
        background: CanvasText;
      }
    }
    [part='timer'] {
      margin-inline-start: auto;
      font-variant-numeric: tabular-nums;
      color: var(--_text-secondary);
    }
    [part='details'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px var(--_space);
      min-width: 0;
      color: var(--_text-secondary);
      font-size: var(--_font-size-small);
    }
    [part='line'] {
      overflow-wrap: break-word;
      min-width: 0;
    }
    [part='badge'] {
      padding: 1px 8px;
      border: 1px solid var(--_outline);
      border-radius: 99rem;
      color: var(--_text);
      font-size: var(--_font-size-small);
    }
    [part='failure'] {
      margin: 0;
      color: var(--_alert-text);
      font-size: var(--_font-size-small);
    }
    /* Narrow: the number alone, then the phase with the timer beside it, then the details. */
    @container (max-width: 439px) {
      .text {
        grid-template-columns: minmax(0, 1fr) auto;
        column-gap: calc(var(--_space) * 1.5);
        align-items: baseline;
      }
      .heading,
      .subheading {
        display: contents;
      }
      [part='number'],
      [part='details'],
      [part='failure'] {
        grid-column: 1 / -1;
      }
      /* Its own width, at the column's start: stretched, a left-to-right number sat at the far left in Arabic. */
      [part='number'] {
        justify-self: start;
      }
      [part='timer'] {
        grid-area: 2 / 2;
      }
    }
  `,
];
