import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FAILURE_CODES } from '../src/model/failure-codes.js';
import { simulatorControls } from './simulator-controls.js';

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

export const FullCard: StoryObj<Args> = {
  render: ({ failureCode, theme, lang }) => html`
    <div class="story" style="display: grid; gap: 12px; max-width: 420px; padding: 12px; background: ${theme === 'dark' ? '#1b1b1b' : '#fff'}">
      <b24-call-card simulate theme=${theme} lang=${lang}>
        <b24-call-status></b24-call-status>
        <b24-crm-bindings resolve-titles></b24-crm-bindings>
        <b24-autoclose-toggle></b24-autoclose-toggle>
      </b24-call-card>
      ${simulatorControls(failureCode)}
    </div>
  `,
};
