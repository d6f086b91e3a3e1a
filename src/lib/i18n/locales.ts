// The site's languages. A language is its code here, a line in `languages` (languages.ts), its
// strings (the Record<Locale, …> tables, which the compiler then asks for) and its story in
// content/<code>/. This module is what the browser needs of it, kept small.

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for Intl: French as written in France, English as an international reader expects. */
export const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);
