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

/** Turns a Bitrix24 language code (or a BCP 47 tag) into a BCP 47 tag; `en` when empty or invalid. */
export function resolveLocale(code: string | null | undefined): string {
  const raw = (code ?? '').trim();
  let locale = resolved.get(raw);
  if (locale === undefined) {
    const mapped = BITRIX24_TO_BCP47[raw.toLowerCase()] ?? raw;
    try {
      locale = Intl.getCanonicalLocales(mapped)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    resolved.set(raw, locale);
  }
  return locale;
}
