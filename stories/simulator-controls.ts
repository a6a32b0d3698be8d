import { html } from 'lit';
import type { B24CallCard } from '../src/elements/call-card/call-card.js';
import { FAILURE_CODES } from '../src/model/failure-codes.js';

const card = (event: Event) => (event.target as HTMLElement).closest('.story')!.querySelector<B24CallCard>('b24-call-card')!;
const simulator = (event: Event) => card(event).simulator!;
const hangUpCode = (event: Event) => (event.target as HTMLElement).closest('.simulator-controls')!.querySelector('select')!.value;

/**
 * Buttons that drive the simulated call of the `b24-call-card` inside the nearest `.story`. The
 * hang-up code is chosen here, in the canvas: a Storybook control would show in the tag's docs table.
 */
export function simulatorControls() {
  // The buttons draw themselves: WebKitGTK's native dark buttons are white on light grey (1.8:1).
  return html`<style>
      .simulator-controls button,
      .simulator-controls select {
        font: inherit;
        font-size: 13px;
        color: inherit;
        background: transparent;
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 3px 8px;
        cursor: pointer;
      }
    </style>
    <div class="simulator-controls" style="display: flex; flex-wrap: wrap; gap: 6px">
    <button @click=${(event: Event) => simulator(event).startCall({ TYPE: 2, PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 })}>Incoming call</button>
    <button @click=${(event: Event) => simulator(event).connect()}>Connect</button>
    <label>Hang-up code <select>${['200', ...FAILURE_CODES].map((code) => html`<option ?selected=${code === '486'}>${code}</option>`)}</select></label>
    <button @click=${(event: Event) => simulator(event).hangUp(hangUpCode(event))}>Hang up</button>
    <button @click=${(event: Event) => simulator(event).changeEntity('LEAD', 31)}>Change client</button>
    <button @click=${(event: Event) => simulator(event).nextClient({ PHONE_NUMBER: '+4930999999' })}>Next client</button>
    <button @click=${(event: Event) => simulator(event).addBinding('DEAL', 4615)}>Add binding</button>
    <button @click=${(event: Event) => void card(event).controller?.keepOpen(!card(event).snapshot?.keepOpen)}>Toggle keep open</button>
    <button @click=${(event: Event) => simulator(event).close()}>Close</button>
  </div>`;
}
