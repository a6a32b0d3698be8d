import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { parameters as manifestParameters } from '@storybook/web-components/entry-preview-argtypes';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(customElements);

export const LOCALES = ['en', 'ru', 'de', 'es', 'pt-BR', 'pl', 'uk', 'fr', 'in', 'ar'];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    backgrounds: { disable: true },
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
  // No backdrop of Storybook's own: a widget's page is white unless it says otherwise, so a dark
  // story shows what a white page does with it. Dark is a `.dark` ancestor, as Bitrix24 sets it; the
  // kit paints its own surface. Axe's colour-contrast rule checks every story this way.
  decorators: [
    (story, context) => html`<div class=${context.globals['theme'] === 'dark' ? 'dark' : 'light'} lang=${context.globals['locale'] ?? 'en'}>${story()}</div>`,
  ],
  tags: ['autodocs'],
};

export default preview;
