/**
 * The drop-in bundle (`dist/drop-in/b24-call-card-kit.js`): Lit included, all four tags registered, the
 * connections exported. For `<script type="module">` in a plain HTML widget. The simulator and the
 * catalogs other than English are files beside it, loaded only when used.
 */
import './register-all.js';

export { bx24Connection } from './connection/bx24.js';
export { b24FrameConnection } from './connection/b24-frame.js';
export { loadSimulator } from './connection/load-simulator.js';
export { CallCardError } from './model/errors.js';
