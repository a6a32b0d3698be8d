/**
 * The drop-in bundle (`dist/drop-in/b24-call-card-kit.js`): Lit included, all four tags registered, the
 * connections exported. For `<script type="module">` in a plain HTML widget. Its first file holds what shows
 * the call (the provider and `<b24-call-status>`). It loads the CRM bindings, the keep-open switch and the SDK
 * adapter at once, from a file beside it, so `b24FrameConnection` returns a promise of the connection here.
 * The simulator and the catalogs other than English are files beside it too, loaded only when used.
 * No `ContextRoot`: the provider is defined first, so every tag finds its card when it connects.
 */
import './elements/call-card/b24-call-card.js';
import './elements/call-status/b24-call-status.js';
import { loadLaterTags } from './load-later-tags.js';

loadLaterTags();

export { bx24Connection } from './connection/bx24.js';
export { b24FrameConnection } from './load-later-tags.js';
export { loadSimulator } from './connection/load-simulator.js';
export { CallCardError } from './model/errors.js';
