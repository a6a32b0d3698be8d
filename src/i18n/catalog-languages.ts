/** The languages with a catalog besides English, as Bitrix24 and BCP 47 name them. */
export const OTHER_CATALOG_LANGUAGES = ['ru', 'de', 'es', 'pt-BR', 'pl', 'uk', 'fr', 'hi', 'ar', 'it', 'id', 'ms', 'ja', 'vi', 'tr', 'kk', 'th', 'zh-CN', 'zh-TW'] as const;

export type OtherCatalogLanguage = (typeof OTHER_CATALOG_LANGUAGES)[number];
