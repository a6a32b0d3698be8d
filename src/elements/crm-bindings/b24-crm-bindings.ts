import '../call-card/b24-call-card.js';
import { B24CrmBindings } from './crm-bindings.js';

export { B24CrmBindings };

if (!customElements.get('b24-crm-bindings')) customElements.define('b24-crm-bindings', B24CrmBindings);

declare global {
  interface HTMLElementTagNameMap {
    'b24-crm-bindings': B24CrmBindings;
  }
}
