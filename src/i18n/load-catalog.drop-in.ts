import type { Messages } from './catalogs/en.js';
import type { OtherCatalogLanguage } from './catalog-languages.js';

/**
 * The drop-in's `loadCatalog`: each catalog is a file beside the bundle with a stable name
 * (`b24-call-card-kit-pt-BR.js`), so its URL is computed rather than looked up in a table of twenty
 * imports. A catalog exports its messages under the language's name without the hyphen (`ptBR`).
 */
export function loadCatalog(language: OtherCatalogLanguage): Promise<Messages> {
  return import(/* @vite-ignore */ `./b24-call-card-kit-${language}.js`).then((module: Record<string, Messages>) => module[language.replace('-', '')]!);
}
