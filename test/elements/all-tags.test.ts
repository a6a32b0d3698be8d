import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import { countRenders } from '../harness.js';
import { sleep, until } from '../helpers.js';

const XSS = '<img src=x onerror="window.__xss=1">';
const TAGS = ['b24-call-status', 'b24-crm-bindings', 'b24-autoclose-toggle'] as const;

function allShadowHtml(root: Element): string {
  return [root, ...root.querySelectorAll('*')].map((element) => element.shadowRoot?.innerHTML ?? '').join('');
}

function allShadowText(root: Element): string {
  return [...root.querySelectorAll('*')].map((element) => element.shadowRoot?.textContent ?? '').join(' ');
}

describe('all tags together', () => {
  it('render host strings as text only: markup in every field never becomes DOM', async () => {
    const simulator = createCallCardSimulator({
      call: { PHONE_NUMBER: XSS, LINE_NUMBER: XSS, LINE_NAME: XSS, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_BINDINGS: [{ ENTITY_TYPE: XSS, ENTITY_ID: 3 }] },
      crm: { 'CONTACT:17': { NAME: XSS, LAST_NAME: '' } },
    });
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}>
      <b24-call-status></b24-call-status><b24-crm-bindings resolve-titles></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
    </b24-call-card>`);
    await until(() => allShadowText(card).split(XSS).length >= 4, 'number, line and title shown as text');
    simulator.connect();
    simulator.card.listen(() => {});
    // A direction, state and failure code full of markup, straight through the event path.
    const status = card.querySelector('b24-call-status')!;
    status.call = normalizeCall({ CALL_ID: 'x', CALL_STATE: XSS, CALL_DIRECTION: XSS, PHONE_NUMBER: XSS }, 'status').call;
    status.call = normalizeCall('idle', 'call-state', { previous: status.call, failedCode: XSS }).call;
    await sleep(50);
    for (const root of [card, ...card.querySelectorAll('*')]) expect(root.shadowRoot?.querySelector('img') ?? null).to.equal(null);
    expect(card.querySelectorAll('img')).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(allShadowHtml(card)).to.not.match(/<img/i);
    expect(allShadowText(card)).to.contain(XSS);
  });

  for (const lang of ['en', 'ru']) {
    for (const theme of ['light', 'dark']) {
      it(`pass axe in ${lang}, ${theme}: ringing, connected, failed, and with no host`, async () => {
        const card = await fixture<B24CallCard>(html`<b24-call-card simulate lang=${lang} theme=${theme}>
          <b24-call-status mask></b24-call-status><b24-crm-bindings></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
        </b24-call-card>`);
        document.body.style.background = theme === 'dark' ? '#1b1b1b' : '#fff';
        await until(() => card.snapshot?.status === 'ready', 'ready');
        await sleep(30);
        await expect(card).to.be.accessible();
        card.simulator!.connect();
        card.simulator!.changeEntity('LEAD', 31);
        card.simulator!.addBinding('DYNAMIC_128', 4);
        await sleep(30);
        await expect(card).to.be.accessible();
        card.simulator!.hangUp('486');
        await sleep(30);
        await expect(card).to.be.accessible();
        for (const tag of TAGS) {
          const alone = await fixture(html`<div lang=${lang} style="background: ${theme === 'dark' ? '#1b1b1b' : '#fff'}">
            ${tag === 'b24-call-status'
              ? html`<b24-call-status theme=${theme} .call=${normalizeCall({ CALL_ID: 'a', CALL_STATE: 'connected', PHONE_NUMBER: 'hidden', CALL_LIST_MODE: true }, 'status').call}></b24-call-status>`
              : tag === 'b24-crm-bindings'
                ? html`<b24-crm-bindings theme=${theme} .call=${normalizeCall({ CALL_ID: 'a', CRM_ENTITY_TYPE: '' }, 'status').call}></b24-crm-bindings>`
                : html`<b24-autoclose-toggle theme=${theme} checked></b24-autoclose-toggle>`}
          </div>`);
          await expect(alone).to.be.accessible();
        }
        document.body.style.background = '';
      });
    }
  }

  it('performance contract: tags re-render only when the part of the snapshot they show changes', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate>
      <b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
    </b24-call-card>`);
    await until(() => card.snapshot?.status === 'ready', 'ready');
    await sleep(20);
    const counts = countRenders(TAGS.map((tag) => card.querySelector(tag)!));
    const renders = () => Object.fromEntries(TAGS.map((tag, index) => [tag, counts[index]]));
    card.simulator!.connect();
    await until(() => renders()['b24-call-status'] === 1, 'the status re-rendered');
    await sleep(30);
    expect(renders()).to.deep.equal({ 'b24-call-status': 1, 'b24-crm-bindings': 0, 'b24-autoclose-toggle': 0 });
    card.simulator!.changeEntity('LEAD', 31);
    await until(() => (renders()['b24-crm-bindings'] ?? 0) >= 1, 'the list re-rendered');
    await sleep(30);
    // The event moves the primary; the getStatus that follows adds it to the bindings: two real changes.
    expect(renders()['b24-crm-bindings']).to.be.within(1, 2);
    expect([renders()['b24-call-status'], renders()['b24-autoclose-toggle']]).to.deep.equal([1, 0]);
  });

  it('follow a whole simulated call through the provider', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate>
      <b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
    </b24-call-card>`);
    await until(() => card.snapshot?.status === 'ready', 'ready');
    const status = card.querySelector('b24-call-status')!;
    const bindings = card.querySelector('b24-crm-bindings')!;
    const phase = () => status.shadowRoot!.querySelector('[part=phase]')!.textContent;
    const primaryText = () => bindings.shadowRoot!.querySelector('[part~=item-primary]')?.textContent?.replace(/\s+/g, ' ').trim();
    card.simulator!.nextClient({ PHONE_NUMBER: '+4930999999', CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: 5 });
    await until(() => phase() === 'Calling…' && primaryText() === 'Company #5 Main', 'next client in call-list mode');
    expect(status.shadowRoot!.querySelector('[part=badge]')!.textContent).to.equal('Call list');
    expect(status.shadowRoot!.querySelector('[part=number]')!.textContent).to.equal('+4930999999');
  });
});
