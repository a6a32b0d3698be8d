import { css, unsafeCSS } from 'lit';

/**
 * The theme's literal values, as inheritable properties: a provider sets them for every tag inside
 * it, a standalone tag for itself, and a `.dark` ancestor for everything below it (see
 * `dark-ancestor.ts`). Dark values are Bitrix24's AIR dark tokens.
 */
export const DARK = css`
  --_b24-cc-theme-scheme: dark;
  --_b24-cc-theme-text: #f8f8f8;
  --_b24-cc-theme-text-secondary: #cacbcc;
  --_b24-cc-theme-text-muted: #a7a9ab;
  --_b24-cc-theme-surface: #262626;
  --_b24-cc-theme-surface-soft: #2f2f2f;
  --_b24-cc-theme-outline: #828385;
  --_b24-cc-theme-divider: #323232;
  --_b24-cc-theme-accent: #1587fa;
  --_b24-cc-theme-link: #5cadff;
  --_b24-cc-theme-success: #1cae6a;
  --_b24-cc-theme-warning: #f2a100;
  --_b24-cc-theme-alert: #f2473d;
  --_b24-cc-theme-alert-text: #ffb3ad;
  --_b24-cc-theme-alert-soft: #3d1f1d;
  --_b24-cc-theme-highlight: #1d3550;
  --_b24-cc-theme-paint: ;
`;

/** Light is every theme property unset, so each token falls back to its light literal. */
const LIGHT = unsafeCSS(DARK.cssText.replace(/:[^;}]*/g, ':initial'));

/**
 * System tokens. Each resolves through three levels: the kit's own `--b24-cc-*` property,
 * Bitrix24's AIR token (`--ui-*`) when the page loads them, then Bitrix24's value for the theme
 * (light by default; dark under `theme="dark"`, `theme="auto"` with a dark OS, or a `.dark` ancestor).
 * AIR has no dark value for `--ui-color-bg-content-secondary`, `--ui-color-accent-soft-blue-2` and
 * `--ui-color-accent-soft-red-2` (they keep their light value under `.dark`), so for those three the
 * kit's dark value comes before the AIR token.
 *
 * In dark, every tag paints its surface: dark text on a page that stays white would be unreadable.
 * `--_b24-cc-theme-paint` is a "space toggle": empty in dark, so `var(--_b24-cc-theme-paint)
 * var(--_surface)` is the surface; unset in light, so the declaration is invalid and the tag stays
 * transparent, as a light widget on its page always was.
 */
export const tokens = css`
  :host {
    --_text: var(--b24-cc-color-text, var(--ui-color-base-1, var(--_b24-cc-theme-text, #333))); /* Main text. */
    --_text-secondary: var(--b24-cc-color-text-secondary, var(--ui-color-base-2, var(--_b24-cc-theme-text-secondary, #525c69))); /* Secondary text and icons. */
    --_text-muted: var(--b24-cc-color-text-muted, var(--_b24-cc-theme-text-muted, #6a737f)); /* Muted text: the idle dot, the "Connecting…" line, a disabled switch. */
    --_surface: var(--b24-cc-color-surface, var(--ui-color-bg-content-primary, var(--_b24-cc-theme-surface, #fff))); /* The surface: the status and list backgrounds, the switch thumb; in dark, every tag paints it. */
    --_surface-soft: var(--b24-cc-color-surface-soft, var(--_b24-cc-theme-surface-soft, var(--ui-color-bg-content-secondary, #f5f7f8))); /* The soft surface behind the direction icon. */
    --_outline: var(--b24-cc-color-outline, var(--_b24-cc-theme-outline, #828b95)); /* The switch track when off, and badge borders (3:1 against the surface). */
    --_divider: var(--b24-cc-color-divider, var(--ui-color-divider-default, var(--_b24-cc-theme-divider, #f0f0f0))); /* Lines between list entries. */
    --_accent: var(--b24-cc-color-accent, var(--ui-color-accent-main-primary, var(--_b24-cc-theme-accent, #0075ff))); /* The switch track when on, and focus rings. */
    --_link: var(--b24-cc-color-link, var(--_b24-cc-theme-link, #0068e0)); /* Links to CRM entities, and the "Show N more" button. */
    --_success: var(--b24-cc-color-success, var(--ui-color-accent-main-success, var(--_b24-cc-theme-success, #1bce7b))); /* The connected dot. */
    --_warning: var(--b24-cc-color-warning, var(--ui-color-accent-main-warning, var(--_b24-cc-theme-warning, #faa72c))); /* The ringing or calling dot, and a pending switch. */
    --_alert: var(--b24-cc-color-alert, var(--ui-color-accent-main-alert, var(--_b24-cc-theme-alert, #ff5752))); /* The failed dot, and the error panel's edge. */
    --_alert-text: var(--b24-cc-color-alert-text, var(--_b24-cc-theme-alert-text, #c21b17)); /* Failure reasons and error text. */
    --_alert-soft: var(--b24-cc-color-alert-soft, var(--_b24-cc-theme-alert-soft, var(--ui-color-accent-soft-red-2, #ffe8e8))); /* The error panel's background. */
    --_highlight: var(--b24-cc-color-highlight, var(--_b24-cc-theme-highlight, var(--ui-color-accent-soft-blue-2, #e6f4ff))); /* The primary CRM entity's background. */
    --_font: var(--b24-cc-font-family, var(--ui-font-family-system, system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif)); /* The font. */
    --_font-size: var(--b24-cc-font-size, var(--ui-font-size-md, 14px)); /* The base font size. */
    --_font-size-small: var(--b24-cc-font-size-small, var(--ui-font-size-sm, 13px)); /* The small font size: details, badges, notes. */
    --_radius: var(--b24-cc-radius, var(--ui-border-radius-sm, 8px)); /* Corner radius. */
    --_space: var(--b24-cc-space, 8px); /* The spacing unit; paddings are multiples of it. */
    color: var(--_text);
    border-radius: var(--_radius);
    background-color: var(--_b24-cc-theme-paint) var(--_surface);
    color-scheme: var(--_b24-cc-theme-scheme, light);
    font-family: var(--_font);
    font-size: var(--_font-size);
    /* The rest of the inherited text properties are the card's own, so that a page's (a centred app
       template, say) never reach its layout. Font and colours come in only through the tokens above. */
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
  }
  :host([theme='light']) {
    ${LIGHT}
  }
  :host([theme='dark']) {
    ${DARK}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${DARK}
    }
  }
`;

/**
 * Every tag is a block that `hidden` hides. Inside, parts that come and go are `hidden`; the
 * `!important` keeps them hidden when a page gives a part its own `display` through `::part()`.
 */
export const hostBlock = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
