/**
 * Bitrix24 language codes that are not BCP 47 tags. `in` is Bitrix24's Hindi: read as the old ISO
 * code it would be Indonesian (`in-ID` still is, below), and a Hindi portal would get Indonesian.
 */
const BITRIX24_TO_BCP47: ReadonlyMap<string, string> = new Map([
  ['in', 'hi'],
  ['ua', 'uk'],
  ['la', 'es'],
  ['br', 'pt-BR'],
  ['sc', 'zh-CN'],
  ['tc', 'zh-TW'],
  ['vn', 'vi'],
  ['kz', 'kk'],
]);

/**
 * Deprecated language and region subtags, replaced here rather than by `Intl.getCanonicalLocales`:
 * engines disagree on them (JavaScriptCore keeps `tl`, `sh` and `en-UK`, V8 gives `fil`, `sr-Latn`
 * and `en-GB`), and a widget must pick the same catalog in every browser.
 */
const LANGUAGE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['iw', 'he'],
  ['in', 'id'],
  ['ji', 'yi'],
  ['jw', 'jv'],
  ['mo', 'ro'],
  ['tl', 'fil'],
  ['sh', 'sr-Latn'],
]);
const REGION_ALIASES: ReadonlyMap<string, string> = new Map([['UK', 'GB']]);

const resolved = new Map<string, string>();

/**
 * A bare two-letter language (`de`, `en`) is its own canonical form: no need to ask `Intl`, whose
 * first call costs Chromium a millisecond or more of ICU start-up on the widget's first render.
 */
const TWO_LETTERS = /^[a-z]{2}$/;
const REGION = /^[A-Za-z]{2}$/;

function withoutAliases(tag: string): string {
  const [language = '', ...rest] = tag.split('-');
  const lower = language.toLowerCase();
  return [LANGUAGE_ALIASES.get(lower) ?? lower, ...rest.map((subtag) => (REGION.test(subtag) ? (REGION_ALIASES.get(subtag.toUpperCase()) ?? subtag) : subtag))].join('-');
}

/** Turns a Bitrix24 language code (or a BCP 47 tag) into a BCP 47 tag; `en` when empty or invalid. */
export function resolveLocale(code: string | null | undefined): string {
  const raw = (code ?? '').trim();
  let locale = resolved.get(raw);
  if (locale === undefined) {
    const mapped = withoutAliases(BITRIX24_TO_BCP47.get(raw.toLowerCase()) ?? raw);
    if (!mapped) locale = 'en';
    else if (TWO_LETTERS.test(mapped)) locale = mapped;
    else {
      try {
        locale = Intl.getCanonicalLocales(mapped)[0] ?? 'en';
      } catch {
        locale = 'en';
      }
    }
    resolved.set(raw, locale);
  }
  return locale;
}
