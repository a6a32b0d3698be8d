const integerFormats = new Map<string, Intl.NumberFormat>();
const paddedFormats = new Map<string, Intl.NumberFormat>();

/**
 * Languages whose default digits are not 0–9. For every other locale `Intl` writes plain ASCII
 * digits, so the kit writes them itself: the first `Intl.NumberFormat` of a page costs Chromium
 * ~65 ms of ICU start-up, which would land on the widget's first render.
 */
const NATIVE_DIGIT_LANGUAGES = new Set(['ar', 'fa', 'ps', 'ur', 'bn', 'as', 'mr', 'ne', 'my', 'dz', 'sat', 'mni', 'ckb', 'ks', 'sd', 'uz-Arab', 'pa-Arab']);

function usesIntlDigits(locale: string): boolean {
  const [language = '', second = ''] = locale.split('-');
  return NATIVE_DIGIT_LANGUAGES.has(language) || NATIVE_DIGIT_LANGUAGES.has(`${language}-${second}`) || locale.includes('-u-nu-');
}

function cached(map: Map<string, Intl.NumberFormat>, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = map.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, ...options });
    map.set(locale, format);
  }
  return format;
}

/** A call duration as `m:ss`, or `h:mm:ss` past an hour, with the locale's digits. */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const intl = usesIntlDigits(locale);
  const plain = (value: number) => (intl ? cached(integerFormats, locale, {}).format(value) : String(value));
  const padded = (value: number) => (intl ? cached(paddedFormats, locale, { minimumIntegerDigits: 2 }).format(value) : String(value).padStart(2, '0'));
  return hours > 0 ? `${plain(hours)}:${padded(minutes)}:${padded(seconds)}` : `${plain(minutes)}:${padded(seconds)}`;
}

/** An id as the locale writes numbers, without grouping (ids are not quantities). */
export function formatId(id: number, locale: string): string {
  return usesIntlDigits(locale) ? cached(integerFormats, locale, {}).format(id) : String(id);
}

const MASK = '•';

/** Hides the middle digits of a phone number: `+4930123456` → `+493•••••56`. Punctuation stays. */
export function maskPhoneNumber(number: string): string {
  const digits = number.replace(/\D/g, '').length;
  const keepStart = Math.min(3, Math.max(0, digits - 4));
  const keepEnd = Math.min(2, digits);
  let seen = 0;
  return number.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepStart || seen > digits - keepEnd ? digit : MASK;
  });
}
