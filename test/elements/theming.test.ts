import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { until } from '../helpers.js';

const numberColor = (root: Element) => {
  const status = root.querySelector('b24-call-status')!;
  return getComputedStyle(status.shadowRoot!.querySelector('[part=number]')!).color;
};

async function card(attributes: { theme?: string; style?: string } = {}, wrapperClass = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div class=${wrapperClass} style=${attributes.style ?? ''}>
    <b24-call-card simulate theme=${ifDefined(attributes.theme)}><b24-call-status></b24-call-status></b24-call-card>
  </div>`);
  const provider = wrapper.querySelector<B24CallCard>('b24-call-card')!;
  await until(() => provider.snapshot?.status === 'ready', 'ready');
  await provider.querySelector('b24-call-status')!.updateComplete;
  return wrapper;
}

const LIGHT_TEXT = 'rgb(51, 51, 51)';
const DARK_TEXT = 'rgb(248, 248, 248)';

describe('theming', () => {
  it("uses Bitrix24's light values by default and its dark values under theme=dark", async () => {
    expect(numberColor(await card())).to.equal(LIGHT_TEXT);
    expect(numberColor(await card({ theme: 'light' }))).to.equal(LIGHT_TEXT);
    expect(numberColor(await card({ theme: 'dark' }))).to.equal(DARK_TEXT);
  });

  it('stays light under theme=auto while the system theme is light (test/dark-os/ covers a dark one)', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'this group runs with a light system theme').to.equal(false);
    expect(numberColor(await card({ theme: 'auto' }))).to.equal(LIGHT_TEXT);
  });

  it('turns dark under a .dark ancestor, in every engine, without touching the page', async () => {
    const wrapper = await card({}, 'dark');
    expect(numberColor(wrapper)).to.equal(DARK_TEXT);
    expect(getComputedStyle(wrapper.querySelector('b24-call-status')!).colorScheme).to.equal('dark');
    expect(getComputedStyle(wrapper).colorScheme, "the page's own color-scheme is left alone").to.equal('normal');
    wrapper.classList.remove('dark');
    expect(numberColor(wrapper), 'light again when the class goes').to.equal(LIGHT_TEXT);
  });

  it('lets an explicit theme win over a .dark ancestor', async () => {
    expect(numberColor(await card({ theme: 'light' }, 'dark'))).to.equal(LIGHT_TEXT);
  });

  it('turns a standalone tag dark under a .dark ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="dark"><b24-call-status .call=${normalizeCall({ CALL_STATE: 'connected', PHONE_NUMBER: '+4930123456' }, 'status').call}></b24-call-status></div>`);
    await wrapper.querySelector('b24-call-status')!.updateComplete;
    expect(numberColor(wrapper)).to.equal(DARK_TEXT);
  });

  it("turns dark under a .dark ancestor inside another component's shadow root", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('section');
    inner.className = 'dark';
    inner.innerHTML = '<b24-call-card simulate><b24-call-status></b24-call-status></b24-call-card>';
    root.append(inner);
    const provider = inner.querySelector<B24CallCard>('b24-call-card')!;
    await until(() => provider.snapshot?.status === 'ready', 'ready');
    await provider.querySelector('b24-call-status')!.updateComplete;
    expect(numberColor(inner)).to.equal(DARK_TEXT);
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
