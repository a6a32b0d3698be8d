// The drop-in's second file, loaded by the entry at once: the tags a card does not need to show the call, the
// SDK adapter (the SDK's own first answer takes a round trip to the portal anyway), the provider's error panel and
// the developer messages' full texts.
import './elements/crm-bindings/b24-crm-bindings.js';
import './elements/autoclose-toggle/b24-autoclose-toggle.js';
export { b24FrameConnection } from './connection/b24-frame.js';
export { renderErrorPanel } from './elements/call-card/error-panel.js';
export { DEVELOPER_MESSAGES } from './model/developer-messages.js';
