// Building a formatter costs far more than using one: a chart that made a new one for each label
// spent most of its hydration there (long tasks on a slow phone). One per kind, locale and
// options, kept for the page's lifetime: Intl's, and d3-format's (format.ts), whose specifier is
// parsed each time one is made.
const cache = new Map<string, unknown>();

export function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string): Intl.PluralRules => cached('plural', locale, {}, () => new Intl.PluralRules(locale));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));
