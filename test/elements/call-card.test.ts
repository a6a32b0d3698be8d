import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/call-card/b24-call-card.js';
import '../../src/elements/autoclose-toggle/b24-autoclose-toggle.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import type { B24CallStateChangeEvent, B24EntityChangeEvent, B24ErrorEvent } from '../../src/elements/call-card/call-card.events.js';
import { LitElement, css } from 'lit';
import { B24CallCard as B24CallCardClass } from '../../src/elements/call-card/call-card.js';
import { CallCardConsumer } from '../../src/elements/call-card-consumer.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { b24FrameConnection } from '../../src/connection/b24-frame.js';
import { FakeBx24 } from '../fakes/fake-bx24.js';
import { inCard } from '../harness.js';
import { fakeB24Frame } from '../fakes/fake-b24-frame.js';
import { sleep, until } from '../helpers.js';

/** A minimal consumer that renders what a user would see of the snapshot. */
class SnapshotProbe extends LitElement {
  readonly consumer = new CallCardConsumer(this);
  override render() {
    const snapshot = this.consumer.snapshot;
    return html`<span>${snapshot ? `${snapshot.call.state} ${snapshot.call.phoneNumber} ${snapshot.call.entity?.entityType ?? '-'}` : 'no provider'}</span>`;
  }
}
customElements.define('snapshot-probe', SnapshotProbe);

const probeText = (card: Element) => card.querySelector('snapshot-probe')!.shadowRoot!.textContent!.trim();

function withGlobalBx24(bx24: FakeBx24 | null | undefined): () => void {
  const previous = window.BX24;
  if (bx24 !== undefined) window.BX24 = bx24;
  else delete window.BX24;
  return () => {
    if (previous) window.BX24 = previous;
    else delete window.BX24;
  };
}

