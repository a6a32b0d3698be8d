import type { PlacementRequest } from './placement-request.js';

/** How the widget page is made. */
export interface WidgetPageOptions {
  /** Where the page loads the kit's drop-in bundle from (`/kit/b24-call-card-kit.js`): the `dist/drop-in/` folder, served whole. */
  readonly kitUrl: string;
  /** The classic BX24 library. Default: the portal's own, `https://api.bitrix24.com/api/v1/`. */
  readonly bx24Url?: string;
  /**
   * `@bitrix24/b24jssdk`'s browser build (its `dist/umd/index.min.js`), served by you: the page then uses the
   * SDK instead of the classic library, and hands the provider `initializeB24Frame().then(b24FrameConnection)`.
   */
  readonly sdkUrl?: string;
  /** The page's `<title>`. Default: "Call card". */
  readonly title?: string;
  /**
   * What goes inside `<b24-call-card>` (trusted HTML of your own). Default: the call's status, its CRM
   * bindings with their titles, and the keep-open switch.
   */
  readonly content?: string | ((request: PlacementRequest) => string);
  /**
   * The whole card as `renderCallCard` rendered it, in place of `<b24-call-card>` and `content`: the page then
   * shows the call before any script runs. `answerWidgetRequest` passes it unless told not to.
   */
  readonly renderedCard?: string;
}

const DEFAULT_CONTENT = `<b24-call-status></b24-call-status>
      <b24-crm-bindings resolve-titles></b24-crm-bindings>
      <b24-autoclose-toggle></b24-autoclose-toggle>`;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The client library and the drop-in: the classic library (the provider finds `BX24` itself), or the SDK. */
function client(options: WidgetPageOptions): string {
  const kit = escapeHtml(options.kitUrl);
  if (!options.sdkUrl) return `<script src="${escapeHtml(options.bx24Url ?? 'https://api.bitrix24.com/api/v1/')}"></script>\n    <script type="module" src="${kit}"></script>`;
  return `<script src="${escapeHtml(options.sdkUrl)}"></script>
    <script type="module">
      import { b24FrameConnection } from ${JSON.stringify(options.kitUrl).replace(/</g, '\\u003c')};
      document.querySelector('b24-call-card').connection = B24Js.initializeB24Frame().then(b24FrameConnection);
    </script>`;
}

/**
 * The widget's page: the classic library (which reads the portal's frame name), the drop-in bundle, and
 * `<b24-call-card>` with the content. The provider finds `BX24` by itself, so the page has no script of its own.
 */
export function renderWidgetPage(request: PlacementRequest, options: WidgetPageOptions): string {
  const content = typeof options.content === 'function' ? options.content(request) : (options.content ?? DEFAULT_CONTENT);
  return `<!doctype html>
<html lang="${escapeHtml(request.lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title ?? 'Call card')}</title>
    ${client(options)}
    <style>
      body { margin: 0; padding: 12px; }
    </style>
  </head>
  <body>
    ${options.renderedCard ?? `<b24-call-card>\n      ${content}\n    </b24-call-card>`}
  </body>
</html>
`;
}
