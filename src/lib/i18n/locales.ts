// The site's languages. A language is its code here, a line in `languages` (languages.ts), its
// strings (the Record<Locale, …> tables, which the compiler then asks for) and its story in
// content/<code>/. This module is what the browser needs of it, kept small.

export const locales = ['fr', 'en', 'zh'] as const;
export type Locale = (typeof locales)[number];

/**
 * BCP 47 tags for Intl: French as written in France, English as an international reader expects,
 * Chinese as written in mainland China (13.09亿, 2022年9月17日).
 */
export const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', zh: 'zh-CN' };

/** The language's tag in lang and hreflang: Chinese is said by its script, as search engines and fonts expect. */
export const languageTag: Record<Locale, string> = { fr: 'fr', en: 'en', zh: 'zh-Hans' };

/** Each language's name in that language, as a language switch offers it. */
export const languageName: Record<Locale, string> = { fr: 'Français', en: 'English', zh: '中文' };

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);
