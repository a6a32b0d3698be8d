import { ContextRoot } from '@lit/context';
import './elements/call-card/b24-call-card.js';
import './elements/call-status/b24-call-status.js';
import './elements/crm-bindings/b24-crm-bindings.js';
import './elements/autoclose-toggle/b24-autoclose-toggle.js';

// A ContextRoot replays context requests from consumers that upgraded before their provider.
const ROOT_FLAG = Symbol.for('b24-call-card-kit/context-root');
const scope = globalThis as { [ROOT_FLAG]?: boolean };
if (typeof document !== 'undefined' && !scope[ROOT_FLAG]) {
  scope[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}
