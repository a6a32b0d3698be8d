// Your own Lit tag inside <b24-call-card>: CallCardConsumer gives it the card's snapshot, and
// re-renders it on every change. It is right on its first render: the card answers as the tag connects.
import { LitElement, html } from 'lit';
import { CallCardConsumer } from 'b24-call-card-kit';

export class CallerLine extends LitElement {
  readonly #card = new CallCardConsumer(this);

  override render() {
    const snapshot = this.#card.snapshot;
    if (!snapshot) return html`<p>No call card around this tag.</p>`;
    const { phoneNumber, state } = snapshot.call;
    return html`<p data-call-state=${state}>${phoneNumber || 'No number'}: ${state}</p>`;
  }
}

customElements.define('caller-line', CallerLine);
