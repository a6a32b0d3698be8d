import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { parameters as manifestParameters } from '@storybook/web-components/entry-preview-argtypes';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(customElements);

export const LOCALES = ['en', 'ru', 'de', 'es', 'pt-BR', 'pl', 'uk', 'fr'];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Storybook 10 no longer wires these by itself (storybook issue 33038).
    docs: { ...manifestParameters.docs },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the kit',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const dark = context.globals['theme'] === 'dark';
      return html`<div
        class=${dark ? 'dark' : 'light'}
        lang=${context.globals['locale'] ?? 'en'}
        style="padding: 12px; background: ${dark ? '#1b1b1b' : '#ffffff'}; color: ${dark ? '#f8f8f8' : '#333333'}; color-scheme: ${dark ? 'dark' : 'light'}"
      >
        ${story()}
      </div>`;
    },
  ],
  tags: ['autodocs'],
};

export default preview;
