import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator, type CallCardSimulator } from '../../src/connection/simulator.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import type { ExternalCallRegisterParams } from '../../src/portal/host-messages.js';
import { CATALOG_LANGUAGES, loadMessages, type MessageKey, type Messages } from '../../src/i18n/messages.js';
import { en } from '../../src/i18n/catalogs/en.js';
import { FAILURE_CODES } from '../../src/model/failure-codes.js';
import { offsetFromColumnStart, outsideOf, until } from '../helpers.js';
import { part } from '../harness.js';

// The desktop app opens the call card as a 550×650 window and the widget is a tab inside it, so
// 320–450 px is the normal width. These tests lay the whole card out at 320, 400 and 550 px, in
// every shipped language and every call state, on a plain white page, and measure the boxes.

const WIDTHS = [320, 400, 550];
const NARROW_BELOW = 440;
const NUMBER = '+4915112345678';

/** Every line box a range's text sits on, by their tops. */
function lineTopsOf(range: Range): Set<number> {
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
}

/** Every line box a node's text sits on. */
function lineTops(node: Node): Set<number> {
  const range = document.createRange();
  range.selectNodeContents(node);
  return lineTopsOf(range);
}

const CHINESE_OR_JAPANESE = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u;

/**
 * The words of `text` that must not break, with where each starts. Between spaces for most
 * languages. Thai has no spaces: its words come from `Intl.Segmenter`, and a line may break only
 * between them. Chinese and Japanese text may break between any two characters (CSS Text, and
 * JIS X 4051 for Japanese), so only their Latin words (`Bitrix24`, `CRM`) must stay whole.
 */
function unbreakableWords(text: string, lang: string): { word: string; index: number }[] {
  if (!/^(th|ja|zh)\b/.test(lang)) return [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], index: match.index }));
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((segment) => segment.isWordLike);
  return segments.filter((segment) => lang === 'th' || !CHINESE_OR_JAPANESE.test(segment.segment)).map((segment) => ({ word: segment.segment, index: segment.index }));
}

/** The words of an element that break across lines (each word must sit on one line). */
function brokenWords(element: Element): string[] {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? (element.getRootNode() as ShadowRoot).host?.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const { word, index } of unbreakableWords(node.textContent ?? '', lang)) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + word.length);
      if (lineTopsOf(range).size > 1) broken.push(word);
    }
  }
  return broken;
}

/** Everything the layout must hold, measured. */
function checkLayout(card: B24CallCard, width: number, where: string): void {
  const frame = card.getBoundingClientRect();
  expect(Math.round(frame.right - frame.left), `${where}: the card is ${width} px`).to.equal(width);
  expect(outsideOf(card), `${where}: everything stays inside the card`).to.deep.equal([]);
  const number = part(card.querySelector('b24-call-status')!, 'number')!;
  expect(lineTops(number).size, `${where}: the number "${number.textContent}" is one line`).to.equal(1);
  expect(offsetFromColumnStart(number, number.closest('.text')!), `${where}: the number starts at the start of its column`).to.equal(0);
  for (const [tag, name] of [
    ['b24-call-status', 'line'],
    ['b24-call-status', 'phase'],
    ['b24-call-status', 'failure'],
    ['b24-crm-bindings', 'name'],
    ['b24-autoclose-toggle', 'label'],
  ] as const) {
    const element = part(card.querySelector(tag)!, name);
    if (element) expect(brokenWords(element), `${where}: ${tag} ${name} "${element.textContent?.trim()}" wraps only between words`).to.deep.equal([]);
  }
  const phase = part(card.querySelector('b24-call-status')!, 'phase')!.getBoundingClientRect();
  const numberBox = number.getBoundingClientRect();
  if (width < NARROW_BELOW) {
    expect(phase.top >= numberBox.bottom - 1, `${where}: the phase sits under the number`).to.equal(true);
    const timer = card.querySelector('b24-call-status')!.shadowRoot!.querySelector('[part=timer]')?.getBoundingClientRect();
    const rightToLeft = getComputedStyle(part(card.querySelector('b24-call-status')!, 'phase')!).direction === 'rtl';
    const beside = timer && timer.top < phase.bottom && (rightToLeft ? timer.right < phase.left : timer.left > phase.right);
    if (timer?.width) expect(beside, `${where}: the timer sits beside the phase, after it`).to.equal(true);
  }
}

interface Step {
  name: string;
  /** The phase the status shows once the step is done (its class on the base part). */
  phase: string;
  drive: (simulator: CallCardSimulator) => void;
}

