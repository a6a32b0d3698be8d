import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import { createCallCardSimulator } from '../src/connection/simulator.js';
import { CallCardConsumer } from '../src/elements/call-card-consumer.js';
import { simulatorControls } from './simulator-controls.js';
import { globalsOf, partOf, providerIn } from './story-helpers.js';

/** Story-only view of the provider's snapshot, until the visual tags land. */
class SnapshotView extends LitElement {
  static override styles = css`
    :host { display: block; font: 14px system-ui, sans-serif; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
    dt { color: #525c69; }
    dd { margin: 0; font-variant-numeric: tabular-nums; }
  `;
  readonly consumer = new CallCardConsumer(this);

  override render() {
    const snapshot = this.consumer.snapshot;
    if (!snapshot) return html`<p>No provider.</p>`;
    const { call } = snapshot;
    const rows: [string, unknown][] = [
      ['status', snapshot.status],
      ['state', call.state],
      ['direction', call.direction],
      ['number', `${call.phoneNumber || '—'} (${call.phoneNumberKind})`],
      ['line', call.lineName || call.lineNumber],
      ['entity', call.entity ? `${call.entity.entityType} ${call.entity.entityId}` : '—'],
      ['bindings', call.bindings.map((binding) => `${binding.entityType} ${binding.entityId}`).join(', ') || '—'],
      ['call list', call.callListMode],
      ['failed code', call.failedCode ?? '—'],
      ['connected at', snapshot.connectedAt ? new Date(snapshot.connectedAt).toLocaleTimeString() : '—'],
      ['ended at', snapshot.endedAt ? new Date(snapshot.endedAt).toLocaleTimeString() : '—'],
      ['keep open', `${snapshot.keepOpen}${snapshot.keepOpenPending ? ' (pending)' : ''}`],
      ['error', snapshot.error ? `${snapshot.error.code}: ${snapshot.error.message}` : '—'],
    ];
    return html`<dl>${rows.map(([name, value]) => html`<dt>${name}</dt><dd>${String(value)}</dd>`)}</dl>`;
  }
}
if (!customElements.get('story-snapshot-view')) customElements.define('story-snapshot-view', SnapshotView);

const meta: Meta = {
  title: 'Tags/b24-call-card',
  component: 'b24-call-card',
  decorators: [withActions],
  parameters: { actions: { handles: ['b24-ready', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-error'] } },
};
export default meta;

/** The provider in `simulate` mode, and the snapshot it shares with the tags inside. */
export const SimulatedSnapshot: StoryObj = {
  render: (_, context) => html`
    <div class="story" style="display: grid; gap: 12px; max-width: 560px">
      <b24-call-card simulate lang=${globalsOf(context).lang}><story-snapshot-view></story-snapshot-view></b24-call-card>
      ${simulatorControls()}
    </div>
  `,
  play: async ({ argTypes }) => {
    // The docs table: the tag's own API only, every row described.
    await expect(Object.entries(argTypes).filter(([, type]) => !type.table?.disable && !type.description).map(([name]) => name)).toEqual([]);
  },
};

/** No `connection`, no `simulate`, no `BX24`: error `NO_HOST`, with a visible panel. */
export const NoHost: StoryObj = {
  render: (_, context) => html`<b24-call-card lang=${globalsOf(context).lang}></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    await waitFor(() => expect(card.error?.code).toBe('NO_HOST'));
    // The panel comes when its file does (with the drop-in's second file).
    await waitFor(() => expect(partOf(card, 'error')?.getAttribute('role')).toBe('alert'));
  },
};

/** Opened in another placement: error `WRONG_PLACEMENT`. */
export const WrongPlacement: StoryObj = {
  render: (_, context) => html`<b24-call-card lang=${globalsOf(context).lang} .connection=${createCallCardSimulator({ placement: 'CRM_DEAL_DETAIL_TAB' })}></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    await waitFor(() => expect(card.error?.code).toBe('WRONG_PLACEMENT'));
    await waitFor(() => expect(partOf(card, 'error-code')?.textContent).toContain('WRONG_PLACEMENT'));
  },
};

/** A host that never answers: error `TIMEOUT` after `command-timeout`. */
export const HostNeverAnswers: StoryObj = {
  render: (_, context) => {
    const simulator = createCallCardSimulator();
    simulator.setCommandFault('getStatus', 'silent');
    return html`<b24-call-card command-timeout="300" lang=${globalsOf(context).lang} .connection=${simulator}></b24-call-card>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(providerIn(canvasElement).error?.code).toBe('TIMEOUT'));
  },
};
