/**
 * The drop-in bundle (`dist/drop-in/b24-call-card-kit.js`): Lit included, all four tags registered, the
 * connections exported. For `<script type="module">` in a plain HTML widget. Its first file holds what shows
 * the call (the provider and `<b24-call-status>`); it loads the CRM bindings and the keep-open switch at once,
 * from a file beside it. The simulator and the catalogs other than English are files beside it too, loaded
 * only when used.
 */
import './elements/call-card/b24-call-card.js';
import './elements/call-status/b24-call-status.js';
import './context-root.js';
import { loadLaterTags } from './load-later-tags.js';

loadLaterTags();

export { bx24Connection } from './connection/bx24.js';
export { b24FrameConnection } from './connection/b24-frame.js';
export { loadSimulator } from './connection/load-simulator.js';
export { CallCardError } from './model/errors.js';
