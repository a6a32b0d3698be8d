import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { de } from '../../src/i18n/catalogs/de.js';
import { fakeB24Frame, type FakeB24Frame } from '../fakes/fake-b24-frame.js';
import { FakeBx24 } from '../fakes/fake-bx24.js';
import { boxesOf, nextTask, until } from '../helpers.js';

// The widget page as a portal's request gets it from the app's server: `renderCallCard` runs in Node
// (the test runner's process), and the browser shows its HTML before any script runs. The kit then
// takes the card over without replacing a node or moving a box, and follows the call live.

const CALL = { PHONE_NUMBER: '+4930123456', TYPE: 2, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 } as const;
const frames: HTMLIFrameElement[] = [];

type KitElement = Element & { updateComplete: Promise<unknown> };

async function renderOnServer(post: Record<string, unknown>, options: Record<string, unknown> = {}): Promise<string> {
  const rendered = await executeServerCommand<{ html?: string; error?: string }, unknown>('render-call-card', { post, options });
  if (!rendered?.html) throw new Error(rendered?.error ?? 'render-call-card gave nothing');
  return rendered.html;
}

/** A widget page of the server's HTML alone, in a frame as wide as a narrow card: no script runs in it. */
async function pageOf(cardHtml: string, width = 320): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><style>body { margin: 0; padding: 12px; }</style></head><body>${cardHtml}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

function kitElements(frame: HTMLIFrameElement): KitElement[] {
  return [...frame.contentDocument!.querySelectorAll<KitElement>('b24-call-card, b24-call-card *')];
}

/**
 * Loads the drop-in's entry into the page, as the widget page does, with `bx24` as the page's classic library,
 * or with `pageScript` run right after it, as a page over the SDK sets its promised connection.
 */
async function startKit(frame: HTMLIFrameElement, bx24: FakeBx24 | undefined, pageScript = `import '/src/bundle.ts';`): Promise<void> {
  const view = frame.contentWindow as Window & { BX24?: unknown };
  if (bx24) view.BX24 = bx24;
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.textContent = pageScript;
  frame.contentDocument!.head.append(script);
  await until(() => view.customElements.get('b24-autoclose-toggle'), 'the kit defined its tags', 8000);
  await settled(frame);
}

/** Every kit tag has taken the card over and shown the live state. */
async function settled(frame: HTMLIFrameElement): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    for (const element of kitElements(frame)) await element.updateComplete;
    await nextTask();
  }
}

function shadowPart(frame: HTMLIFrameElement, tag: string, part: string): HTMLElement {
  const found = frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
  if (!found) throw new Error(`no [part=${part}] in ${tag}'s shadow root`);
  return found;
}

/** Every node in the card's composed tree, shadow roots included. */
function nodesOf(root: Node): Node[] {
  const nodes: Node[] = [root];
  const element = root as Element;
  if (root.nodeType === Node.ELEMENT_NODE && element.shadowRoot) for (const child of element.shadowRoot.childNodes) nodes.push(...nodesOf(child));
  for (const child of root.childNodes) nodes.push(...nodesOf(child));
  return nodes;
}

