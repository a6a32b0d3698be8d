import '../call-card/b24-call-card.js';
import { B24CallStatus } from './call-status.js';

export { B24CallStatus };

if (!customElements.get('b24-call-status')) customElements.define('b24-call-status', B24CallStatus);

declare global {
  interface HTMLElementTagNameMap {
    'b24-call-status': B24CallStatus;
  }
}
