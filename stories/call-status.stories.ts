import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { FAILURE_CODES } from '../src/model/failure-codes.js';
import { CALL_DIRECTIONS, CALL_STATES } from '../src/model/types.js';
import { callInfo, callSequence, endedCall, globalsOf, partOf, providerIn } from './story-helpers.js';

const meta: Meta = {
  title: 'Tags/b24-call-status',
  component: 'b24-call-status',
};
export default meta;

type Story = StoryObj;

const connected = callInfo({ CALL_STATE: 'connected', PHONE_NUMBER: '+4930123456' });

export const Ringing: Story = {
  render: () => html`<b24-call-status .call=${callInfo({ PHONE_NUMBER: '+4930123456' })}></b24-call-status>`,
};

export const Calling: Story = {
  render: () => html`<b24-call-status .call=${callInfo({ CALL_DIRECTION: 'outgoing', PHONE_NUMBER: '+4930123456' })}></b24-call-status>`,
};

export const ConnectedWithLiveTimer: Story = {
  render: () => html`<b24-call-status .call=${connected}></b24-call-status>`,
};

export const Ended: Story = {
  render: () => html`<b24-call-status ${callSequence(connected, endedCall(connected))}></b24-call-status>`,
};

export const HiddenNumber: Story = {
  render: () => html`<b24-call-status .call=${callInfo({ PHONE_NUMBER: 'hidden' })}></b24-call-status>`,
};

export const UnknownNumber: Story = {
  render: () => html`<b24-call-status .call=${callInfo({ PHONE_NUMBER: 'unknown', LINE_NAME: '', LINE_NUMBER: 'reg151083' })}></b24-call-status>`,
};

export const MaskedNumber: Story = {
  render: () => html`<b24-call-status mask .call=${callInfo({ CALL_STATE: 'connected', PHONE_NUMBER: '+4930123456' })}></b24-call-status>`,
};

export const CallListMode: Story = {
  render: () => html`<b24-call-status .call=${callInfo({ CALL_DIRECTION: 'outgoing', CALL_LIST_MODE: true, PHONE_NUMBER: '+4930999999' })}></b24-call-status>`,
};

/** Every state × direction; `idle` with no history is simply idle. */
export const EveryStateAndDirection: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 8px">
    ${CALL_STATES.flatMap((state) =>
      CALL_DIRECTIONS.map((direction) => html`<b24-call-status .call=${callInfo({ CALL_STATE: state, CALL_DIRECTION: direction, PHONE_NUMBER: '+4930123456' })}></b24-call-status>`),
    )}
  </div>`,
};

/** A failed call for each `telephony.externalcall.finish` code, and an unknown one shown as itself. */
export const EveryFailureCode: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 8px">
    ${[...FAILURE_CODES, '599'].map((code) => {
      const ringing = callInfo({ PHONE_NUMBER: '+4930123456', CALL_ID: `failed-${code}` });
      return html`<b24-call-status ${callSequence(ringing, endedCall(ringing, code))}></b24-call-status>`;
    })}
  </div>`,
};

/** Inside a provider: a state change updates the status and starts the timer. */
export const FollowsTheCall: Story = {
  render: (_, context) => html`<b24-call-card simulate lang=${globalsOf(context).lang}><b24-call-status></b24-call-status></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    const status = card.querySelector('b24-call-status')!;
    await waitFor(() => expect(card.snapshot?.status).toBe('ready'));
    await expect(status.getAttribute('state')).toBe('connecting');
    await expect(partOf(status, 'timer')).toBeNull();
    card.simulator!.connect();
    await waitFor(() => expect(status.getAttribute('state')).toBe('connected'));
    await waitFor(() => expect(partOf(status, 'timer')?.textContent).toMatch(/^\d+:\d\d$/));
  },
};

export const EveryStateAndDirectionDarkRussian: Story = {
  ...EveryStateAndDirection,
  globals: { theme: 'dark', locale: 'ru' },
};

export const EveryFailureCodeDarkGerman: Story = {
  ...EveryFailureCode,
  globals: { theme: 'dark', locale: 'de' },
};
