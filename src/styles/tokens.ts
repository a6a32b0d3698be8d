import { css, unsafeCSS } from 'lit';

/** Bitrix24's dark-theme values of the AIR tokens the kit uses, behind the same `--b24-cc-*` overrides. */
const DARK_VALUES = unsafeCSS(`
  --_text: var(--b24-cc-color-text, var(--ui-color-base-1, #f8f8f8));
  --_text-secondary: var(--b24-cc-color-text-secondary, var(--ui-color-base-2, #cacbcc));
  --_surface: var(--b24-cc-color-surface, var(--ui-color-bg-content-primary, #262626));
  --_outline: var(--b24-cc-color-outline, var(--ui-color-base-7, #373838));
  --_accent: var(--b24-cc-color-accent, var(--ui-color-accent-main-primary, #1587fa));
  --_alert: var(--b24-cc-color-alert, var(--ui-color-accent-main-alert, #f2473d));
  --_alert-text: var(--b24-cc-color-alert-text, #ffb3ad);
  --_alert-soft: var(--b24-cc-color-alert-soft, #3d1f1d);
`);

/**
 * System tokens. Each resolves through three levels: the kit's own `--b24-cc-*` property,
 * Bitrix24's AIR token (`--ui-*`) when the page loads them, then Bitrix24's light-theme value.
 * Dark values apply under `theme="dark"`, `theme="auto"` with a dark OS, or a `.dark` ancestor.
 */
export const tokens = css`
  :host {
    --_text: var(--b24-cc-color-text, var(--ui-color-base-1, #333));
    --_text-secondary: var(--b24-cc-color-text-secondary, var(--ui-color-base-2, #525c69));
    --_surface: var(--b24-cc-color-surface, var(--ui-color-bg-content-primary, #fff));
    --_outline: var(--b24-cc-color-outline, var(--ui-color-base-7, #edeef0));
    --_accent: var(--b24-cc-color-accent, var(--ui-color-accent-main-primary, #0075ff));
    --_alert: var(--b24-cc-color-alert, var(--ui-color-accent-main-alert, #ff5752));
    --_alert-text: var(--b24-cc-color-alert-text, #c21b17);
    --_alert-soft: var(--b24-cc-color-alert-soft, var(--ui-color-accent-soft-red-2, #ffe8e8));
    --_font: var(--b24-cc-font-family, var(--ui-font-family-system, system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif));
    --_font-size: var(--b24-cc-font-size, var(--ui-font-size-md, 14px));
    --_radius: var(--b24-cc-radius, var(--ui-border-radius-sm, 8px));
    --_space: var(--b24-cc-space, 8px);
  }
  :host([theme='dark']),
  :host-context(.dark) {
    ${DARK_VALUES}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${DARK_VALUES}
    }
  }
`;
