import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import { simulatorControls } from './simulator-controls.js';
import { globalsOf, partOf, providerIn } from './story-helpers.js';

/**
 * The whole card on the built-in simulator. The buttons drive a call through its life; every
 * event the provider dispatches shows in the Actions panel.
 */
const meta: Meta = {
  title: 'Scenarios/Call simulator',
  decorators: [withActions],
  parameters: { actions: { handles: ['b24-ready', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-error', 'b24-binding-open', 'change'] } },
};
export default meta;

export const CallSimulator: StoryObj = {
  render: (_, context) => {
    const { lang, theme } = globalsOf(context);
    return html`
      <div class="story" style="display: grid; gap: 12px; max-width: 440px">
        <b24-call-card simulate lang=${lang} theme=${theme} style="display: grid; gap: 8px">
          <b24-call-status></b24-call-status>
          <b24-crm-bindings resolve-titles></b24-crm-bindings>
          <b24-autoclose-toggle></b24-autoclose-toggle>
        </b24-call-card>
        ${simulatorControls()}
      </div>
    `;
  },
};

/** A whole call, played through the simulator's controls. */
export const WholeCall: StoryObj = {
  ...CallSimulator,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    const status = card.querySelector('b24-call-status')!;
    const bindings = card.querySelector('b24-crm-bindings')!;
    const toggle = partOf(card.querySelector('b24-autoclose-toggle'), 'base')!;
    const button = (index: number) => canvasElement.querySelectorAll<HTMLButtonElement>('.story button')[index]!;
    await waitFor(() => expect(toggle.getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(button(1)); // connect
    await waitFor(() => expect(status.getAttribute('state')).toBe('connected'));
    await userEvent.click(button(3)); // change client
    await waitFor(() => expect(partOf(bindings, 'item-primary')?.querySelector('a')?.getAttribute('href')).toContain('/crm/lead/details/31/'));
    await userEvent.click(toggle);
    await waitFor(() => expect(card.simulator!.card.autoCloseBlocked).toBe(true));
    await userEvent.click(button(2)); // hang up
    await waitFor(() => expect(partOf(status, 'failure')).not.toBeNull());
    await expect(card.simulator!.card.isOpen).toBe(true);
  },
};

/** The same card in dark and in Russian: accessibility is checked in both. */
export const CallSimulatorDarkRussian: StoryObj = {
  ...WholeCall,
  globals: { theme: 'dark', locale: 'ru' },
};
