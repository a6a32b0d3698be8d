import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { B24CallCard } from '../src/elements/call-card/call-card.js';
import { FAILURE_CODES } from '../src/model/failure-codes.js';

interface Args {
  failureCode: string;
  theme: 'light' | 'dark' | 'auto';
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Scenarios/Call simulator',
  argTypes: {
    failureCode: { control: 'select', options: ['200', ...FAILURE_CODES] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'ru', 'de', 'es', 'pt-BR', 'pl', 'uk', 'fr'] },
  },
  args: { failureCode: '486', theme: 'light', lang: 'en' },
};
export default meta;

const card = (event: Event) => (event.target as HTMLElement).closest('.story')!.querySelector<B24CallCard>('b24-call-card')!;

export const FullCard: StoryObj<Args> = {
  render: ({ failureCode, theme, lang }) => html`
    <div class="story" style="display: grid; gap: 12px; max-width: 420px; padding: 12px; background: ${theme === 'dark' ? '#1b1b1b' : '#fff'}">
      <b24-call-card simulate theme=${theme} lang=${lang}>
        <b24-call-status></b24-call-status>
        <b24-crm-bindings resolve-titles></b24-crm-bindings>
        <b24-autoclose-toggle></b24-autoclose-toggle>
      </b24-call-card>
      <div style="display: flex; flex-wrap: wrap; gap: 6px">
        <button @click=${(event: Event) => card(event).simulator!.startCall({ TYPE: 2, PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 })}>Incoming call</button>
        <button @click=${(event: Event) => card(event).simulator!.connect()}>Connect</button>
        <button @click=${(event: Event) => card(event).simulator!.hangUp(failureCode)}>Hang up (${failureCode})</button>
        <button @click=${(event: Event) => card(event).simulator!.changeEntity('LEAD', 31)}>Change client</button>
        <button @click=${(event: Event) => card(event).simulator!.nextClient({ PHONE_NUMBER: '+4930999999' })}>Next client</button>
        <button @click=${(event: Event) => card(event).simulator!.addBinding('DEAL', 4615)}>Add binding</button>
        <button @click=${(event: Event) => card(event).simulator!.close()}>Close</button>
      </div>
    </div>
  `,
};
