import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { parameters as manifestParameters } from '@storybook/web-components/entry-preview-argtypes';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(customElements);

/** Bitrix24's 20 interface languages, by the codes a portal sends, with their own names. */
export const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'ru', title: 'Русский' },
  { value: 'de', title: 'Deutsch' },
  { value: 'la', title: 'Español (la)' },
  { value: 'fr', title: 'Français' },
  { value: 'it', title: 'Italiano' },
  { value: 'id', title: 'Bahasa Indonesia' },
  { value: 'ms', title: 'Bahasa Melayu' },
  { value: 'in', title: 'हिन्दी (in)' },
  { value: 'ja', title: '日本語' },
  { value: 'pl', title: 'Polski' },
  { value: 'br', title: 'Português (Brasil) (br)' },
  { value: 'vn', title: 'Tiếng Việt (vn)' },
  { value: 'tr', title: 'Türkçe' },
  { value: 'kz', title: 'Қазақша (kz)' },
  { value: 'ua', title: 'Українська (ua)' },
  { value: 'ar', title: 'العربية' },
  { value: 'th', title: 'ภาษาไทย' },
  { value: 'sc', title: '中文（简体）(sc)' },
  { value: 'tc', title: '中文（繁體）(tc)' },
];

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
