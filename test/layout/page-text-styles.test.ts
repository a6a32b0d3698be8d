import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { boxesOf, until } from '../helpers.js';

// A page's inherited text styles go through shadow roots. The default Vite React and Vue templates
// centre their app's text; these and the other inherited text properties must not change the card.

const HOSTILE =
  'text-align: center; text-transform: uppercase; letter-spacing: 4px; line-height: 3; white-space: nowrap; font-style: italic; font-weight: 700; word-spacing: 12px; text-indent: 30px; font-variant: small-caps';

async function cardIn(style: string, width: number): Promise<B24CallCard> {
  const simulator = createCallCardSimulator();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; ${style}">
    <b24-call-card .connection=${simulator}>
      <b24-call-status></b24-call-status>
      <b24-crm-bindings></b24-crm-bindings>
      <b24-autoclose-toggle></b24-autoclose-toggle>
    </b24-call-card>
  </div>`);
  const card = wrapper.querySelector<B24CallCard>('b24-call-card')!;
  await until(() => card.snapshot?.status === 'ready', 'ready');
  for (const tag of card.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await tag.updateComplete;
  return card;
}

describe('a page\'s inherited text styles', () => {
  for (const width of [320, 550]) {
    it(`do not change the card's layout at ${width} px`, async () => {
      const plain = boxesOf(await cardIn('', width));
      const hostile = boxesOf(await cardIn(HOSTILE, width));
      expect(hostile.length).to.be.greaterThan(20);
      expect(hostile.filter((box, index) => box !== plain[index]).slice(0, 5), 'boxes that moved').to.deep.equal([]);
      expect(hostile).to.deep.equal(plain);
    });
  }
});
