import type { Messages } from './catalogs/en.js';
import type { OtherCatalogLanguage } from './catalog-languages.js';

/** Each catalog is a file of its own for the app's bundler, loaded on first use. */
const loaders: Readonly<Record<OtherCatalogLanguage, () => Promise<Messages>>> = {
  ru: () => import('./catalogs/ru.js').then((module) => module.ru),
  de: () => import('./catalogs/de.js').then((module) => module.de),
  es: () => import('./catalogs/es.js').then((module) => module.es),
  'pt-BR': () => import('./catalogs/pt-BR.js').then((module) => module.ptBR),
  pl: () => import('./catalogs/pl.js').then((module) => module.pl),
  uk: () => import('./catalogs/uk.js').then((module) => module.uk),
  fr: () => import('./catalogs/fr.js').then((module) => module.fr),
  hi: () => import('./catalogs/hi.js').then((module) => module.hi),
  ar: () => import('./catalogs/ar.js').then((module) => module.ar),
  it: () => import('./catalogs/it.js').then((module) => module.it),
  id: () => import('./catalogs/id.js').then((module) => module.id),
  ms: () => import('./catalogs/ms.js').then((module) => module.ms),
  ja: () => import('./catalogs/ja.js').then((module) => module.ja),
  vi: () => import('./catalogs/vi.js').then((module) => module.vi),
  tr: () => import('./catalogs/tr.js').then((module) => module.tr),
  kk: () => import('./catalogs/kk.js').then((module) => module.kk),
  th: () => import('./catalogs/th.js').then((module) => module.th),
  'zh-CN': () => import('./catalogs/zh-CN.js').then((module) => module.zhCN),
  'zh-TW': () => import('./catalogs/zh-TW.js').then((module) => module.zhTW),
};

/** Loads `language`'s catalog; rejects when its file cannot be fetched. */
export function loadCatalog(language: OtherCatalogLanguage): Promise<Messages> {
  return loaders[language]();
}
