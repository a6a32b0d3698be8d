import '../call-card/b24-call-card.js';
import { B24AutocloseToggle } from './autoclose-toggle.js';

export { B24AutocloseToggle };

if (!customElements.get('b24-autoclose-toggle')) customElements.define('b24-autoclose-toggle', B24AutocloseToggle);

declare global {
  interface HTMLElementTagNameMap {
    'b24-autoclose-toggle': B24AutocloseToggle;
  }
}