/** What changed in the card's composed tree from now on: nodes added or removed, text rewritten, attributes given another value. */
function watchChanges(frame: HTMLIFrameElement): () => string[] {
  const view = frame.contentWindow as Window & typeof globalThis;
  const records: MutationRecord[] = [];
  const observer = new view.MutationObserver((found) => records.push(...found));
  const card = frame.contentDocument!.querySelector('b24-call-card')!;
  const options = { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true, characterDataOldValue: true };
  for (const node of nodesOf(card)) if ((node as Element).shadowRoot) observer.observe((node as Element).shadowRoot!, options);
  observer.observe(card, options);
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records
      .filter((record) => {
        if (record.type === 'attributes') return record.oldValue !== (record.target as Element).getAttribute(record.attributeName!);
        if (record.type === 'characterData') return record.oldValue !== record.target.textContent;
        // Empty text nodes (the kit gives them to empty text parts, lit/lit#4937) show nothing.
        return [...record.addedNodes, ...record.removedNodes].some((node) => node.nodeType !== Node.TEXT_NODE || node.textContent !== '');
      })
      .map((record) => `${record.type} ${record.attributeName ?? ''} on ${(record.target as Element).localName ?? record.target.nodeName}${[...record.addedNodes].map((node) => ` +${node.nodeName}(${node.textContent})`).join('')}${[...record.removedNodes].map((node) => ` -${node.nodeName}(${node.textContent})`).join('')}`);
  };
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('renderCallCard: the card rendered on the server', () => {
  it('shows the number, direction, state and CRM link in the user\'s language before any script runs', async () => {
    const host = new FakeBx24({ call: CALL });
    const html = await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(host.card.placementOptions), LANG: 'de', DOMAIN: 'portal.example.com' });
    const frame = await pageOf(html);
    const view = frame.contentWindow!;
    expect(view.customElements.get('b24-call-status'), 'no kit script in the page').to.equal(undefined);

    const number = shadowPart(frame, 'b24-call-status', 'number');
    expect(number.textContent!.trim()).to.equal('+4930123456');
    const box = number.getBoundingClientRect();
    expect(box.width, 'the number is laid out').to.be.greaterThan(0);
    expect(box.right, 'inside the 320 px card').to.be.at.most(320);
    expect(box.bottom).to.be.at.most(view.innerHeight);
    expect(frame.contentDocument!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), 'nothing covers it').to.equal(frame.contentDocument!.querySelector('b24-call-status'));

    expect(shadowPart(frame, 'b24-call-status', 'phase').textContent!.trim()).to.equal(de['phase.ringing']);
    expect(shadowPart(frame, 'b24-call-status', 'direction').textContent!.trim()).to.equal(de['direction.incoming']);
    const link = shadowPart(frame, 'b24-crm-bindings', 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://portal.example.com/crm/contact/details/17/');
    expect(link.textContent).to.contain(de['entity.CONTACT']);
    expect(shadowPart(frame, 'b24-autoclose-toggle', 'label').textContent!.trim()).to.equal(de['toggle.label']);
  });

  for (const lang of ['de', 'ar']) {
    it(`is taken over by the kit without a node replaced, a text rewritten or a box moved (${lang})`, async () => {
      // The host library never gets ready (and no title is asked for): what the kit shows is its own render of the server's options.
      const host = new FakeBx24({ call: CALL, lang, initDelay: null });
      const frame = await pageOf(await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(host.card.placementOptions), LANG: lang }, { resolveTitles: false }));
      const card = frame.contentDocument!.querySelector('b24-call-card')!;
      if (lang === 'ar') expect(getComputedStyle(shadowPart(frame, 'b24-call-status', 'base')).direction, 'right to left before any script').to.equal('rtl');
      const boxes = boxesOf(card);
      const nodes = nodesOf(card);
      const changes = watchChanges(frame);

      await startKit(frame, host);

      expect(changes(), 'changes to the DOM').to.deep.equal([]);
      expect(nodes.filter((node) => !node.isConnected).length, 'nodes replaced').to.equal(0);
      expect(boxesOf(card)).to.deep.equal(boxes);
      expect((card as Element & { snapshot?: { call: { phoneNumber: string } } }).snapshot?.call.phoneNumber, 'the kit runs the card').to.equal('+4930123456');
      if (lang !== 'ar') return;
      // The server's `dir` is the kit's own: another language takes it back, as in a card rendered in the browser.
      card.setAttribute('lang', 'de');
      await until(() => shadowPart(frame, 'b24-call-status', 'phase').textContent!.trim() === de['phase.ringing'], 'German shows');
      await settled(frame);
      expect(getComputedStyle(shadowPart(frame, 'b24-call-status', 'base')).direction).to.equal('ltr');
    });
  }

  it('is taken over without a change while a promised connection (the SDK) is on its way, then follows the call', async () => {
    const host = fakeB24Frame({ call: CALL });
    const frame = await pageOf(await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(host.card.placementOptions), LANG: 'de' }, { resolveTitles: false }));
    const card = frame.contentDocument!.querySelector('b24-call-card')!;
    const boxes = boxesOf(card);
    const changes = watchChanges(frame);
    await startKit(
      frame,
      undefined,
      `import { b24FrameConnection } from '/src/bundle.ts';
      document.querySelector('b24-call-card').connection = new Promise((resolve) => (window.connectTo = (frame) => resolve(b24FrameConnection(frame))));`,
    );
    expect(changes(), 'changes to the DOM').to.deep.equal([]);
    expect(boxesOf(card)).to.deep.equal(boxes);

    (frame.contentWindow as Window & { connectTo?: (frame: FakeB24Frame) => void }).connectTo!(host);
    host.card.connect();
    await until(() => shadowPart(frame, 'b24-call-status', 'phase').textContent!.trim() === de['phase.connected'], 'connected shows');
  });

  it('follows the call live once the host answers', async () => {
    const host = new FakeBx24({ call: CALL, lang: 'de' });
    const frame = await pageOf(await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(host.card.placementOptions), LANG: 'de' }));
    const number = shadowPart(frame, 'b24-call-status', 'number');
    await startKit(frame, host);

    host.card.connect();
    await until(() => shadowPart(frame, 'b24-call-status', 'phase').textContent!.trim() === de['phase.connected'], 'connected shows');
    expect(shadowPart(frame, 'b24-call-status', 'number'), 'the server\'s node is still the one shown').to.equal(number);
    const toggle = shadowPart(frame, 'b24-autoclose-toggle', 'base');
    expect(toggle.getAttribute('aria-disabled'), 'the switch works once the host is ready').to.equal('false');
  });

  it('shows the newer state when the call moved on between the server\'s render and the kit', async () => {
    const host = new FakeBx24({ call: CALL, lang: 'de' });
    const frame = await pageOf(await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(host.card.placementOptions), LANG: 'de' }));
    host.card.connect();
    await startKit(frame, host);
    await until(() => shadowPart(frame, 'b24-call-status', 'phase').textContent!.trim() === de['phase.connected'], 'connected shows');
    expect(shadowPart(frame, 'b24-call-status', 'base').className).to.equal('connected');
    expect(shadowPart(frame, 'b24-call-status', 'timer').textContent!.trim()).to.match(/^0?0:0\d$/);
  });

  it('keeps the timer of a call the server rendered connected running, in the server\'s text node', async () => {
    const host = new FakeBx24({ call: CALL, lang: 'de' });
    host.card.connect();
    const options = { ...host.card.placementOptions, CALL_STATE: 'connected' };
    const frame = await pageOf(await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(options), LANG: 'de' }));
    const timer = shadowPart(frame, 'b24-call-status', 'timer');
    expect(timer.textContent!.trim(), 'the server rendered the timer').to.equal('0:00');
    const text = [...timer.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
    await startKit(frame, host);
    await until(() => timer.textContent!.trim() === '0:01', 'the timer ticks', 2500);
    expect([...timer.childNodes].find((node) => node.nodeType === Node.TEXT_NODE), 'the server\'s text node shows it').to.equal(text);
  });

  for (const [why, change] of [
    ['the page lost the options the server rendered from', (html: string) => html.replace(/ placement-options="[^"]*"/, '')],
    ['another build of the kit rendered the card (its templates differ)', (html: string) => html.replace(/<b24-call-status([^]*?)<!--lit-part [^-]+-->/, '<b24-call-status$1<!--lit-part AAAAAAAAAAA=-->')],
  ] as const) {
    it(`renders afresh, once, when ${why}`, async () => {
      const host = new FakeBx24({ call: CALL, lang: 'de' });
      const html = await renderOnServer({ PLACEMENT_OPTIONS: JSON.stringify(host.card.placementOptions), LANG: 'de' });
      expect(change(html), 'the change applies').not.to.equal(html);
      const frame = await pageOf(change(html));
      const errors: string[] = [];
      frame.contentWindow!.addEventListener('error', (event) => errors.push(event.message));
      await startKit(frame, host);
      await until(() => shadowPart(frame, 'b24-call-status', 'number').textContent!.trim() === '+4930123456', 'the number shows');
      const root = frame.contentDocument!.querySelector('b24-call-status')!.shadowRoot!;
      expect(root.querySelectorAll('[part~="base"]').length, 'one status block').to.equal(1);
      expect(root.querySelectorAll('style').length + (root.adoptedStyleSheets?.length ?? 0), 'its styles').to.be.greaterThan(0);
      host.card.connect();
      await until(() => shadowPart(frame, 'b24-call-status', 'phase').textContent!.trim() === de['phase.connected'], 'it follows the call');
      expect(errors).to.deep.equal([]);
    });
  }
});
