import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { until } from '../helpers.js';

const numberColor = (root: Element) => {
  const status = root.querySelector('b24-call-status')!;
  return getComputedStyle(status.shadowRoot!.querySelector('[part=number]')!).color;
};

async function card(attributes: { theme?: string; style?: string } = {}, wrapperClass = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div class=${wrapperClass} style=${attributes.style ?? ''}>
    <b24-call-card simulate theme=${attributes.theme ?? 'light'}><b24-call-status></b24-call-status></b24-call-card>
  </div>`);
  const provider = wrapper.querySelector<B24CallCard>('b24-call-card')!;
  await until(() => provider.snapshot?.status === 'ready', 'ready');
  await provider.querySelector('b24-call-status')!.updateComplete;
  return wrapper;
}

describe('theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it("uses Bitrix24's light values by default and its dark values under theme=dark", async () => {
    expect(numberColor(await card())).to.equal('rgb(51, 51, 51)');
    expect(numberColor(await card({ theme: 'dark' }))).to.equal('rgb(248, 248, 248)');
  });

  it('follows prefers-color-scheme under theme=auto', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(numberColor(await card({ theme: 'auto' }))).to.equal('rgb(248, 248, 248)');
    expect(numberColor(await card({ theme: 'light' }))).to.equal('rgb(51, 51, 51)');
  });

  it('turns dark under a .dark ancestor', async () => {
    expect(numberColor(await card({}, 'dark'))).to.equal('rgb(248, 248, 248)');
  });

  it("follows the page's AIR tokens, and the kit's own properties win over them", async () => {
    expect(numberColor(await card({ style: '--ui-color-base-1: rgb(1, 2, 3)' }))).to.equal('rgb(1, 2, 3)');
    expect(numberColor(await card({ style: '--ui-color-base-1: rgb(1, 2, 3); --b24-cc-color-text: rgb(9, 8, 7)' }))).to.equal('rgb(9, 8, 7)');
  });

  it('exposes parts for styling from outside', async () => {
    const wrapper = await card();
    const status = wrapper.querySelector('b24-call-status')!;
    for (const name of ['base', 'direction-icon', 'number', 'phase', 'details', 'direction', 'line']) {
      expect(status.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    }
  });

  it("speaks the placement's language when the provider sets none", async () => {
    const provider = await fixture<B24CallCard>(html`<b24-call-card .connection=${createCallCardSimulator({ lang: 'ua' })}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`);
    const toggle = provider.querySelector('b24-autoclose-toggle')!;
    await until(() => toggle.shadowRoot!.textContent!.includes('Не закривати картку після дзвінка'), 'Ukrainian from the host code ua');
  });
});
