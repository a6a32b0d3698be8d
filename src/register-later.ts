// The drop-in's second file, loaded by the entry at once: the tags a card does not need to show the call, the
// SDK adapter (the SDK's own first answer takes a round trip to the portal anyway), the provider's error panel, the
// keep-open machine, the developer messages' full texts and the English of the reasons a call failed.
import './elements/crm-bindings/b24-crm-bindings.js';
import './elements/autoclose-toggle/b24-autoclose-toggle.js';
import { englishFailures } from './i18n/english/failures.js';
import { addEnglish } from './i18n/messages.js';

addEnglish(englishFailures);

export { b24FrameConnection } from './connection/b24-frame.js';
export { renderErrorPanel } from './elements/call-card/error-panel.js';
export { DEVELOPER_MESSAGES } from './model/developer-messages.js';
export { createKeepOpenMachine } from './controller/keep-open-machine.js';
