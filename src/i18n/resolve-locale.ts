/** Bitrix24 language codes that are not BCP 47 tags. */
const BITRIX24_TO_BCP47: Readonly<Record<string, string>> = {
  ua: 'uk',
  la: 'es',
  br: 'pt-BR',
  sc: 'zh-CN',
  tc: 'zh-TW',
  vn: 'vi',
  kz: 'kk',
};

const resolved = new Map<string, string>();

/**
 * A bare two-letter language (`de`, `en`) is its own canonical form, except for these old codes:
 * no need to ask `Intl`, whose first call costs Chromium a millisecond or more of ICU start-up on
 * the widget's first render.
 */
const TWO_LETTERS = /^[a-z]{2}$/;
const ALIASED = new Set(['in', 'iw', 'ji', 'jw', 'mo', 'sh', 'tl']);

/** Turns a Bitrix24 language code (or a BCP 47 tag) into a BCP 47 tag; `en` when empty or invalid. */
export function resolveLocale(code: string | null | undefined): string {
  const raw = (code ?? '').trim();
  let locale = resolved.get(raw);
  if (locale === undefined) {
    const mapped = BITRIX24_TO_BCP47[raw.toLowerCase()] ?? raw;
    if (!mapped) locale = 'en';
    else if (TWO_LETTERS.test(mapped) && !ALIASED.has(mapped)) locale = mapped;
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
