import './elements/call-card/b24-call-card.js';
import './elements/call-status/b24-call-status.js';
import './elements/crm-bindings/b24-crm-bindings.js';
import './elements/autoclose-toggle/b24-autoclose-toggle.js';
import './context-root.js';
