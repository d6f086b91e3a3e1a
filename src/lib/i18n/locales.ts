export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for Intl: French as written in France, English as an international reader expects. */
export const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export const isLocale = (value: unknown): value is Locale => value === 'fr' || value === 'en';
