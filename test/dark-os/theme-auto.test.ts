import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { backgroundBehind, contrast, until } from '../helpers.js';

// This file runs in browsers started with a dark system theme (the `dark-os` group of
// web-test-runner.config.mjs): Chromium's colour scheme, Firefox's ui.systemUsesDarkTheme, MiniBrowser's --dark-mode.
const numberColor = (provider: Element) => getComputedStyle(provider.querySelector('b24-call-status')!.shadowRoot!.querySelector('[part=number]')!).color;

async function card(theme: string) {
  const provider = await fixture<B24CallCard>(html`<b24-call-card simulate theme=${theme}><b24-call-status></b24-call-status><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`);
  await until(() => provider.snapshot?.status === 'ready', 'ready');
  await provider.querySelector('b24-call-status')!.updateComplete;
  return provider;
}

describe('theme=auto on a dark system', () => {
  it('follows prefers-color-scheme: dark, while theme=light stays light', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the browser was started with a dark system theme').to.equal(true);
    expect(numberColor(await card('auto'))).to.equal('rgb(248, 248, 248)');
    expect(numberColor(await card('light'))).to.equal('rgb(51, 51, 51)');
  });

  it('paints its own surface, so the page that stays white keeps every text legible', async () => {
    const provider = await card('auto');
    // The test page sets no colour scheme of its own: it stays white, as a widget's page does.
    const label = provider.querySelector('b24-autoclose-toggle')!.shadowRoot!.querySelector('[part=label]')!;
    expect(contrast(getComputedStyle(label).color, backgroundBehind(label))).to.be.at.least(4.5);
  });
});
