import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createCallCardSimulator } from '../src/connection/simulator.js';
import { callInfo, globalsOf, partOf, providerIn } from './story-helpers.js';

const meta: Meta = {
  title: 'Tags/b24-autoclose-toggle',
  component: 'b24-autoclose-toggle',
  parameters: { actions: { handles: ['change'] } },
};
export default meta;

type Story = StoryObj;

const switchOf = (canvas: HTMLElement) => partOf(canvas.querySelector('b24-autoclose-toggle'), 'base')!;

/** Inside a provider (here on the simulator), the switch follows the controller and sends the commands. */
export const InACard: Story = {
  render: (_, context) => html`<b24-call-card simulate lang=${globalsOf(context).lang}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`,
  play: async ({ canvasElement, argTypes }) => {
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('false'));
    // The docs table: the tag's own API only (no Lit internals), every row described.
    await expect(Object.keys(argTypes)).not.toContain('shadowRootOptions');
    await expect(Object.entries(argTypes).filter(([, type]) => !type.table?.disable && !type.description).map(([name]) => name)).toEqual([]);
  },
};

/** Standalone, the app owns the state: give it the `call` (or a provider), or it has nothing to act on. */
const call = callInfo({ CALL_STATE: 'connected' });

export const Off: Story = {
  render: () => html`<b24-autoclose-toggle .call=${call}></b24-autoclose-toggle>`,
  play: async ({ canvasElement }) => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('false'),
};

export const On: Story = {
  render: () => html`<b24-autoclose-toggle .call=${call} checked></b24-autoclose-toggle>`,
};

export const Disabled: Story = {
  render: () => html`<b24-autoclose-toggle .call=${call} disabled></b24-autoclose-toggle>`,
};

export const CustomLabel: Story = {
  render: () => html`<b24-autoclose-toggle .call=${call}>Hold the card for notes</b24-autoclose-toggle>`,
};

/** Turning it on sends `disableAutoClose` to the host. */
export const SendsTheCommand: Story = {
  render: (_, context) => html`<b24-call-card simulate lang=${globalsOf(context).lang}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(switchOf(canvasElement));
    await waitFor(() => expect(card.simulator!.commandsReceived()).toContain('disableAutoClose'));
    await waitFor(() => expect(card.simulator!.card.autoCloseBlocked).toBe(true));
    await expect(switchOf(canvasElement).getAttribute('aria-checked')).toBe('true');
  },
};

/** While the host has not answered, the switch shows it is pending. */
export const Pending: Story = {
  render: (_, context) => {
    const simulator = createCallCardSimulator();
    simulator.setCommandFault('disableAutoClose', 'silent');
    return html`<b24-call-card command-timeout="600000" lang=${globalsOf(context).lang} .connection=${simulator}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(switchOf(canvasElement));
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-busy')).toBe('true'));
  },
};

/** A failed command reverts the switch and shows a short inline error. */
export const FailedCommandReverts: Story = {
  render: (_, context) => {
    const simulator = createCallCardSimulator();
    simulator.setCommandFault('disableAutoClose', 'error');
    return html`<b24-call-card lang=${globalsOf(context).lang} .connection=${simulator}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`;
  },
  play: async ({ canvasElement }) => {
    const toggle = canvasElement.querySelector('b24-autoclose-toggle')!;
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(switchOf(canvasElement));
    await waitFor(() => expect(partOf(toggle, 'status')?.getAttribute('role')).toBe('alert'));
    await expect(switchOf(canvasElement).getAttribute('aria-checked')).toBe('false');
  },
};

/** After the call ends with the card held open, it says so. */
export const HeldOpenAfterTheCall: Story = {
  render: (_, context) => html`<b24-call-card lang=${globalsOf(context).lang} .connection=${createCallCardSimulator({ state: 'connected' })}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const simulator = providerIn(canvasElement).connection as ReturnType<typeof createCallCardSimulator>;
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(switchOf(canvasElement));
    await waitFor(() => expect(simulator.card.autoCloseBlocked).toBe(true));
    simulator.hangUp();
    await waitFor(() => expect(partOf(canvasElement.querySelector('b24-autoclose-toggle'), 'status')?.getAttribute('role')).toBe('status'));
  },
};

/** While the app's work is unsaved (`controller.keepOpenWhile(work)`), the switch is on, waits, and says why. */
export const HeldByUnsavedWork: Story = {
  render: (_, context) => html`<b24-call-card lang=${globalsOf(context).lang} .connection=${createCallCardSimulator()}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    await waitFor(() => expect(card.snapshot?.status).toBe('ready'));
    void card.controller!.keepOpenWhile(new Promise(() => {}));
    await waitFor(() => expect(switchOf(canvasElement).getAttribute('aria-disabled')).toBe('true'));
    await expect(switchOf(canvasElement).getAttribute('aria-checked')).toBe('true');
    await waitFor(() => expect(partOf(canvasElement.querySelector('b24-autoclose-toggle'), 'status')?.getAttribute('role')).toBe('status'));
  },
};

export const FailedCommandRevertsDarkFrench: Story = {
  ...FailedCommandReverts,
  globals: { theme: 'dark', locale: 'fr' },
};
