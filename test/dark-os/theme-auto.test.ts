import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { until } from '../helpers.js';

// This file runs in browsers started with a dark system theme (the `dark-os` group of
// web-test-runner.config.mjs): Chromium's colour scheme, Firefox's ui.systemUsesDarkTheme, MiniBrowser's --dark-mode.
const numberColor = (provider: Element) => getComputedStyle(provider.querySelector('b24-call-status')!.shadowRoot!.querySelector('[part=number]')!).color;

async function card(theme: string) {
  const provider = await fixture<B24CallCard>(html`<b24-call-card simulate theme=${theme}><b24-call-status></b24-call-status></b24-call-card>`);
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
});
