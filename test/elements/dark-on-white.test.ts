import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import { AIR_TOKENS_CSS } from '../../stories/air-tokens.mjs';
import { backgroundBehind, contrast, parseColor, until } from '../helpers.js';

// A real widget page is white unless it says otherwise: Storybook's dark backdrop hid that the kit
// painted dark text and no surface. Every test here runs on the test page's own white body.

const TEXT_PARTS: Record<string, string[]> = {
  'b24-call-status': ['number', 'phase', 'direction', 'line'],
  'b24-crm-bindings': ['type', 'name', 'primary-badge'],
  'b24-autoclose-toggle': ['label'],
};

/** Every visible text part with its contrast against what is painted behind it. */
function textContrasts(root: Element): { part: string; ratio: number }[] {
  const found: { part: string; ratio: number }[] = [];
  for (const [tag, parts] of Object.entries(TEXT_PARTS)) {
    for (const element of root.querySelectorAll(tag)) {
      for (const part of parts) {
        for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)) {
          if (!node.offsetParent || !node.textContent!.trim()) continue;
          found.push({ part: `${tag} ${part} "${node.textContent!.trim()}"`, ratio: contrast(getComputedStyle(node).color, backgroundBehind(node)) });
        }
      }
    }
  }
  return found;
}

function errorContrasts(card: Element): { part: string; ratio: number }[] {
  return ['error-title', 'error-message', 'error-code'].map((part) => {
    const node = card.shadowRoot!.querySelector<HTMLElement>(`[part=${part}]`)!;
    return { part, ratio: contrast(getComputedStyle(node).color, backgroundBehind(node)) };
  });
}

const CALL = { PHONE_NUMBER: '+4930123456', CALL_STATE: 'connected', LINE_NAME: 'Berlin office', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 }] };

async function widget(attributes: { theme?: string; wrapper?: string }) {
  const wrapper = await fixture<HTMLDivElement>(html`<div class=${attributes.wrapper ?? ''}>
    <b24-call-card theme=${attributes.theme ?? 'light'} .connection=${createCallCardSimulator({ call: CALL })}>
      <b24-call-status></b24-call-status><b24-crm-bindings portal="https://example.bitrix24.com"></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
    </b24-call-card>
    <b24-call-card theme=${attributes.theme ?? 'light'} .connection=${createCallCardSimulator({ placement: 'CRM_DEAL_DETAIL_TAB' })}></b24-call-card>
  </div>`);
  if (!attributes.theme) for (const card of wrapper.querySelectorAll('b24-call-card')) card.removeAttribute('theme');
  const [card, failing] = [...wrapper.querySelectorAll<B24CallCard>('b24-call-card')] as [B24CallCard, B24CallCard];
  await until(() => card.snapshot?.status === 'ready' && failing.shadowRoot!.querySelector('[part=error-code]'), 'a live card and a failed one, with its panel');
  await until(() => card.querySelector('b24-crm-bindings')!.shadowRoot!.querySelector('[part~=item-primary]'), 'the bindings');
  return { wrapper, card, failing };
}

const luminance = (color: string) => {
  const [r, g, b] = parseColor(color);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

describe('dark on a white page', () => {
  it('keeps the page white and paints nothing in light', async () => {
    const { card } = await widget({});
    expect(getComputedStyle(document.body).backgroundColor).to.be.oneOf(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']);
    for (const tag of [card, ...card.children]) expect(parseColor(getComputedStyle(tag).backgroundColor)[3], tag.localName).to.equal(0);
  });

  for (const [how, attributes] of [
    ['theme="dark"', { theme: 'dark' }],
    ['a .dark ancestor', { wrapper: 'dark' }],
  ] as const) {
    it(`under ${how}, paints its own surface so every text has 4.5:1, the error panel included`, async () => {
      const { card, failing } = await widget(attributes);
      expect(luminance(getComputedStyle(card).backgroundColor), 'the provider paints a dark surface').to.be.below(0.2);
      const ratios = [...textContrasts(card), ...errorContrasts(failing)];
      expect(ratios.length).to.be.greaterThan(9);
      for (const { part, ratio } of ratios) expect(ratio, part).to.be.at.least(4.5);
    });
  }

  it('paints a standalone tag in dark too', async () => {
    const toggle = await fixture(html`<b24-autoclose-toggle theme="dark" .call=${normalizeCall({ CALL_ID: 'x', CALL_STATE: 'connected' }, 'status').call}></b24-autoclose-toggle>`);
    const label = toggle.shadowRoot!.querySelector('[part=label]')!;
    expect(contrast(getComputedStyle(label).color, backgroundBehind(label))).to.be.at.least(4.5);
  });
});

describe("with Bitrix24's AIR tokens on the page", () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = AIR_TOKENS_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('follows them in light', async () => {
    const { card, failing } = await widget({});
    for (const { part, ratio } of [...textContrasts(card), ...errorContrasts(failing)]) expect(ratio, part).to.be.at.least(4.5);
    const primary = card.querySelector('b24-crm-bindings')!.shadowRoot!.querySelector('[part~=item-primary] > a')!;
    expect(getComputedStyle(primary).backgroundColor, "AIR's soft blue").to.equal('rgb(230, 244, 255)');
  });

  it('with .dark, uses dark values for the three tokens AIR leaves light: the primary row, the error panel, the icon circle', async () => {
    const { card, failing } = await widget({ wrapper: 'dark' });
    const status = card.querySelector('b24-call-status')!.shadowRoot!;
    const primary = card.querySelector('b24-crm-bindings')!.shadowRoot!.querySelector('[part~=item-primary] > a')!;
    const dark = {
      'primary row': getComputedStyle(primary).backgroundColor,
      'error panel': getComputedStyle(failing.shadowRoot!.querySelector('[part=error]')!).backgroundColor,
      'direction icon': getComputedStyle(status.querySelector('[part=direction-icon]')!).backgroundColor,
    };
    for (const [what, color] of Object.entries(dark)) expect(luminance(color), `${what}: ${color}`).to.be.below(0.25);
    for (const { part, ratio } of [...textContrasts(card), ...errorContrasts(failing)]) expect(ratio, part).to.be.at.least(4.5);
  });
});
