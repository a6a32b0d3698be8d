import { developerMessage } from '../model/developer-message.js';
import { CallCardError } from '../model/errors.js';
import type { MessageKey, Messages, PluralMessage } from './catalogs/en.js';
import { englishCall } from './english/call.js';
import { OTHER_CATALOG_LANGUAGES, type OtherCatalogLanguage } from './catalog-languages.js';
import { loadCatalog } from './load-catalog.js';

export type { MessageKey, Messages, PluralMessage };

/** The languages that have a catalog of their own; the rest fall back to English. */
export const CATALOG_LANGUAGES: readonly string[] = ['en', ...OTHER_CATALOG_LANGUAGES];
const others: ReadonlySet<string> = new Set(OTHER_CATALOG_LANGUAGES);

/**
 * English, the fallback for every key. It starts with what shows the call; `<b24-crm-bindings>` and
 * `<b24-autoclose-toggle>` add theirs when they are defined, and the provider's error panel when its module loads
 * ({@link addEnglish}), each before any of its keys is asked for, so it is whole for everything on the page.
 */
export const ENGLISH = { ...englishCall } as Messages;

/** Adds the English of a tag, or of the error panel, to {@link ENGLISH}. */
export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(ENGLISH, messages);
}

const loaded = new Map<string, Messages>([['en', ENGLISH]]);

/** A catalog that failed to load is asked again at its next use, but no sooner than this. */
export const CATALOG_RETRY_MS = 5000;
const failedAt = new Map<string, number>();
const pending = new Map<string, Promise<Messages>>();

/** `true` when `locale`'s catalog failed to load less than {@link CATALOG_RETRY_MS} ago. */
export function catalogRecentlyFailed(locale: string): boolean {
  const at = failedAt.get(catalogLanguage(locale));
  return at !== undefined && Date.now() - at < CATALOG_RETRY_MS;
}

/**
 * The catalog language for a BCP 47 locale: the full tag, then its language, then English. Chinese
 * goes by script: Traditional for `Hant`, Taiwan, Hong Kong and Macao, else Simplified.
 */
export function catalogLanguage(locale: string): string {
  if (others.has(locale) || loaded.has(locale)) return locale;
  const language = locale.split('-')[0] ?? 'en';
  if (language === 'zh') return /-(hant|tw|hk|mo)\b/i.test(locale) && !/-hans\b/i.test(locale) ? 'zh-TW' : 'zh-CN';
  return others.has(language) || loaded.has(language) ? language : 'en';
}

/** The catalog for `locale` if it is loaded (English always is), else `undefined`. */
export function loadedMessages(locale: string): Messages | undefined {
  return loaded.get(catalogLanguage(locale));
}

/**
 * Loads the catalog for `locale` (English when there is none). Rejects with a `LOAD_FAILED`
 * {@link CallCardError} when its file cannot be fetched; nothing is cached then, so the next use asks again.
 */
export function loadMessages(locale: string): Promise<Messages> {
  const language = catalogLanguage(locale);
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  // One request per catalog at a time, however many tags ask: a failure is one error, not one per tag.
  let loading = pending.get(language);
  if (!loading) {
    loading = loadCatalog(language as OtherCatalogLanguage).then(
      (messages) => {
        loaded.set(language, messages);
        failedAt.delete(language);
        return messages;
      },
      (error: unknown) => {
        failedAt.set(language, Date.now());
        throw new CallCardError('LOAD_FAILED', developerMessage('catalog-load-failed', language), { cause: error });
      },
    );
    pending.set(language, loading);
    const done = () => pending.delete(language);
    loading.then(done, done);
  }
  return loading;
}

/** The text of a plural message for `count`, by the locale's plural rules (`other` when it has no form for that category). */
function pluralText(message: PluralMessage, count: number, locale: string): string {
  return message[new Intl.PluralRules(locale).select(count)] ?? message.other;
}

/**
 * Formats a message, replacing `{name}` placeholders with the given values (as text). A plural
 * message picks its form by `values.count` under `locale`'s plural rules.
 */
export function format(messages: Messages, key: MessageKey, values: Readonly<Record<string, string | number>> = {}, locale = 'en'): string {
  const message = messages[key] ?? ENGLISH[key];
  const text = typeof message === 'string' ? message : pluralText(message, Number(values['count'] ?? 0), locale);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