describe('<b24-call-card>', () => {
  it('loads the simulator on demand with `simulate`, and its consumers show the live call', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate><snapshot-probe></snapshot-probe></b24-call-card>`);
    expect(card.simulator, 'not loaded until needed').to.equal(undefined);
    expect(probeText(card)).to.equal('no provider');
    expect(await card.whenSimulatorReady()).to.equal(card.simulator);
    await until(() => probeText(card) === 'connecting +4930123456 CONTACT', 'the first snapshot, from the options');
    card.simulator!.connect();
    await until(() => probeText(card).startsWith('connected'), 'consumer re-rendered');
    card.simulator!.changeEntity('DEAL', 42);
    await until(() => probeText(card).endsWith('DEAL'), 'entity followed');
  });

  it('lets a script follow the call with subscribe(): now, on every change, and across a new connection', async () => {
    const restore = withGlobalBx24(undefined);
    try {
      const card = await fixture<B24CallCard>(html`<b24-call-card></b24-call-card>`);
      const seen: string[] = [];
      const stop = card.subscribe((snapshot) => seen.push(snapshot ? `${snapshot.status} ${snapshot.call.state}` : `none ${card.error?.code}`));
      expect(seen, 'at once: no host').to.deep.equal(['none NO_HOST']);
      const simulator = createCallCardSimulator();
      card.connection = simulator;
      expect(card.snapshot?.call.state, 'a ready connection is in use when the setter returns').to.equal('connecting');
      expect(seen.at(-1)).to.equal('connecting connecting');
      await until(() => seen.at(-1) === 'ready connecting', 'the new connection, ringing');
      simulator.connect();
      await until(() => seen.at(-1) === 'ready connected', 'a change');
      card.connection = createCallCardSimulator();
      await until(() => seen.at(-1) === 'ready connecting', 'a second connection');
      const count = seen.length;
      stop();
      simulator.hangUp();
      card.connection = undefined;
      await sleep(30);
      expect(seen).to.have.length(count);
    } finally {
      restore();
    }
  });

  it('dispatches typed, bubbling, composed events', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate></b24-call-card>`);
    const seen: Event[] = [];
    for (const name of ['b24-ready', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-error']) {
      document.addEventListener(name, (event) => seen.push(event), { once: false });
    }
    await until(() => card.snapshot?.status === 'ready', 'ready');
    card.simulator!.connect();
    card.simulator!.changeEntity('LEAD', 5);
    card.simulator!.hangUp('486');
    await until(() => seen.some((event) => event.type === 'b24-before-close'), 'close announced');
    const state = seen.filter((event): event is B24CallStateChangeEvent => event.type === 'b24-call-state-change');
    expect(state.map((event) => event.detail)).to.deep.equal([
      { state: 'connecting', previous: 'idle', failedCode: null, initial: true },
      { state: 'connected', previous: 'connecting', failedCode: null, initial: false },
      { state: 'idle', previous: 'connected', failedCode: '486', initial: false },
    ]);
    const entity = seen.find((event): event is B24EntityChangeEvent => event.type === 'b24-entity-change' && !(event as B24EntityChangeEvent).detail.initial)!;
    expect(entity.detail.entity).to.deep.equal({ entityType: 'LEAD', entityId: 5 });
    for (const event of seen) expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });

  it('tells a listener from page load the state and entity the call is in, once, before any change', async () => {
    const states: B24CallStateChangeEvent[] = [];
    const entities: B24EntityChangeEvent[] = [];
    const onState = (event: B24CallStateChangeEvent) => states.push(event);
    const onEntity = (event: B24EntityChangeEvent) => entities.push(event);
    document.addEventListener('b24-call-state-change', onState);
    document.addEventListener('b24-entity-change', onEntity);
    try {
      const card = await fixture<B24CallCard>(html`<b24-call-card simulate></b24-call-card>`);
      await until(() => card.snapshot?.status === 'ready', 'ready');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(states.map((event) => event.detail)).to.deep.equal([{ state: 'connecting', previous: 'idle', failedCode: null, initial: true }], 'ringing, at load');
      expect(entities.map((event) => [event.detail.entity, event.detail.initial])).to.deep.equal([[{ entityType: 'CONTACT', entityId: 17 }, true]]);
      card.simulator!.connect();
      await until(() => states.length === 2, 'the change');
      expect(states[1]!.detail).to.include({ state: 'connected', initial: false });
    } finally {
      document.removeEventListener('b24-call-state-change', onState);
      document.removeEventListener('b24-entity-change', onEntity);
    }
  });

  it('says the card is closing once per card, on every path: BeforeClose, or the document going away (pagehide)', async () => {
    const { card, simulator } = await inCard(html`<span>notes</span>`);
    const heard: string[] = [];
    card.addEventListener('b24-card-closing', (event) => heard.push(event.detail.path));
    // A card the widget holds open: BeforeClose comes at the hang-up, and again at the real close.
    await card.controller!.keepOpen(true);
    simulator.hangUp('200');
    simulator.card.close();
    await until(() => heard.length > 0, 'closing announced');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(heard).to.deep.equal(['before-close'], 'once for this card');
    // The next call is another card. On a portal the card that may close goes with the frame, and only pagehide is heard.
    const firstCall = card.snapshot!.call.callId;
    const second = simulator.startCall({ PHONE_NUMBER: '+4930555' });
    await until(() => card.snapshot?.call.callId === second.CALL_ID && firstCall !== second.CALL_ID, 'the new call');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(heard).to.deep.equal(['before-close', 'pagehide']);
    const event = await new Promise<Event>((resolve) => {
      card.addEventListener('b24-card-closing', resolve, { once: true });
      const third = simulator.startCall({ PHONE_NUMBER: '+4930666' });
      void until(() => card.snapshot?.call.callId === third.CALL_ID, 'the third call').then(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });

  it('reports no error after a normal hang-up closes the card, as a portal never does', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`);
    const errors: B24ErrorEvent[] = [];
    card.addEventListener('b24-error', (event) => errors.push(event));
    await until(() => card.snapshot?.status === 'ready', 'ready');
    card.simulator!.connect();
    card.simulator!.hangUp('200');
    await until(() => card.snapshot?.call.state === 'idle', 'ended');
    expect(card.simulator!.card.isOpen, 'auto-close closed the card').to.equal(false);
    // The kit refreshes on every event and the toggle may still be pressed: none of it may fail.
    card.querySelector('b24-autoclose-toggle')!.shadowRoot!.querySelector<HTMLElement>('[part=base]')!.click();
    await sleep(200);
    expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('prefers the connection property over simulate and BX24', async () => {
    const restore = withGlobalBx24(new FakeBx24());
    try {
      const frame = fakeB24Frame();
      const card = await fixture<B24CallCard>(html`<b24-call-card simulate .connection=${b24FrameConnection(frame)}></b24-call-card>`);
      expect(card.controller?.connection.kind).to.equal('b24-frame');
      expect(card.simulator).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it('prefers simulate over BX24, and uses BX24 when nothing else is given', async () => {
    const bx24 = new FakeBx24();
    const restore = withGlobalBx24(bx24);
    try {
      const simulated = await fixture<B24CallCard>(html`<b24-call-card simulate></b24-call-card>`);
      await simulated.whenSimulatorReady();
      expect(simulated.controller?.connection.kind).to.equal('simulator');
      const real = await fixture<B24CallCard>(html`<b24-call-card></b24-call-card>`);
      expect(real.controller?.connection.kind).to.equal('bx24');
      await until(() => real.snapshot?.status === 'ready', 'ready over BX24');
      expect(real.snapshot?.call.entity).to.deep.equal({ entityType: 'CONTACT', entityId: 17 });
    } finally {
      restore();
    }
  });

  it('says the widget is open outside Bitrix24 when the classic library gave up and set BX24 to null', async () => {
    const restore = withGlobalBx24(null);
    try {
      const errors: B24ErrorEvent[] = [];
      document.addEventListener('b24-error', (event) => errors.push(event));
      const card = await fixture<B24CallCard>(html`<b24-call-card></b24-call-card>`);
      await until(() => errors.length > 0, 'NO_HOST event');
      expect(errors[0]!.detail.code).to.equal('NO_HOST');
      expect(errors[0]!.detail.message).to.contain('open outside Bitrix24');
      expect(errors[0]!.detail.message).to.not.contain('load the BX24 library');
      expect(card.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('NO_HOST');
    } finally {
      restore();
    }
  });

  it("keeps a subclass's own styles when its error panel shows, with the panel's", async () => {
    class OutlinedCard extends B24CallCardClass {
      static override styles = [...B24CallCardClass.styles, css`:host { outline: 5px dashed rgb(255, 0, 0); }`];
    }
    customElements.define('outlined-call-card', OutlinedCard);
    const restore = withGlobalBx24(undefined);
    try {
      const card = await fixture<B24CallCard>(html`<outlined-call-card></outlined-call-card>`);
      await until(() => card.shadowRoot!.querySelector('[part=error-code]'), 'the panel');
      await card.updateComplete;
      expect(getComputedStyle(card).outlineStyle, "the subclass's style").to.equal('dashed');
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part=error]')!).borderInlineStartWidth, "the panel's style").to.equal('3px');
    } finally {
      restore();
    }
  });

  it('reports NO_HOST with a visible panel, and connects when a connection arrives later', async () => {
    const restore = withGlobalBx24(undefined);
    try {
      const errors: B24ErrorEvent[] = [];
      document.addEventListener('b24-error', (event) => errors.push(event));
      const card = await fixture<B24CallCard>(html`<b24-call-card><snapshot-probe></snapshot-probe></b24-call-card>`);
      await until(() => errors.length > 0, 'NO_HOST event');
      expect(errors[0]!.detail.code).to.equal('NO_HOST');
      expect(errors[0]!.detail.message).to.contain('simulate');
      const panel = card.shadowRoot!.querySelector('[part=error]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('Not connected to Bitrix24');
      expect(panel.textContent).to.contain('NO_HOST');
      expect(probeText(card)).to.equal('no provider');
      await expect(card).to.be.accessible();
      card.connection = createCallCardSimulator();
      await until(() => card.snapshot?.status === 'ready', 'connected later');
      expect(card.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(probeText(card)).to.equal('connecting +4930123456 CONTACT');
    } finally {
      restore();
    }
  });

  describe('given a promise of a connection', () => {
    const connecting = (card: Element) => card.shadowRoot!.querySelector('[part=connecting]');

    it('shows a quiet "Connecting…" and fires no error until it resolves, then connects', async () => {
      const restore = withGlobalBx24(undefined);
      try {
        let resolve!: (connection: ReturnType<typeof createCallCardSimulator>) => void;
        const promise = new Promise<ReturnType<typeof createCallCardSimulator>>((done) => (resolve = done));
        const errors: Event[] = [];
        const card = await fixture<B24CallCard>(html`<b24-call-card @b24-error=${(event: Event) => errors.push(event)} .connection=${promise}><snapshot-probe></snapshot-probe></b24-call-card>`);
        await sleep(50);
        expect(connecting(card)?.textContent).to.equal('Connecting to Bitrix24…');
        expect(connecting(card)?.getAttribute('role')).to.equal('status');
        expect(card.shadowRoot!.querySelector('[part=error]')).to.equal(null);
        expect(errors).to.have.length(0);
        await expect(card).to.be.accessible();
        resolve(createCallCardSimulator());
        await until(() => card.snapshot?.status === 'ready', 'connected');
        await card.updateComplete;
        expect(connecting(card)).to.equal(null);
        expect(probeText(card)).to.equal('connecting +4930123456 CONTACT');
        expect(errors).to.have.length(0);
      } finally {
        restore();
      }
    });

    it("turns the SDK's own rejection outside a frame into NO_HOST with its reason", async () => {
      // The SDK's browser build, as widgets load it (its ESM entry pulls in axios' Node adapters).
      const script = Object.assign(document.createElement('script'), { src: '/node_modules/@bitrix24/b24jssdk/dist/umd/index.min.js' });
      await new Promise((loaded, failed) => {
        script.onload = loaded;
        script.onerror = failed;
        document.head.append(script);
      });
      const { initializeB24Frame } = (window as unknown as { B24Js: typeof import('@bitrix24/b24jssdk') }).B24Js;
      const errors: B24ErrorEvent[] = [];
      const card = await fixture<B24CallCard>(html`<b24-call-card @b24-error=${(event: B24ErrorEvent) => errors.push(event)} .connection=${initializeB24Frame().then(b24FrameConnection)}></b24-call-card>`);
      await until(() => errors.length > 0, 'NO_HOST');
      expect(errors[0]!.detail.code).to.equal('NO_HOST');
      expect(errors[0]!.detail.message).to.contain('The connection promise failed: ').and.contain('paste this URL');
      expect(card.error?.code).to.equal('NO_HOST');
      expect(connecting(card)).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part=error]')?.getAttribute('role')).to.equal('alert');
    });

    it('ignores a promise that settles after another connection replaced it', async () => {
      let resolve!: (connection: ReturnType<typeof createCallCardSimulator>) => void;
      const late = new Promise<ReturnType<typeof createCallCardSimulator>>((done) => (resolve = done));
      const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${late}></b24-call-card>`);
      const current = createCallCardSimulator({ call: { PHONE_NUMBER: '+4915112345678' } });
      card.connection = current;
      await until(() => card.snapshot?.status === 'ready', 'the newer connection');
      resolve(createCallCardSimulator());
      await sleep(20);
      expect(card.controller?.connection).to.equal(current);
    });

    it('says so when the promise resolves to something that is not a connection', async () => {
      const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${Promise.resolve(undefined as never)}></b24-call-card>`);
      await until(() => card.error, 'an error');
      expect(card.error?.code).to.equal('NO_HOST');
      expect(card.error?.message).to.contain('b24FrameConnection');
    });
  });

  it('shows the error panel in the language of the `lang` attribute', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card lang="ru" .connection=${createCallCardSimulator({ placement: 'CRM_LEAD_DETAIL_TAB' })}></b24-call-card>`);
    await until(() => card.shadowRoot!.querySelector('[part=error-message]')?.textContent?.includes('карточке звонка'), 'Russian panel');
    expect(card.shadowRoot!.querySelector('[part=error]')!.getAttribute('lang')).to.equal('ru');
    card.setAttribute('lang', 'en');
    await until(() => card.shadowRoot!.querySelector('[part=error-message]')?.textContent?.includes('only in the call card'), 'English panel');
    card.setAttribute('theme', 'dark');
    await expect(card).to.be.accessible();
  });

  it('takes the language from the placement (ua → uk), and labels its text by the language it is in', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${createCallCardSimulator({ lang: 'ua', placement: 'X' })}></b24-call-card>`);
    await until(() => card.snapshot?.status === 'error', 'error');
    const panel = () => card.shadowRoot!.querySelector('[part=error]')!;
    await until(() => panel().getAttribute('lang') === 'uk', 'Ukrainian once its catalog shows');
    expect(panel().querySelector('[part=error-message]')!.textContent).to.equal('Цей віджет працює лише в картці дзвінка.');
  });

  it('spaces its children by --b24-cc-gap (12 px by default)', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate><div style="height: 10px"></div><div style="height: 10px"></div></b24-call-card>`);
    const gap = () => {
      const [a, b] = [...card.children].map((child) => child.getBoundingClientRect());
      return Math.round(b!.top - a!.bottom);
    };
    expect(gap()).to.equal(12);
    card.style.setProperty('--b24-cc-gap', '4px');
    expect(gap()).to.equal(4);
  });

  it('applies command-timeout', async () => {
    const simulator = createCallCardSimulator();
    simulator.setCommandFault('getStatus', 'silent');
    const card = await fixture<B24CallCard>(html`<b24-call-card command-timeout="40" .connection=${simulator}></b24-call-card>`);
    expect(card.controller?.commandTimeout).to.equal(40);
    await until(() => card.error?.code === 'TIMEOUT', 'timed out after 40 ms', 500);
  });

  it('disposes the controller on removal: no handler runs afterwards', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate></b24-call-card>`);
    await until(() => card.snapshot?.status === 'ready', 'ready');
    const controller = card.controller!;
    const simulator = card.simulator!;
    let events = 0;
    card.addEventListener('b24-call-state-change', () => (events += 1));
    card.remove();
    expect(controller.disposed).to.equal(true);
    simulator.connect();
    await sleep(20);
    expect(events).to.equal(0);
    expect(controller.snapshot.call.state).to.equal('connecting');
  });

  it('binds each host event once for two providers sharing one BX24, and for a provider re-attached 5 times', async () => {
    const bx24 = new FakeBx24();
    const restore = withGlobalBx24(bx24);
    try {
      const root = await fixture<HTMLDivElement>(html`<div><b24-call-card id="a"></b24-call-card><b24-call-card id="b"></b24-call-card></div>`);
      const [a, b] = [root.querySelector<B24CallCard>('#a')!, root.querySelector<B24CallCard>('#b')!];
      await until(() => a.snapshot?.status === 'ready' && b.snapshot?.status === 'ready', 'both ready');
      for (let index = 0; index < 5; index += 1) {
        a.remove();
        root.append(a);
        await until(() => a.snapshot?.status === 'ready', 're-attached');
      }
      for (const event of ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose']) {
        expect(bx24.bindCount(event), event).to.equal(1);
      }
      const seen: string[] = [];
      root.addEventListener('b24-call-state-change', (event) => seen.push((event.target as Element).id));
      bx24.card.connect();
      await until(() => seen.length === 2, 'both providers heard it');
      await sleep(20);
      expect(seen.sort()).to.deep.equal(['a', 'b']);
    } finally {
      restore();
    }
  });

  it('provides one controller per provider through the context, and a new one after reconnecting', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card simulate><snapshot-probe></snapshot-probe></b24-call-card>`);
    await card.whenSimulatorReady();
    const probe = card.querySelector<SnapshotProbe>('snapshot-probe')!;
    const first = card.controller;
    expect(first).to.not.equal(undefined);
    expect(probe.consumer.controller === first).to.equal(true);
    card.connection = createCallCardSimulator({ call: { PHONE_NUMBER: '+777' } });
    await card.updateComplete;
    expect(card.controller === first).to.equal(false);
    expect(probe.consumer.controller === card.controller).to.equal(true);
    expect(first!.disposed).to.equal(true);
    await until(() => probeText(card) === 'connecting +777 -', 'the probe shows the new call');
  });

  it("asks the host to size the frame to the page's content when it changes, debounced: it shrinks as well as grows", async () => {
    const simulator = createCallCardSimulator();
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}><div style="height: 400px"></div></b24-call-card>`);
    const resizes = () => simulator.log.filter((entry) => entry.kind === 'resize').map((entry) => entry.name);
    const heightOf = (size: string | undefined) => Number(/^100%x(\d+)$/.exec(size ?? '')?.[1] ?? NaN);
    await until(() => resizes().length === 1, 'first resize');
    const tall = heightOf(resizes()[0]);
    expect(tall, 'the content height, sent as a size (not fitWindow), with the width 100% (a number would pin it)').to.be.within(400, 500);
    const box = card.querySelector('div')!;
    for (const height of [300, 200, 100, 20]) {
      box.style.height = `${height}px`;
      await sleep(10);
    }
    await until(() => resizes().length === 2, 'one more resize for the burst');
    const short = heightOf(resizes()[1]);
    expect(short, 'a smaller height reaches the host').to.be.within(20, tall - 300);
    await sleep(150);
    expect(resizes()).to.have.length(2);
  });

  it('fits the frame once the host answers, even when the content had its size long before', async () => {
    const simulator = createCallCardSimulator();
    let resolve!: (connection: typeof simulator) => void;
    // A page that hides the "Connecting…" line: the content keeps its height when the host arrives.
    const page = await fixture<HTMLElement>(
      html`<div><style>b24-call-card::part(connecting) { display: none; }</style><b24-call-card .connection=${new Promise<typeof simulator>((done) => (resolve = done))}><div style="height: 400px"></div></b24-call-card></div>`,
    );
    const card = page.querySelector<B24CallCard>('b24-call-card')!;
    await sleep(250);
    resolve(simulator);
    await until(() => card.snapshot?.status === 'ready', 'ready');
    await until(() => simulator.log.some((entry) => entry.kind === 'resize'), 'a fit after the host answered');
    expect(simulator.log.filter((entry) => entry.kind === 'resize').map((entry) => entry.name)[0]).to.match(/^100%x4\d\d$/);
  });
});
