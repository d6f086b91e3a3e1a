// Where each language lives on the site and how it is announced (build time only). The first
// language is the site's root; each other has its folder.
import { locales, type Locale } from './locales.ts';

interface Language {
  /** Its folder under the site root; none for the root language. */
  segment: string | undefined;
  /** Open Graph's locale. */
  openGraph: string;
}

export const languages: Record<Locale, Language> = {
  fr: { segment: undefined, openGraph: 'fr_FR' },
  en: { segment: 'en', openGraph: 'en_GB' },
  zh: { segment: 'zh', openGraph: 'zh_CN' },
};

/** The site-relative folder of a language, with a trailing slash ('' for the root). */
export const localeFolder = (locale: Locale): string => {
  const { segment } = languages[locale];
  return segment === undefined ? '' : `${segment}/`;
};

/** getStaticPaths for a route under `src/pages/[...locale]/`: one page per language. */
export const localeRoutes = () => locales.map((locale) => ({ params: { locale: languages[locale].segment }, props: { locale } }));

export const openGraphLocale = (locale: Locale): string => languages[locale].openGraph;
