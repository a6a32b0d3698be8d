// How the tags find their card: the context protocol between <b24-call-card> and the tags inside it, as the
// page meets it. A tag moved to another card follows it; a card that appears after its tags asked (inside a
// component's shadow root, say) takes them over; an app's own @lit/context consumer gets the card's controller.
import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/register-all.js';
import { callCardContext } from '../../src/context.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import type { CallCardController } from '../../src/controller/call-card-controller.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { until } from '../helpers.js';

const numberOf = (status: Element) => status.shadowRoot?.querySelector('[part~="number"]')?.textContent?.trim();

/** A card over a fresh simulator, with a call from `number`. */
function cardWith(number: string): { card: B24CallCard; simulator: ReturnType<typeof createCallCardSimulator> } {
  const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: number }, state: 'connecting' });
  const card = document.createElement('b24-call-card');
  card.connection = simulator;
  return { card, simulator };
}

/** An app's own element that takes the card's controller with @lit/context. */
class AppConsumer extends LitElement {
  readonly context = new ContextConsumer(this, { context: callCardContext, subscribe: true });
}
customElements.define('app-context-consumer', AppConsumer);

describe('the context between a card and its tags', () => {
  it('moves a tag to the card it is moved into: it shows that card\'s call, and the old card no longer reaches it', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const first = cardWith('+111');
    const second = cardWith('+222');
    page.append(first.card, second.card);
    const status = document.createElement('b24-call-status');
    first.card.append(status);
    await until(() => numberOf(status) === '+111', 'the tag shows the first card');
    second.card.append(status);
    await until(() => numberOf(status) === '+222', 'the tag shows the second card');
    first.card.connection = cardWith('+333').simulator;
    await first.card.updateComplete;
    await until(() => first.card.snapshot?.call.phoneNumber === '+333', 'the first card has a new call');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(numberOf(status)).to.equal('+222');
  });

  it('gives tags that asked before their card existed to the card that appears around them (ContextRoot)', async () => {
    // A component renders the card in its shadow root, around a slot, only after the tag in its light DOM upgraded.
    const host = await fixture<HTMLElement>(html`<div><b24-call-status></b24-call-status></div>`);
    const status = host.querySelector('b24-call-status')!;
    const root = host.attachShadow({ mode: 'open' });
    await (status as LitElement).updateComplete;
    expect(numberOf(status), 'no card yet').to.not.equal('+444');
    const { card } = cardWith('+444');
    card.append(document.createElement('slot'));
    root.append(card);
    await until(() => numberOf(status) === '+444', 'the tag shows the card that appeared around it');
  });

  it('hands tags to a card that appears between them and their card, and takes them back when it goes', async () => {
    const outer = cardWith('+555');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(outer.card);
    const host = document.createElement('div');
    const status = document.createElement('b24-call-status');
    host.append(status);
    outer.card.append(host);
    await until(() => numberOf(status) === '+555', 'the outer card');
    const inner = cardWith('+666');
    inner.card.append(document.createElement('slot'));
    host.attachShadow({ mode: 'open' }).append(inner.card);
    await until(() => numberOf(status) === '+666', 'the nearer card, which appeared later');
    outer.card.connection = cardWith('+777').simulator;
    await until(() => outer.card.snapshot?.call.phoneNumber === '+777', 'the outer card has a new call');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(numberOf(status), 'the outer card no longer reaches it').to.equal('+666');
  });

  it("gives an app's own @lit/context consumer the card's controller, and the new one when the card reconnects", async () => {
    const { card } = cardWith('+888');
    const consumer = document.createElement('app-context-consumer') as AppConsumer;
    card.append(consumer);
    await fixture<HTMLElement>(html`<div>${card}</div>`);
    await until(() => card.controller !== undefined, 'the card has a controller');
    expect(consumer.context.value === card.controller).to.equal(true);
    const first: CallCardController | undefined = card.controller;
    card.connection = cardWith('+999').simulator;
    await card.updateComplete;
    expect(card.controller === first).to.equal(false);
    expect(consumer.context.value === card.controller).to.equal(true);
  });
});
