import { en, type MessageKey, type Messages } from './catalogs/en.js';

export type { MessageKey, Messages };

/** Catalogs other than English load on first use, so a page pays only for its own language. */
const loaders: Readonly<Record<string, () => Promise<Messages>>> = {
  ru: () => import('./catalogs/ru.js').then((module) => module.ru),
  de: () => import('./catalogs/de.js').then((module) => module.de),
  es: () => import('./catalogs/es.js').then((module) => module.es),
  'pt-BR': () => import('./catalogs/pt-BR.js').then((module) => module.ptBR),
  pl: () => import('./catalogs/pl.js').then((module) => module.pl),
  uk: () => import('./catalogs/uk.js').then((module) => module.uk),
  fr: () => import('./catalogs/fr.js').then((module) => module.fr),
};

/** The languages that have a catalog of their own; the rest fall back to English. */
export const CATALOG_LANGUAGES: readonly string[] = ['en', ...Object.keys(loaders)];

const loaded = new Map<string, Messages>([['en', en]]);

/** The catalog language for a BCP 47 locale: the full tag, then its language, then English. */
export function catalogLanguage(locale: string): string {
  if (loaders[locale] || loaded.has(locale)) return locale;
  const language = locale.split('-')[0] ?? 'en';
  return loaders[language] || loaded.has(language) ? language : 'en';
}

/** The catalog for `locale` if it is loaded (English always is), else `undefined`. */
export function loadedMessages(locale: string): Messages | undefined {
  return loaded.get(catalogLanguage(locale));
}

/** Loads the catalog for `locale`, falling back to English when there is none or it fails to load. */
export async function loadMessages(locale: string): Promise<Messages> {
  const language = catalogLanguage(locale);
  const ready = loaded.get(language);
  if (ready) return ready;
  try {
    const messages = await loaders[language]!();
    loaded.set(language, messages);
    return messages;
  } catch {
    return en;
  }
}

/** Formats a message, replacing `{name}` placeholders with the given values (as text). */
export function format(messages: Messages, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return (messages[key] ?? en[key]).replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
