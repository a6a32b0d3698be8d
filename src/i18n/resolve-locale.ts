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

/** Turns a Bitrix24 language code (or a BCP 47 tag) into a BCP 47 tag; `en` when empty or invalid. */
export function resolveLocale(code: string | null | undefined): string {
  const raw = (code ?? '').trim();
  const mapped = BITRIX24_TO_BCP47[raw.toLowerCase()] ?? raw;
  try {
    return Intl.getCanonicalLocales(mapped)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
