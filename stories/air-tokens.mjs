/**
 * The Bitrix24 AIR tokens a call-card widget reads, as a page that loads Bitrix24's UI kit has
 * them: light values on `:root` and `.light`, dark values on `.dark`. As in AIR itself,
 * `--ui-color-bg-content-secondary` and the soft accents have no dark value. Values from
 * `@bitrix24/b24ui-nuxt` 2.12's `air-design-tokens` (see ../shared/reference/bitrix24-air-tokens.md).
 * Plain JavaScript, so that stories, browser tests and scripts/tools/screenshots.mjs share it.
 */
export const AIR_TOKENS_CSS = airTokensCss(':root');

/**
 * The same tokens with the light values on `root` instead of `:root` (a story scopes them to its own wrapper).
 * @param {string} root
 * @returns {string}
 */
export function airTokensCss(root) {
  return `
${root}, .light {
  --ui-color-base-1: #333; --ui-color-base-2: #525c69; --ui-color-base-3: #828b95; --ui-color-base-4: #a8adb4;
  --ui-color-bg-content-primary: #fff; --ui-color-bg-content-secondary: #fbfbfb; --ui-color-divider-default: #f0f0f0;
  --ui-color-accent-main-primary: #0075ff; --ui-color-accent-main-success: #1bce7b; --ui-color-accent-main-warning: #faa72c;
  --ui-color-accent-main-alert: #ff5752; --ui-color-accent-soft-blue-2: #e6f4ff; --ui-color-accent-soft-green-2: #caffe7;
  --ui-color-accent-soft-red-2: #ffe8e8;
  --ui-font-family-system: system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Ubuntu, "Helvetica Neue", Arial, sans-serif;
  --ui-font-size-sm: 13px; --ui-font-size-md: 14px; --ui-border-radius-sm: 8px;
}
.dark {
  --ui-color-base-1: #f8f8f8; --ui-color-base-2: #cacbcc; --ui-color-base-3: #a7a9ab; --ui-color-base-4: #828385;
  --ui-color-bg-content-primary: #262626; --ui-color-divider-default: #323232;
  --ui-color-accent-main-primary: #1587fa; --ui-color-accent-main-success: #1cae6a; --ui-color-accent-main-warning: #f2a100;
  --ui-color-accent-main-alert: #f2473d;
}
`;
}
