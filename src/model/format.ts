const integerFormats = new Map<string, Intl.NumberFormat>();
const paddedFormats = new Map<string, Intl.NumberFormat>();

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
  const plain = cached(integerFormats, locale, {});
  const padded = cached(paddedFormats, locale, { minimumIntegerDigits: 2 });
  return hours > 0 ? `${plain.format(hours)}:${padded.format(minutes)}:${padded.format(seconds)}` : `${plain.format(minutes)}:${padded.format(seconds)}`;
}

/** An id as the locale writes numbers, without grouping (ids are not quantities). */
export function formatId(id: number, locale: string): string {
  return cached(integerFormats, locale, {}).format(id);
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
