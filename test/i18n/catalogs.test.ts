import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { en, type MessageKey } from '../../src/i18n/catalogs/en.js';
import { CATALOG_LANGUAGES, catalogLanguage, loadMessages, format, type PluralMessage } from '../../src/i18n/messages.js';
import { resolveLocale } from '../../src/i18n/resolve-locale.js';
import { formatDuration, formatId, maskPhoneNumber } from '../../src/model/format.js';
import { sleep, until } from '../helpers.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** A message's texts: the one text, or every plural form. */
const texts = (message: string | PluralMessage) => (typeof message === 'string' ? [message] : Object.values(message));

describe('catalogs', () => {
  it("exist for every one of Bitrix24's 20 interface languages", () => {
    const bitrix24 = ['en', 'ru', 'de', 'la', 'fr', 'it', 'id', 'ms', 'in', 'ja', 'pl', 'br', 'vn', 'tr', 'kz', 'ua', 'ar', 'th', 'sc', 'tc'];
    const catalogs = bitrix24.map((code) => catalogLanguage(resolveLocale(code)));
    expect(new Set(catalogs).size, catalogs.join(' ')).to.equal(20);
    expect([...CATALOG_LANGUAGES].sort()).to.deep.equal([...catalogs].sort());
  });

  it("gives Hindi text for Bitrix24's in, not Indonesian", async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${createCallCardSimulator({ lang: 'in' })}><b24-call-status></b24-call-status></b24-call-card>`);
    const status = card.querySelector('b24-call-status')!;
    await until(() => status.shadowRoot!.querySelector('[part=phase]')?.textContent === 'घंटी बज रही है…', 'Hindi');
    expect(status.shadowRoot!.querySelector('[part=number]')?.textContent, 'the number as the host gave it').to.equal('+4930123456');
  });

  it('lays Arabic out right to left by its language, unless the page says otherwise', async () => {
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${createCallCardSimulator({ lang: 'ar' })}><b24-call-status></b24-call-status></b24-call-card>`);
    const status = card.querySelector('b24-call-status')!;
    await until(() => status.shadowRoot!.querySelector('[part=phase]')?.textContent === 'يرنّ…', 'Arabic');
    await until(() => card.getAttribute('dir') === 'rtl', 'the provider right to left');
    expect(getComputedStyle(status.shadowRoot!.querySelector('[part=base]')!).direction).to.equal('rtl');
    await expect(card).to.be.accessible();
    card.setAttribute('lang', 'de');
    await until(() => !card.hasAttribute('dir'), 'its own dir taken back for German');
    const page = await fixture<HTMLDivElement>(html`<div dir="ltr"><b24-call-card .connection=${createCallCardSimulator({ lang: 'ar' })}><b24-call-status></b24-call-status></b24-call-card></div>`);
    const inLtrPage = page.querySelector('b24-call-card')!;
    await until(() => inLtrPage.querySelector('b24-call-status')!.shadowRoot!.querySelector('[part=phase]')?.textContent === 'يرنّ…', 'Arabic');
    expect(inLtrPage.hasAttribute('dir'), "the page's own direction wins").to.equal(false);
  });

  it('keep the phone number as the host gave it, and write durations and ids with the locale\'s digits', async () => {
    const simulator = createCallCardSimulator({ lang: 'ar-EG', call: { PHONE_NUMBER: '+49 30 123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 1205 } });
    const card = await fixture<B24CallCard>(html`<b24-call-card .connection=${simulator}><b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings></b24-call-card>`);
    const status = card.querySelector('b24-call-status')!;
    await until(() => status.shadowRoot!.querySelector('[part=phase]')?.textContent === 'يرنّ…', 'Arabic');
    simulator.connect();
    await until(() => /^[٠-٩]:[٠-٩]{2}$/.test(status.shadowRoot!.querySelector('[part=timer]')?.textContent?.trim() ?? ''), 'an Arabic-Indic duration');
    expect(status.shadowRoot!.querySelector('[part=number]')!.textContent, 'never transliterated').to.equal('+49 30 123456');
    const bindings = card.querySelector('b24-crm-bindings')!;
    await until(() => bindings.shadowRoot!.querySelector('[part~=name]')?.textContent === '#١٢٠٥', 'the id in Arabic-Indic digits');
  });

  it('mark their text with the language it is written in, whatever the page says', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      <b24-call-card .connection=${createCallCardSimulator({ lang: 'tc' })}>
        <b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
      </b24-call-card>
    </div>`);
    const card = page.querySelector<B24CallCard>('b24-call-card')!;
    const status = card.querySelector('b24-call-status')!;
    await until(() => status.shadowRoot!.querySelector('[part=phase]')?.textContent === '來電響鈴中…', 'Traditional Chinese');
    const [bindings, toggle] = [card.querySelector('b24-crm-bindings')!, card.querySelector('b24-autoclose-toggle')!];
    await Promise.all([bindings.updateComplete, toggle.updateComplete]);
    const langOf = (element: Element | null | undefined) => element?.closest('[lang]')?.getAttribute('lang');
    expect(langOf(status.shadowRoot!.querySelector('[part=phase]')), 'status').to.equal('zh-TW');
    expect(langOf(bindings.shadowRoot!.querySelector('[part~=type]')), 'bindings').to.equal('zh-TW');
    expect(langOf(toggle.shadowRoot!.querySelector('[part=label]')), 'toggle').to.equal('zh-TW');
    // A language with no catalog shows English, and says so.
    const dutch = await fixture<B24CallCard>(html`<b24-call-card .connection=${createCallCardSimulator({ lang: 'nl' })}><b24-call-status></b24-call-status></b24-call-card>`);
    const dutchStatus = dutch.querySelector('b24-call-status')!;
    await until(() => dutchStatus.shadowRoot!.querySelector('[part=phase]')?.textContent === 'Ringing…', 'English');
    expect(langOf(dutchStatus.shadowRoot!.querySelector('[part=phase]'))).to.equal('en');
  });

  for (const language of CATALOG_LANGUAGES.filter((code) => code !== 'en')) {
    it(`${language}: every message translated, with the same placeholders`, async () => {
      const messages = await loadMessages(language);
      expect(messages).to.not.equal(en);
      for (const key of Object.keys(en) as MessageKey[]) {
        const [message, english] = [messages[key], en[key]];
        expect(typeof message, `${key} is plural where English is`).to.equal(typeof english);
        if (typeof message !== 'string') {
          const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          for (const category of categories) expect(message[category], `${key}: a form for ${language}'s plural category ${category}`).to.be.a('string');
        }
        for (const text of texts(message)) {
          expect(text, key).to.be.a('string').and.not.equal('');
          expect(text, `${key} has no stray spaces`).to.equal(text.trim());
          expect(placeholders(text), key).to.deep.equal(placeholders(texts(english)[0]!));
          // A text that is still going on ("Ringing…") says so in every language, with the one ellipsis character.
          expect(text.endsWith('…'), `${key} ends with … where English does`).to.equal(texts(english)[0]!.endsWith('…'));
          expect(text, key).to.not.contain('...');
        }
      }
      const untranslated = (Object.keys(en) as MessageKey[]).filter((key) => typeof en[key] === 'string' && messages[key] === en[key] && !/^(Code \{code\}|Lead|Deal|Kontakt|Contact)$/.test(en[key] as string));
      expect(untranslated.length, untranslated.join(', ')).to.be.lessThan(4);
    });
  }

  it('map Bitrix24 codes to BCP 47, with English for the rest', () => {
    expect(['ua', 'la', 'br', 'sc', 'tc', 'vn', 'kz', 'de', 'RU', '', 'x!'].map(resolveLocale)).to.deep.equal(['uk', 'es', 'pt-BR', 'zh-CN', 'zh-TW', 'vi', 'kk', 'de', 'ru', 'en', 'en']);
    // Old codes still canonicalize, whether or not they take the two-letter shortcut.
    // The kit's own alias table, not Intl: JavaScriptCore keeps tl, sh and en-UK where V8 gives fil, sr-Latn and en-GB.
    expect(['iw', 'in-ID', 'tl', 'sh', 'en-uk', 'deu', 'sh-RS', 'EN-UK', 'mo'].map(resolveLocale)).to.deep.equal(['he', 'id-ID', 'fil', 'sr-Latn', 'en-GB', 'de', 'sr-Latn-RS', 'en-GB', 'ro']);
    // Bitrix24's own `in` is Hindi, not the old ISO code for Indonesian.
    expect(['in', 'IN'].map(resolveLocale)).to.deep.equal(['hi', 'hi']);
    expect(['constructor', '__proto__', 'hasOwnProperty'].map(resolveLocale), 'no inherited keys').to.deep.equal(['en', 'en', 'en']);
    expect(['uk', 'pt-BR', 'pt-PT', 'zh-CN', 'de-AT', 'it', 'nl'].map(catalogLanguage)).to.deep.equal(['uk', 'pt-BR', 'en', 'zh-CN', 'de', 'it', 'en']);
    // Chinese by script: Traditional for Hant, Taiwan, Hong Kong and Macao.
    expect(['zh', 'zh-SG', 'zh-Hans-HK', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN'].map(catalogLanguage)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'zh-TW', 'zh-TW', 'zh-TW', 'zh-TW', 'zh-TW']);
    expect(format(en, 'line.label', { line: '{code}' })).to.equal('Line: {code}');
  });
});

