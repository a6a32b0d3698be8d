import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/autoclose-toggle/b24-autoclose-toggle.js';
import type { B24AutocloseToggle } from '../../src/elements/autoclose-toggle/autoclose-toggle.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import { inCard } from '../harness.js';
import { backgroundBehind, contrast, pressChord, until } from '../helpers.js';

const button = (toggle: Element) => toggle.shadowRoot!.querySelector<HTMLButtonElement>('[part=base]')!;
const status = (toggle: Element) => toggle.shadowRoot!.querySelector('[part=status]')?.textContent?.trim() ?? null;

/** A disabled switch: marked so, and a click neither turns it on nor fires `change`. */
async function expectInert(toggle: B24AutocloseToggle) {
  expect(button(toggle).getAttribute('aria-disabled')).to.equal('true');
  let changed = 0;
  toggle.addEventListener('change', () => (changed += 1));
  button(toggle).click();
  await toggle.updateComplete;
  expect([toggle.checked, changed]).to.deep.equal([false, 0]);
}

describe('<b24-autoclose-toggle>', () => {
  it('is a labelled switch, disabled until the connection is ready', async () => {
    const { card, element: toggle, simulator } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false, init: { latencyMs: 30 } });
    expect(button(toggle).getAttribute('role')).to.equal('switch');
    expect(button(toggle).getAttribute('aria-checked')).to.equal('false');
    expect(button(toggle).getAttribute('aria-disabled')).to.equal('true');
    expect(button(toggle).textContent!.trim()).to.equal('Keep the card open after the call');
    button(toggle).click();
    expect(simulator.commandsReceived()).to.not.include('disableAutoClose');
    await until(() => card.snapshot?.status === 'ready', 'ready');
    await toggle.updateComplete;
    expect(button(toggle).getAttribute('aria-disabled')).to.equal('false');
  });

  it('sends disableAutoClose when turned on and enableAutoClose when turned off, firing change', async () => {
    const { card, element: toggle, simulator } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false, init: { latencyMs: 20 } });
    await until(() => card.snapshot?.status === 'ready', 'ready');
    const changes: boolean[] = [];
    toggle.addEventListener('change', () => changes.push(toggle.checked));
    button(toggle).click();
    await toggle.updateComplete;
    expect(button(toggle).getAttribute('aria-checked')).to.equal('true');
    expect(button(toggle).getAttribute('aria-busy'), 'pending shows').to.equal('true');
    expect(status(toggle)).to.equal('Saving…');
    await until(() => button(toggle).getAttribute('aria-busy') === 'false', 'confirmed');
    expect(simulator.card.autoCloseBlocked).to.equal(true);
    button(toggle).click();
    await until(() => simulator.card.autoCloseBlocked === false, 'enableAutoClose reached the host');
    expect(simulator.commandsReceived().filter((name) => name !== 'getStatus')).to.deep.equal(['disableAutoClose', 'enableAutoClose']);
    expect(changes).to.deep.equal([true, false]);
    expect(toggle.checked).to.equal(false);
  });

  it('toggles with Space and Enter, and Tab and Shift+Tab move focus out and back with a focus ring', async () => {
    const simulator = createCallCardSimulator();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <b24-call-card .connection=${simulator}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>
      <button id="after">after</button>
    </div>`);
    const card = wrapper.querySelector<B24CallCard>('b24-call-card')!;
    const toggle = wrapper.querySelector<B24AutocloseToggle>('b24-autoclose-toggle')!;
    const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
    await until(() => card.snapshot?.status === 'ready', 'ready');
    await toggle.updateComplete;
    button(toggle).focus();
    // Puppeteer's BiDi keyboard knows no 'Space': the key is ' ' in every engine.
    await sendKeys({ press: ' ' });
    await until(() => simulator.card.autoCloseBlocked, 'Space turned it on');
    await sendKeys({ press: 'Enter' });
    await until(() => !simulator.card.autoCloseBlocked, 'Enter turned it off');
    // A focusable element after the toggle: tabbing past the last one leaves the page in Firefox.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after, 'Tab moved focus to the next element').to.equal(true);
    await pressChord('Shift', 'Tab');
    expect(document.activeElement === toggle && toggle.shadowRoot!.activeElement === button(toggle), 'Shift+Tab came back to the switch').to.equal(true);
    expect(getComputedStyle(button(toggle)).outlineStyle).to.equal('solid');
  });

  it('stays on when the provider is moved, or its connection swapped away and back', async () => {
    const { card, element: toggle, simulator } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false });
    await until(() => card.snapshot?.status === 'ready', 'ready');
    button(toggle).click();
    await until(() => button(toggle).getAttribute('aria-busy') === 'false' && simulator.card.autoCloseBlocked, 'confirmed');
    const parent = card.parentElement!;
    card.remove();
    parent.append(card);
    await until(() => card.snapshot?.status === 'ready', 'ready again');
    await toggle.updateComplete;
    expect(button(toggle).getAttribute('aria-checked'), 'after a move').to.equal('true');
    card.connection = createCallCardSimulator();
    await until(() => card.snapshot?.status === 'ready' && button(toggle).getAttribute('aria-checked') === 'false', 'another host: off');
    card.connection = simulator;
    await until(() => card.snapshot?.status === 'ready', 'back');
    await toggle.updateComplete;
    expect(button(toggle).getAttribute('aria-checked'), 'back on the first host').to.equal('true');
  });

  it('reverts and shows a short inline error when the command times out', async () => {
    const { card, element: toggle, simulator } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false, commandTimeout: 60 });
    await until(() => card.snapshot?.status === 'ready', 'ready');
    simulator.setCommandFault('disableAutoClose', 'silent');
    button(toggle).click();
    await toggle.updateComplete;
    expect(toggle.checked).to.equal(true);
    await until(() => status(toggle) === 'Could not change this. Try again.', 'inline error');
    expect(toggle.checked).to.equal(false);
    expect(button(toggle).getAttribute('aria-checked')).to.equal('false');
    expect(simulator.commandsReceived()).to.include('disableAutoClose');
  });

  it('says the card stays open after the call ends with keep-open on', async () => {
    const { card, element: toggle, simulator } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false, init: { holdOpenMs: 10_000 } });
    await until(() => card.snapshot?.status === 'ready', 'ready');
    button(toggle).click();
    await until(() => simulator.card.autoCloseBlocked, 'kept open');
    simulator.connect();
    simulator.hangUp();
    await until(() => status(toggle) === 'The card stays open until you turn this off', 'held-open note');
    expect(simulator.card.isOpen).to.equal(true);
    simulator.dispose();
  });

  it('shows that the app\'s unsaved work holds the card open, and waits until it is saved', async () => {
    const { card, element: toggle, simulator } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false });
    await until(() => card.snapshot?.status === 'ready', 'ready');
    let save!: () => void;
    const saving = card.controller!.keepOpenWhile(new Promise<void>((resolve) => (save = resolve)));
    await until(() => status(toggle) === 'The card stays open until your changes are saved', 'held-by-work note');
    expect(button(toggle).getAttribute('aria-checked')).to.equal('true');
    expect(button(toggle).getAttribute('aria-disabled')).to.equal('true');
    let changed = 0;
    toggle.addEventListener('change', () => (changed += 1));
    button(toggle).click();
    await toggle.updateComplete;
    expect([toggle.checked, changed], 'the operator cannot turn it off while unsaved').to.deep.equal([true, 0]);
    await until(() => simulator.card.autoCloseBlocked, 'kept open');
    save();
    await saving;
    await until(() => button(toggle).getAttribute('aria-checked') === 'false' && !simulator.card.autoCloseBlocked && status(toggle) === null, 'released to the operator\'s choice');
    expect(button(toggle).getAttribute('aria-disabled')).to.equal('false');
  });

  it('works standalone: a checked property and a change event, for Vue and React', async () => {
    const call = normalizeCall({ CALL_ID: 'x', CALL_STATE: 'connected' }, 'status').call;
    const toggle = await fixture<B24AutocloseToggle>(html`<b24-autoclose-toggle .call=${call} checked></b24-autoclose-toggle>`);
    expect(button(toggle).getAttribute('aria-checked')).to.equal('true');
    let changed = 0;
    toggle.addEventListener('change', () => (changed += 1));
    button(toggle).click();
    await toggle.updateComplete;
    expect([toggle.checked, changed, toggle.hasAttribute('checked')]).to.deep.equal([false, 1, false]);
    toggle.disabled = true;
    await toggle.updateComplete;
    button(toggle).click();
    expect(changed).to.equal(1);
  });

  it('stays off inside a provider that has no host yet, and sends nothing', async () => {
    const previous = window.BX24;
    delete window.BX24;
    try {
      const card = await fixture<B24CallCard>(html`<b24-call-card><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`);
      const toggle = card.querySelector<B24AutocloseToggle>('b24-autoclose-toggle')!;
      await toggle.updateComplete;
      await expectInert(toggle);
    } finally {
      if (previous) window.BX24 = previous;
    }
  });

  it('focuses its switch on toggle.focus()', async () => {
    const { element: toggle } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false });
    toggle.focus();
    // Compared as booleans: chai's message would print the whole element graph.
    expect(toggle.shadowRoot!.activeElement === button(toggle), 'the switch has focus').to.equal(true);
    expect(document.activeElement === toggle).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    it(`gives the off track 3:1 against what is behind it, in ${theme} (WCAG 1.4.11)`, async () => {
      const { card, element: toggle } = await inCard<B24AutocloseToggle>(html`<b24-autoclose-toggle></b24-autoclose-toggle>`, { ready: false });
      card.setAttribute('theme', theme);
      await until(() => button(toggle).getAttribute('aria-disabled') === 'false', 'ready');
      const track = toggle.shadowRoot!.querySelector('[part=track]')!;
      await until(() => track.getAnimations().length === 0, 'the track done with its transition');
      expect(contrast(getComputedStyle(track).backgroundColor, backgroundBehind(toggle))).to.be.at.least(3);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`looks different when disabled than when off, in ${theme}`, async () => {
      const look = (toggle: Element) => {
        const track = getComputedStyle(toggle.shadowRoot!.querySelector('[part=track]')!);
        const thumb = getComputedStyle(toggle.shadowRoot!.querySelector('[part=thumb]')!);
        return { track: track.backgroundColor, border: track.borderTopStyle, thumb: thumb.backgroundColor };
      };
      const call = normalizeCall({ CALL_ID: 'x', CALL_STATE: 'connected' }, 'status').call;
      const off = await fixture<B24AutocloseToggle>(html`<b24-autoclose-toggle theme=${theme} .call=${call}></b24-autoclose-toggle>`);
      const disabled = await fixture<B24AutocloseToggle>(html`<b24-autoclose-toggle theme=${theme} .call=${call} disabled></b24-autoclose-toggle>`);
      const [a, b] = [look(off), look(disabled)];
      expect(a.border).to.equal('none');
      expect(b.border, 'a dashed track').to.equal('dashed');
      expect(a.track).to.not.equal(b.track);
      expect(a.thumb).to.not.equal(b.thumb);
    });
  }

  it('is disabled with neither a provider nor a call, and says why once in development', async () => {
    const global = globalThis as { litIssuedWarnings?: Set<string | undefined> };
    const had = global.litIssuedWarnings;
    global.litIssuedWarnings = new Set();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const toggle = await fixture<B24AutocloseToggle>(html`<div><b24-autoclose-toggle></b24-autoclose-toggle><b24-autoclose-toggle></b24-autoclose-toggle></div>`).then((div) => div.firstElementChild as B24AutocloseToggle);
      await toggle.updateComplete;
      await expectInert(toggle);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<b24-autoclose-toggle> has no <b24-call-card> around it').and.contain('disabled');
    } finally {
      console.warn = warn;
      if (had) global.litIssuedWarnings = had;
      else delete global.litIssuedWarnings;
    }
  });

  it('gives no hint in a production build of Lit', async () => {
    expect('litIssuedWarnings' in globalThis, 'the tests load Lit built for production').to.equal(false);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await fixture(html`<b24-autoclose-toggle></b24-autoclose-toggle>`);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('replaces its label with the slot', async () => {
    const toggle = await fixture<B24AutocloseToggle>(html`<b24-autoclose-toggle>Hold the card</b24-autoclose-toggle>`);
    const slot = toggle.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((node) => node.textContent).join('')).to.equal('Hold the card');
  });
});
