import { B24CallCard } from './call-card.js';

export { B24CallCard };

if (!customElements.get('b24-call-card')) customElements.define('b24-call-card', B24CallCard);

declare global {
  interface HTMLElementTagNameMap {
    'b24-call-card': B24CallCard;
  }
}