describe('narrow cards: the whole card at 320, 400 and 550 px', () => {
  for (const lang of CATALOG_LANGUAGES) {
    it(`${lang}: every call state keeps the number on one line, wraps words whole, and overflows nothing`, async () => {
      // English as a whole: the fallback the page holds gets the error panel's strings only when the panel loads.
      const messages = lang === 'en' ? (en as Messages) : await loadMessages(lang);
      const longest = [...FAILURE_CODES].sort((a, b) => String(messages[`failure.${b}` as MessageKey]).length - String(messages[`failure.${a}` as MessageKey]).length)[0]!;
      const incoming = {
        PHONE_NUMBER: NUMBER,
        TYPE: 3 as const,
        LINE_NAME: 'Berlin office, second floor',
        CALL_LIST_ID: 7,
        CRM_ENTITY_TYPE: 'COMPANY',
        CRM_ENTITY_ID: 123456789,
        CRM_BINDINGS: [
          { ENTITY_TYPE: 'DYNAMIC_1032', ENTITY_ID: 987654321 },
          { ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 },
        ],
      };
      const outgoing = { PHONE_NUMBER: NUMBER, TYPE: 1 as const, LINE_NUMBER: 'reg151083', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 31 };
      const calls: [ExternalCallRegisterParams, Step[]][] = [
        [incoming, [
          { name: 'ringing', phase: 'ringing', drive: () => undefined },
          { name: 'connected', phase: 'connected', drive: (sim) => sim.connect() },
          { name: 'ended', phase: 'ended', drive: (sim) => sim.hangUp('200') },
        ]],
        [outgoing, [
          { name: 'outgoing, calling', phase: 'calling', drive: () => undefined },
          { name: `failed (${longest}, the longest reason)`, phase: 'failed', drive: (sim) => sim.hangUp(longest) },
        ]],
      ];
      let card!: B24CallCard;
      for (const [call, steps] of calls) {
        const simulator = createCallCardSimulator({ call });
        const wrapper = await fixture<HTMLDivElement>(html`<div style="background: #fff">
          <b24-call-card lang=${lang} .connection=${simulator}>
            <b24-call-status></b24-call-status>
            <b24-crm-bindings></b24-crm-bindings>
            <b24-autoclose-toggle></b24-autoclose-toggle>
          </b24-call-card>
        </div>`);
        card = wrapper.querySelector<B24CallCard>('b24-call-card')!;
        await until(() => card.snapshot?.status === 'ready', 'ready');
        await until(() => lang === 'en' || part(card.querySelector('b24-autoclose-toggle')!, 'label')!.textContent!.trim() !== 'Keep the card open after the call', 'the catalog');
        for (const step of steps) {
          step.drive(simulator);
          const status = card.querySelector('b24-call-status')!;
          await until(() => status.shadowRoot!.querySelector(`[part=base].${step.phase}`), `${lang}: ${step.name}`);
          await card.controller!.whenSettled();
          for (const element of card.children) await (element as B24CallCard).updateComplete;
          for (const width of WIDTHS) {
            wrapper.style.width = `${width}px`;
            checkLayout(card, width, `${lang}, ${step.name}, ${width} px`);
          }
        }
      }
      expect(part(card.querySelector('b24-call-status')!, 'failure')?.textContent).to.equal(messages[`failure.${longest}` as MessageKey]);
      // The error panel, with the longest of its messages.
      const failing = await fixture<HTMLDivElement>(html`<div style="background: #fff">
        <b24-call-card lang=${lang} .connection=${createCallCardSimulator({ placement: 'CRM_DEAL_DETAIL_TAB' })}></b24-call-card>
      </div>`);
      const provider = failing.querySelector<B24CallCard>('b24-call-card')!;
      await until(() => provider.shadowRoot!.querySelector('[part=error-message]')?.textContent === messages['error.WRONG_PLACEMENT'], 'the panel');
      for (const width of WIDTHS) {
        failing.style.width = `${width}px`;
        expect(outsideOf(provider), `${lang}, error panel, ${width} px: everything inside`).to.deep.equal([]);
        for (const name of ['error-title', 'error-message', 'error-code']) {
          expect(brokenWords(provider.shadowRoot!.querySelector(`[part=${name}]`)!), `${lang}, ${name}, ${width} px`).to.deep.equal([]);
        }
      }
    });
  }

  it('puts the phase beside the number when there is room (550 px, English)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 550px">
      <b24-call-card .connection=${createCallCardSimulator({ call: { PHONE_NUMBER: NUMBER } })}><b24-call-status></b24-call-status></b24-call-card>
    </div>`);
    const card = wrapper.querySelector<B24CallCard>('b24-call-card')!;
    await until(() => card.snapshot?.status === 'ready', 'ready');
    await card.querySelector('b24-call-status')!.updateComplete;
    const [number, phase] = [part(card.querySelector('b24-call-status')!, 'number')!.getBoundingClientRect(), part(card.querySelector('b24-call-status')!, 'phase')!.getBoundingClientRect()];
    expect(phase.top < number.bottom && phase.left > number.right, 'same row, to the right').to.equal(true);
  });
});

describe('a status in a row of its own', () => {
  it('keeps a usable width in a flex row that gives it none', async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="display: flex; width: 700px">
      <b24-call-status .call=${normalizeCall({ CALL_ID: 'x', CALL_STATE: 'connected', PHONE_NUMBER: NUMBER }, 'status').call}></b24-call-status><button>Other</button>
    </div>`);
    const status = row.querySelector('b24-call-status')!;
    await status.updateComplete;
    const width = status.getBoundingClientRect().width;
    // A size container has no content width of its own; the kit gives it the narrowest card's.
    expect(width).to.equal(320);
    expect(lineTops(status.shadowRoot!.querySelector('[part=number]')!).size).to.equal(1);
  });
});
