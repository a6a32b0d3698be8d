import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import type { B24AutocloseToggle } from '../../src/elements/autoclose-toggle/autoclose-toggle.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { offsetFromColumnStart, outsideOf, until } from '../helpers.js';
import { part } from '../harness.js';

// A page written right to left (`dir="rtl"` on an ancestor): the tags lay out right to left, arrows
// that point along the line turn round, and numbers stay left to right inside the text.


/** The left edges of a text's first and last characters. */
function firstAndLast(element: Element): [number, number] {
  const text = element.firstChild!.nodeType === Node.TEXT_NODE ? element.firstChild! : [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
  const content = text.textContent!;
  const start = content.search(/\S/);
  const end = content.trimEnd().length - 1;
  const edge = (index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect().left;
  };
  return [edge(start), edge(end)];
}

async function card(dir: 'rtl' | 'ltr') {
  const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+49 30 123456', TYPE: 2, LINE_NAME: 'Berlin office', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 } });
  const page = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 320px">
    <b24-call-card .connection=${simulator}><b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>
  </div>`);
  const provider = page.querySelector<B24CallCard>('b24-call-card')!;
  await until(() => provider.snapshot?.status === 'ready', 'ready');
  simulator.connect();
  const status = provider.querySelector('b24-call-status')!;
  await until(() => status.getAttribute('state') === 'connected' && part(status, 'timer'), 'connected');
  return { page, provider, simulator, status, toggle: provider.querySelector<B24AutocloseToggle>('b24-autoclose-toggle')! };
}

describe('right to left', () => {
  it('lays the status out from the right, with the number and the timer still left to right', async () => {
    const { status } = await card('rtl');
    const [icon, number, timer] = [part(status, 'direction-icon')!, part(status, 'number')!, part(status, 'timer')!].map((element) => element.getBoundingClientRect());
    expect(getComputedStyle(part(status, 'base')!).direction).to.equal('rtl');
    expect(icon!.left > number!.right, 'the icon on the right, the number to its left').to.equal(true);
    // The number's own text, not its box: left to right inside, it still starts where the column does, on the right.
    expect(offsetFromColumnStart(part(status, 'number')!, status.shadowRoot!.querySelector('.text')!), 'the number against the right edge of its column').to.equal(0);
    const [plus, last] = firstAndLast(part(status, 'number')!);
    expect(plus < last, '"+49 30 123456" reads left to right: the + comes first, on the left').to.equal(true);
    const [minutes, seconds] = firstAndLast(part(status, 'timer')!);
    expect(minutes < seconds, 'the timer reads left to right').to.equal(true);
    expect(timer!.right < number!.right).to.equal(true);
  });

  it('turns round the arrow of the direction icon, and only there', async () => {
    const { status } = await card('rtl');
    expect(getComputedStyle(part(status, 'direction-icon')!.querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const { status: ltr } = await card('ltr');
    expect(getComputedStyle(part(ltr, 'direction-icon')!.querySelector('svg')!).transform).to.equal('none');
  });

  it('moves the switch thumb to the left when on, as a right-to-left switch does', async () => {
    const { toggle } = await card('rtl');
    await until(() => part(toggle, 'base')!.getAttribute('aria-disabled') === 'false', 'enabled');
    const offset = () => {
      const [track, thumb] = [part(toggle, 'track')!, part(toggle, 'thumb')!].map((element) => element.getBoundingClientRect());
      return { fromRight: Math.round(track!.right - thumb!.right), fromLeft: Math.round(thumb!.left - track!.left) };
    };
    expect(offset().fromRight, 'off: the thumb at the start, the right').to.equal(2);
    part(toggle, 'base')!.click();
    await toggle.updateComplete;
    await until(() => part(toggle, 'thumb')!.getAnimations().length === 0, 'the thumb done moving');
    expect(offset().fromLeft, 'on: the thumb at the end, the left').to.equal(2);
  });

  it('keeps everything inside a 320 px card, and stays accessible', async () => {
    const { page, provider } = await card('rtl');
    expect(outsideOf(provider)).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });
});
