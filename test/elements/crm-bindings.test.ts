import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/crm-bindings/b24-crm-bindings.js';
import type { B24CrmBindings } from '../../src/elements/crm-bindings/crm-bindings.js';
import type { B24BindingOpenEvent } from '../../src/elements/crm-bindings/crm-bindings.events.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import type { CallInfo } from '../../src/model/types.js';
import { inCard } from '../harness.js';
import { sleep, until } from '../helpers.js';

/** The entries a user sees: the primary entity's own place in the list is hidden (it is pinned on top). */
const items = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')].filter((item) => !item.hidden);
/** The links a user sees, in order. */
const links = (element: Element) => items(element).flatMap((item) => [...item.querySelectorAll<HTMLAnchorElement>('a[href]')]);
/** What a user sees of each entry (hidden parts, such as a non-primary entry's badge, do not count). */
const itemTexts = (element: Element) => items(element).map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
const primary = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="item-primary"]')?.innerText.replace(/\s+/g, ' ').trim();

function call(fields: Record<string, unknown>): CallInfo {
  return normalizeCall({ CALL_ID: 'c1', CALL_STATE: 'connected', ...fields }, 'status').call;
}

describe('<b24-crm-bindings>', () => {
  it('says "Not linked to CRM", rather than nothing, with neither a provider nor a call', async () => {
    const bindings = await fixture<B24CrmBindings>(html`<b24-crm-bindings></b24-crm-bindings>`);
    expect(bindings.shadowRoot!.querySelector('[part=empty]')?.textContent).to.equal('Not linked to CRM');
  });

  it('centres the Main badge on its row, adding no row of its own', async () => {
    const bindings = await fixture<B24CrmBindings>(html`<b24-crm-bindings .call=${call({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 })}></b24-crm-bindings>`);
    const link = bindings.shadowRoot!.querySelector('[part~=item-primary] > a')!.getBoundingClientRect();
    const badge = bindings.shadowRoot!.querySelector('[part=primary-badge]')!.getBoundingClientRect();
    const icon = bindings.shadowRoot!.querySelector('[part~=item-primary] [part=icon]')!.getBoundingClientRect();
    const middle = (box: DOMRect) => box.top + box.height / 2;
    expect(Math.abs(middle(badge) - middle(link)), 'badge centred on the row').to.be.below(1);
    expect(Math.abs(middle(icon) - middle(link)), 'icon centred on the row').to.be.below(1);
  });

  it('lists the primary entity first, then the other bindings, without duplicates, as portal links', async () => {
    const { element: bindings } = await inCard<B24CrmBindings>(html`<b24-crm-bindings></b24-crm-bindings>`);
    expect(itemTexts(bindings)).to.deep.equal(['Contact #17 Main', 'Company #5', 'Deal #42']);
    const shown = links(bindings);
    expect(shown.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.bitrix24.com/crm/contact/details/17/',
      'https://example.bitrix24.com/crm/company/details/5/',
      'https://example.bitrix24.com/crm/deal/details/42/',
    ]);
    expect(shown[0]!.getAttribute('aria-current')).to.equal('true');
    expect(shown[1]!.hasAttribute('aria-current')).to.equal(false);
    expect(items(bindings).every((item) => item.querySelector('svg'))).to.equal(true);
  });

  it('moves the highlight when the entity changes, updates the list and announces it politely', async () => {
    const { element: bindings, simulator } = await inCard<B24CrmBindings>(html`<b24-crm-bindings></b24-crm-bindings>`);
    simulator.changeEntity('LEAD', 31);
    await until(() => primary(bindings)?.startsWith('Lead #31'), 'the highlight moved');
    expect(itemTexts(bindings)).to.deep.equal(['Lead #31 Main', 'Contact #17', 'Company #5', 'Deal #42']);
    const live = bindings.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(live.textContent!.trim()).to.equal('Now linked to Lead #31');
  });

  it('pins the primary entity: a new primary among known bindings adds, removes and moves no entries', async () => {
    const { card, element: bindings, simulator } = await inCard<B24CrmBindings>(html`<b24-crm-bindings></b24-crm-bindings>`);
    const list = bindings.shadowRoot!.querySelector('ul')!;
    const moves: MutationRecord[] = [];
    const observer = new MutationObserver((records) => moves.push(...records));
    observer.observe(list, { childList: true });
    simulator.changeEntity('DEAL', 42);
    await until(() => primary(bindings)?.startsWith('Deal #42'), 'the highlight moved');
    await card.controller!.whenSettled();
    await bindings.updateComplete;
    observer.disconnect();
    expect(itemTexts(bindings)).to.deep.equal(['Deal #42 Main', 'Contact #17', 'Company #5']);
    expect(moves.flatMap((record) => [...record.addedNodes, ...record.removedNodes]).filter((node) => node.nodeType === Node.ELEMENT_NODE)).to.deep.equal([]);
  });

  it('names smart-process items and unknown types, and links only positive integer ids', async () => {
    const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings portal="https://p.example"
      .call=${call({ CRM_ENTITY_TYPE: 'DYNAMIC_128', CRM_ENTITY_ID: 3, CRM_BINDINGS: [{ ENTITY_TYPE: 'QUOTE', ENTITY_ID: 9 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 0 }] })}
    ></b24-crm-bindings>`);
    expect(itemTexts(element)).to.deep.equal(['Smart-process item #3 Main', 'CRM item #9']);
    expect(element.shadowRoot!.querySelector('a[href]')!.getAttribute('href')).to.equal('https://p.example/crm/type/128/details/3/');
    expect(links(element)).to.have.length(1);
  });

  it('never makes javascript: links, whatever the portal origin says', async () => {
    for (const portal of ['javascript:alert(1)', 'data:text/html,x', 'not a url']) {
      const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings portal=${portal} .call=${call({ CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 5 })}></b24-crm-bindings>`);
      expect(element.shadowRoot!.querySelector('a[href]'), portal).to.equal(null);
      expect(itemTexts(element)).to.deep.equal(['Deal #5 Main']);
    }
  });

  it('says "Not linked to CRM" when there is nothing', async () => {
    const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings .call=${call({ CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0 })}></b24-crm-bindings>`);
    expect(element.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal('Not linked to CRM');
  });

  it('opens a binding inside Bitrix24 through openPath, after a cancelable b24-binding-open', async () => {
    const { element: bindings, simulator } = await inCard<B24CrmBindings>(html`<b24-crm-bindings></b24-crm-bindings>`);
    const seen: B24BindingOpenEvent[] = [];
    bindings.addEventListener('b24-binding-open', (event) => seen.push(event));
    links(bindings)[1]!.click();
    expect(seen[0]!.detail).to.deep.equal({ entityType: 'COMPANY', entityId: 5, path: '/crm/company/details/5/' });
    expect(seen[0]!.defaultPrevented).to.equal(false);
    expect(simulator.log.filter((entry) => entry.kind === 'open-path').map((entry) => entry.name)).to.deep.equal(['/crm/company/details/5/']);

    bindings.addEventListener('b24-binding-open', (event) => event.preventDefault(), { once: true });
    links(bindings)[2]!.click();
    expect(simulator.log.filter((entry) => entry.kind === 'open-path')).to.have.length(1);
  });

  it("falls back to the link's own navigation when the host refuses", async () => {
    const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'DYNAMIC_128', CRM_ENTITY_ID: 3 } });
    simulator.openPath = () => Promise.reject(new Error('PATH_NOT_AVAILABLE'));
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}><b24-crm-bindings></b24-crm-bindings></b24-call-card>`);
    const bindings = card.querySelector('b24-crm-bindings')!;
    await bindings.updateComplete;
    const opened: unknown[][] = [];
    const originalOpen = window.open;
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    try {
      bindings.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!.click();
      await until(() => opened.length === 1, 'the fallback opened the link');
    } finally {
      window.open = originalOpen;
    }
    expect(opened[0]).to.deep.equal(['https://example.bitrix24.com/crm/type/128/details/3/', '_blank', 'noopener']);
  });

  it('resolves titles in one batch request, cached, with loading and per-entry failure, keeping ids it may not read', async () => {
    const { element: bindings, simulator, card } = await inCard<B24CrmBindings>(html`<b24-crm-bindings resolve-titles></b24-crm-bindings>`, {
      init: {
        latencyMs: 30,
        call: { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_BINDINGS: [{ ENTITY_TYPE: 'COMPANY', ENTITY_ID: 5 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 }, { ENTITY_TYPE: 'LEAD', ENTITY_ID: 999 }] },
      },
    });
    bindings.maxItems = 0;
    await until(() => itemTexts(bindings)[0] === 'Contact Anna Schmidt Main', 'titles arrived');
    expect(itemTexts(bindings)).to.deep.equal(['Contact Anna Schmidt Main', 'Company Nordlicht GmbH', 'Deal #4615', 'Lead #999']);
    const rest = simulator.log.filter((entry) => entry.kind === 'rest');
    expect(rest.map((entry) => entry.name)).to.deep.equal(['batch']);
    expect(Object.keys((rest[0]!.payload as { cmd: object }).cmd)).to.have.length(4);
    simulator.addBinding('DEAL', 42);
    await until(() => itemTexts(bindings).includes('Deal Annual support contract'), 'the new one resolved');
    const batches = simulator.log.filter((entry) => entry.kind === 'rest');
    expect(batches).to.have.length(2);
    expect(Object.values((batches[1]!.payload as { cmd: Record<string, string> }).cmd)).to.deep.equal(['crm.deal.get?id=42']);
    // Loading shows per entry while a batch is in flight.
    simulator.addBinding('COMPANY', 77);
    await until(() => itemTexts(bindings).some((entry) => entry.includes('Loading the name…')), 'loading shown');
    await until(() => !itemTexts(bindings).some((entry) => entry.includes('Loading')), 'loading done');
    expect(itemTexts(bindings).at(-1)).to.equal('Company #77');
    // A failed request marks its entries, which are asked again later.
    card.controller!.connection.callMethod = () => Promise.reject(new Error('network down'));
    simulator.addBinding('LEAD', 5);
    await until(() => itemTexts(bindings).at(-1) === 'Lead #5 The name could not be loaded', 'failure shown');
  });

  it('opens through the host when no portal origin is known: a focusable link with no href, by click or Enter', async () => {
    const simulator = createCallCardSimulator({ portalOrigin: '', call: { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 5 } });
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}><b24-crm-bindings></b24-crm-bindings></b24-call-card>`);
    const bindings = card.querySelector('b24-crm-bindings')!;
    await until(() => bindings.shadowRoot!.querySelector('a[part=link]'), 'rendered');
    const link = bindings.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect([link.hasAttribute('href'), link.getAttribute('role'), link.tabIndex]).to.deep.equal([false, 'link', 0]);
    const opened = () => simulator.log.filter((entry) => entry.kind === 'open-path').map((entry) => entry.name);
    link.click();
    await until(() => opened().length === 1, 'opened by click');
    link.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => opened().length === 2, 'opened by Enter');
    expect(opened()).to.deep.equal(['/crm/deal/details/5/', '/crm/deal/details/5/']);
    await expect(bindings).to.be.accessible();
  });

  it('keeps the connection origin when portal is an empty attribute', async () => {
    const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 5 } });
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}><b24-crm-bindings portal=""></b24-crm-bindings></b24-call-card>`);
    const bindings = card.querySelector('b24-crm-bindings')!;
    await until(() => bindings.shadowRoot!.querySelector('a[part=link]'), 'rendered');
    expect(bindings.shadowRoot!.querySelector('a[part=link]')!.getAttribute('href')).to.equal('https://example.bitrix24.com/crm/deal/details/5/');
  });

  it('makes no link from a smart-process type beyond safe integers', async () => {
    const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings portal="https://p.example" .call=${call({ CRM_ENTITY_TYPE: 'DYNAMIC_99999999999999999999999', CRM_ENTITY_ID: 5 })}></b24-crm-bindings>`);
    const link = element.shadowRoot!.querySelector('a[part=link]');
    expect(link === null || !link.hasAttribute('href')).to.equal(true);
    expect(element.shadowRoot!.innerHTML).to.not.contain('1e+23');
  });

  it('gives up on titles whose REST request never answers, within the command timeout', async () => {
    const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 } });
    const asked: string[] = [];
    // The classic library never calls back when a request fails: it throws inside its XHR handler.
    simulator.callMethod = (method) => {
      asked.push(method);
      return new Promise(() => {});
    };
    const card = await fixture<B24CallCard>(html`<b24-call-card command-timeout="150" .connection=${simulator}><b24-crm-bindings resolve-titles></b24-crm-bindings></b24-call-card>`);
    const bindings = card.querySelector('b24-crm-bindings')!;
    await until(() => itemTexts(bindings)[0]?.includes('Loading the name…'), 'loading');
    await until(() => itemTexts(bindings)[0] === 'Contact #17 Main The name could not be loaded', 'failed, not loading forever', 1500);
    expect(asked).to.deep.equal(['batch']);
  });

  it('keeps its node count flat over 500 calls in one page (no marker comment left per removed binding)', async () => {
    const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings portal="https://p.example"></b24-crm-bindings>`);
    const count = () => {
      const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (walker.nextNode()) nodes += 1;
      return nodes;
    };
    let previous: CallInfo | undefined;
    const callNumber = async (index: number) => {
      // Each call has a different set of 1 to 4 bindings: entries come and go every time.
      const bindings = Array.from({ length: 1 + (index % 4) }, (_, item) => ({ ENTITY_TYPE: item % 2 ? 'DEAL' : 'COMPANY', ENTITY_ID: index * 10 + item + 1 }));
      previous = normalizeCall({ CALL_ID: `call-${index}`, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: index + 1, CRM_BINDINGS: bindings }, 'status', { previous }).call;
      element.call = previous;
      await element.updateComplete;
    };
    // Calls 20 and 500 have the same shape (one binding), so their node counts must match.
    for (let index = 0; index <= 20; index += 1) await callNumber(index);
    const settled = count();
    for (let index = 21; index <= 500; index += 1) await callNumber(index);
    const after = count();
    console.log(`500 calls: ${settled} shadow nodes after call 20, ${after} after call 500`);
    expect(after - settled, 'nodes left behind').to.be.at.most(0);
  });

  it('renders and updates 1,000 bindings with keyed rendering, with max-items="0"', async () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({ ENTITY_TYPE: index % 2 ? 'DEAL' : 'COMPANY', ENTITY_ID: index + 1 }));
    const first = call({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 1, CRM_BINDINGS: many });
    const started = performance.now();
    const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings max-items="0" portal="https://p.example" .call=${first}></b24-crm-bindings>`);
    const renderMs = performance.now() - started;
    expect(items(element)).to.have.length(1001);
    const firstBinding = items(element)[1];
    const updateStarted = performance.now();
    element.call = normalizeCall({ CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 7 }, 'entity-changed', { previous: first }).call;
    await element.updateComplete;
    const updateMs = performance.now() - updateStarted;
    expect(items(element)).to.have.length(1001);
    expect(primary(element)).to.equal('Lead #7 Main');
    expect(items(element)[1] === firstBinding, 'keyed: an entry keeps its DOM').to.equal(true);
    console.log(`1,000 bindings: first render ${renderMs.toFixed(1)} ms, update after a new primary entity ${updateMs.toFixed(1)} ms`);
    await sleep(0);
  });

  describe('with more entries than max-items', () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => ({ ENTITY_TYPE: index % 2 ? 'DEAL' : 'COMPANY', ENTITY_ID: index + 1 }));
    const more = (element: Element) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]');
    const rendered = (element: Element) => element.shadowRoot!.querySelectorAll('[part~=item]').length;

    it('shows the primary entity and 5 more by default; 1,000 bindings render only those', async () => {
      const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings .call=${call({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 7, CRM_BINDINGS: many(1000) })}></b24-crm-bindings>`);
      expect(itemTexts(element)).to.deep.equal(['Contact #7 Main', 'Company #1', 'Deal #2', 'Company #3', 'Deal #4', 'Company #5']);
      expect(rendered(element), 'nothing past the cut is in the DOM').to.equal(6);
      expect(more(element)?.textContent?.trim()).to.equal('Show 995 more');
      expect(more(element)?.getAttribute('aria-expanded')).to.equal('false');
      await expect(element).to.be.accessible();
    });

    it("does not count the primary entity's own place in the list", async () => {
      const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings max-items="2" .call=${call({ CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: 1, CRM_BINDINGS: many(4) })}></b24-crm-bindings>`);
      expect(itemTexts(element)).to.deep.equal(['Company #1 Main', 'Deal #2', 'Company #3']);
      expect(more(element)?.textContent?.trim()).to.equal('Show 1 more');
    });

    it('expands and collapses again from the keyboard, keeping focus on the button', async () => {
      const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings max-items="3" .call=${call({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 7, CRM_BINDINGS: many(10) })}></b24-crm-bindings>`);
      more(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(items(element)).to.have.length(11);
      expect(more(element)!.textContent!.trim()).to.equal('Show less');
      expect(more(element)!.getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.activeElement === more(element), 'focus stays on the button').to.equal(true);
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(items(element)).to.have.length(4);
      expect(more(element)!.textContent!.trim()).to.equal('Show 7 more');
      expect(element.shadowRoot!.getElementById(more(element)!.getAttribute('aria-controls')!)?.getAttribute('part')).to.equal('list');
    });

    it('shows everything with max-items="0", no button when everything fits, and the default for a bad value', async () => {
      const all = await fixture<B24CrmBindings>(html`<b24-crm-bindings max-items="0" .call=${call({ CRM_BINDINGS: many(12) })}></b24-crm-bindings>`);
      expect([items(all).length, more(all)]).to.deep.equal([12, null]);
      const fits = await fixture<B24CrmBindings>(html`<b24-crm-bindings .call=${call({ CRM_BINDINGS: many(5) })}></b24-crm-bindings>`);
      expect([items(fits).length, more(fits)]).to.deep.equal([5, null]);
      const bad = await fixture<B24CrmBindings>(html`<b24-crm-bindings max-items="lots" .call=${call({ CRM_BINDINGS: many(12) })}></b24-crm-bindings>`);
      expect(items(bad)).to.have.length(5);
      bad.maxItems = -1;
      await bad.updateComplete;
      expect(items(bad)).to.have.length(5);
    });

    it('counts in the language: Polish plural forms', async () => {
      const element = await fixture<B24CrmBindings>(html`<b24-crm-bindings lang="pl" max-items="1" .call=${call({ CRM_BINDINGS: many(3) })}></b24-crm-bindings>`);
      await until(() => more(element)?.textContent?.includes('Pokaż'), 'Polish');
      expect(more(element)!.textContent!.trim()).to.equal('Pokaż jeszcze 2 powiązania');
      element.call = call({ CRM_BINDINGS: many(7) });
      await element.updateComplete;
      expect(more(element)!.textContent!.trim()).to.equal('Pokaż jeszcze 6 powiązań');
      element.call = call({ CRM_BINDINGS: many(2) });
      await element.updateComplete;
      expect(more(element)!.textContent!.trim()).to.equal('Pokaż jeszcze 1 powiązanie');
    });

    it('asks titles only for what it shows', async () => {
      const simulator = createCallCardSimulator({ call: { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_BINDINGS: many(40) } });
      const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}><b24-crm-bindings resolve-titles max-items="2"></b24-crm-bindings></b24-call-card>`);
      const element = card.querySelector('b24-crm-bindings')!;
      await until(() => simulator.log.some((entry) => entry.kind === 'rest'), 'a batch');
      const asked = () => simulator.log.filter((entry) => entry.kind === 'rest').flatMap((entry) => Object.values((entry.payload as { cmd: Record<string, string> }).cmd));
      expect(asked()).to.deep.equal(['crm.contact.get?id=17', 'crm.company.get?id=1', 'crm.deal.get?id=2']);
      await until(() => more(element), 'the button');
      more(element)!.click();
      await until(() => asked().length === 41, 'the rest asked once expanded');
    });
  });
});