describe('formatting with Intl', () => {
  it('formats durations as m:ss, then h:mm:ss past an hour', () => {
    expect(formatDuration(0, 'en')).to.equal('0:00');
    expect(formatDuration(65_400, 'en')).to.equal('1:05');
    expect(formatDuration(3_599_999, 'en')).to.equal('59:59');
    expect(formatDuration(3_600_000 + 61_000, 'en')).to.equal('1:01:01');
    expect(formatDuration(-5, 'en')).to.equal('0:00');
    expect(formatDuration(65_000, 'ar-EG')).to.equal('١:٠٥');
    expect(formatId(12043, 'de')).to.equal('12043');
    expect(formatId(12043, 'fa')).to.equal(new Intl.NumberFormat('fa', { useGrouping: false }).format(12043));
    expect(formatDuration(61_000, 'en-u-nu-arab')).to.equal('١:٠١');
    // Where Intl would write ASCII digits anyway, the kit writes the same without starting ICU.
    for (const locale of ['en', 'ru', 'de', 'es', 'pt-BR', 'pl', 'uk', 'fr', 'zh-CN', 'ja', 'tr']) {
      expect(formatDuration(3_723_000, locale), locale).to.equal(`${new Intl.NumberFormat(locale).format(1)}:02:03`);
      expect(formatId(987654, locale), locale).to.equal(new Intl.NumberFormat(locale, { useGrouping: false }).format(987654));
    }
  });

  it('masks the middle digits only', () => {
    expect(maskPhoneNumber('+4930123456')).to.equal('+493•••••56');
    expect(maskPhoneNumber('+7 (906) 219-50-47')).to.equal('+7 (90•) •••-••-47');
    expect(maskPhoneNumber('12345')).to.equal('1••45');
    expect(maskPhoneNumber('12')).to.equal('12');
  });
});

