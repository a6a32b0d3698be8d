import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createCallCardSimulator } from '../src/connection/simulator.js';
import { airTokensCss } from './air-tokens.mjs';
import { globalsOf, partOf, providerIn } from './story-helpers.js';

// The whole card as a widget page shows it: a white page, the card's real widths, Bitrix24's AIR
// tokens or none. Storybook paints no backdrop here (see preview.ts): what axe checks is what a page gets.

const CALL = {
  PHONE_NUMBER: '+4915112345678',
  TYPE: 3 as const,
  LINE_NAME: 'Berlin office',
  CALL_LIST_ID: 7,
  CRM_ENTITY_TYPE: 'CONTACT',
  CRM_ENTITY_ID: 17,
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 5 },
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 },
  ],
};

interface Args {
  /** The card's width in px: the desktop app's card is 550 px wide, the widget a tab in it. */
  width: number;
}

// The toolbar's theme puts a `.dark` ancestor around the story; `theme="dark"` is set only where a story says so.
const meta: Meta<Args> = {
  title: 'Pages/On a real page',
  argTypes: { width: { control: { type: 'range', min: 280, max: 600, step: 10 } } },
  args: { width: 400 },
};
export default meta;
type Story = StoryObj<Args>;

function card(lang: string, theme: 'dark' | undefined, options: { failing?: boolean; bindings?: number } = {}) {
  const call = options.bindings ? { ...CALL, CRM_BINDINGS: Array.from({ length: options.bindings }, (_, index) => ({ ENTITY_TYPE: index % 2 ? 'DEAL' : 'COMPANY', ENTITY_ID: index + 1 })) } : CALL;
  const connection = createCallCardSimulator(options.failing ? { placement: 'CRM_DEAL_DETAIL_TAB' } : { call });
  return html`<b24-call-card theme=${ifDefined(theme)} lang=${lang} .connection=${connection}>
    <b24-call-status></b24-call-status>
    <b24-crm-bindings resolve-titles></b24-crm-bindings>
    <b24-autoclose-toggle></b24-autoclose-toggle>
  </b24-call-card>`;
}

/** The card on a white page at a call-card width. */
export const WhitePage: Story = {
  render: ({ width }, context) => html`<div style="width: ${width}px">${card(globalsOf(context).lang, undefined)}</div>`,
};

/** `theme="dark"` on a page that stays white: every text keeps its contrast, the error panel's too. */
export const DarkOnWhitePage: Story = {
  render: ({ width }, context) => html`<div style="display: grid; gap: 16px; width: ${width}px">
    ${card(globalsOf(context).lang, 'dark')} ${card(globalsOf(context).lang, 'dark', { failing: true })}
  </div>`,
  play: async ({ canvasElement }) => {
    const [, failing] = [...canvasElement.querySelectorAll('b24-call-card')];
    await waitFor(() => expect(partOf(failing, 'error')).not.toBe(null));
  },
};

const air = (theme: 'light' | 'dark', width: number, lang: string) => html`<style>
    ${airTokensCss('.air-page')}
  </style>
  <div class=${theme === 'dark' ? 'air-page dark' : 'air-page'} style="display: grid; gap: 16px; width: ${width}px">
    ${card(lang, undefined)} ${card(lang, undefined, { failing: true })}
  </div>`;

/** A page that loads Bitrix24's AIR tokens: the kit takes their values. */
export const AirTokensLight: Story = {
  render: ({ width }, context) => air('light', width, globalsOf(context).lang),
};

/**
 * AIR tokens with `.dark`. AIR has no dark value for the soft blue, the soft red and the secondary
 * surface; the kit uses its own there, so the primary row, the error panel and the icon stay dark.
 */
export const AirTokensDark: Story = {
  render: ({ width }, context) => air('dark', width, globalsOf(context).lang),
};

/** The same card at 320, 400 and 550 px: below 440 px the phase moves under the number. */
export const CallCardWidths: Story = {
  render: (_, context) => html`<div style="display: flex; flex-wrap: wrap; align-items: start; gap: 16px">
    ${[320, 400, 550].map((width) => html`<div style="width: ${width}px">${card(globalsOf(context).lang, undefined)}</div>`)}
  </div>`,
};

/** 50 bindings: the primary entity and five more, the rest behind "Show 45 more". */
export const FiftyBindings: Story = {
  render: ({ width }, context) => html`<div style="width: ${width}px">${card(globalsOf(context).lang, undefined, { bindings: 50 })}</div>`,
  play: async ({ canvasElement }) => {
    const list = providerIn(canvasElement).querySelector('b24-crm-bindings')!;
    await waitFor(() => expect(partOf(list, 'more')).not.toBe(null));
    const shown = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~=item]')].filter((item) => !item.hidden).length;
    await expect(shown()).toBe(6);
    await expect(partOf(list, 'more')!.textContent!.trim()).toContain('45');
    await userEvent.click(partOf(list, 'more')!);
    await waitFor(() => expect(shown()).toBe(51));
    await expect(partOf(list, 'more')!.getAttribute('aria-expanded')).toBe('true');
  },
};

/** 50 bindings under the toolbar's dark theme: a `.dark` ancestor on a white page. */
export const FiftyBindingsDark: Story = {
  ...FiftyBindings,
  globals: { theme: 'dark' },
};

/** Arabic: the card lays itself out right to left by its language; the number stays left to right. */
export const WhitePageArabic: Story = {
  ...WhitePage,
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const provider = providerIn(canvasElement);
    await waitFor(() => expect(provider.getAttribute('dir')).toBe('rtl'));
  },
};

/** Hindi (Bitrix24's `in`), dark on a white page. */
export const DarkOnWhitePageHindi: Story = {
  ...DarkOnWhitePage,
  globals: { locale: 'in' },
};

/** Waits until the status shows `phase`: the story's catalog has loaded, so axe checks its text. */
const showsPhase = (phase: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const status = providerIn(canvasElement).querySelector('b24-call-status')!;
  await waitFor(() => expect(partOf(status, 'phase')?.textContent).toBe(phase));
};

/** Japanese in the narrowest card: CJK text may break between any two characters, the number never. */
export const NarrowJapanese: Story = {
  ...WhitePage,
  args: { width: 320 },
  globals: { locale: 'ja' },
  play: showsPhase('着信中…'),
};

/** Thai in the narrowest card, dark on a white page: Thai breaks lines only between words. */
export const NarrowThaiDark: Story = {
  ...DarkOnWhitePage,
  args: { width: 320 },
  globals: { locale: 'th' },
  play: async (context) => {
    await DarkOnWhitePage.play!(context);
    await showsPhase('มีสายเรียกเข้า…')(context);
  },
};

/** Traditional Chinese (Bitrix24's `tc`), with AIR's `.dark` tokens. */
export const AirTokensDarkTraditionalChinese: Story = {
  ...AirTokensDark,
  globals: { locale: 'tc' },
  play: showsPhase('來電響鈴中…'),
};