describe('no user-visible string outside the catalogs', () => {
  for (const language of CATALOG_LANGUAGES.filter((code) => code !== 'en')) {
    it(`${language}: nothing English shows in any state`, async () => {
      const messages = await loadMessages(language);
      const card = await fixture<B24CallCard>(html`<b24-call-card simulate lang=${language}>
        <b24-call-status></b24-call-status><b24-crm-bindings resolve-titles></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle>
      </b24-call-card>`);
      await until(() => card.snapshot?.status === 'ready', 'ready');
      const seen: string[] = [];
      const collect = () => seen.push([...card.querySelectorAll('*')].map((element) => element.shadowRoot?.textContent ?? '').join(' '));
      await sleep(30);
      collect();
      card.simulator!.connect();
      card.simulator!.addBinding('DYNAMIC_130', 2);
      await sleep(30);
      collect();
      card.simulator!.hangUp('603-S');
      await sleep(30);
      collect();
      const english = (Object.keys(en) as MessageKey[]).filter((key) => messages[key] !== en[key]).flatMap((key) => texts(en[key]).map((text) => text.replace(/\{\w+\}/g, '').trim())).filter((text) => text.length > 3);
      const text = seen.join(' ');
      // Whole words only: Spanish "Contacto" is not English "Contact".
      const shows = (phrase: string) => new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text);
      for (const phrase of english) expect(shows(phrase), `"${phrase}" shows`).to.equal(false);
      expect(shows(messages['failure.603-S'] as string), 'the matcher finds a text that shows').to.equal(true);
    });
  }
});
