// d3-format locale definitions read off Intl. Intl writes the typography (decimal comma, narrow
// no-break spaces, where ¥ goes), but the first Intl formatter a browser tab builds costs a third
// of a second on a mid-range phone (ICU data loading): a long task in the middle of hydration. So
// Intl runs here at build time, its separators are baked into the bundle (astro.config.mjs), and
// the browser formats with d3-format. tests/unit/format.test.ts holds both to the same output.
import type { FormatLocaleDefinition } from 'd3-format';
import { intlLocale, locales, type Locale } from './i18n/locales.ts';

type Part = Intl.NumberFormatPart;
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);
const joined = (parts: Part[]): string => parts.map((part) => part.value).join('');

/** What comes before and after the digits in one formatted number. */
function affixes(parts: Part[]): [string, string] {
  const first = parts.findIndex((part) => NUMBER_PARTS.has(part.type));
  const last = parts.findLastIndex((part) => NUMBER_PARTS.has(part.type));
  return [joined(parts.slice(0, first)), joined(parts.slice(last + 1))];
}

function partValue(parts: Part[], type: Part['type'], tag: string): string {
  const value = parts.find((part) => part.type === type)?.value;
  if (value === undefined) throw new Error(`numberLocales: Intl gave no ${type} for ${tag}`);
  return value;
}

export function numberLocaleDefinition(tag: string): FormatLocaleDefinition {
  const yuan = new Intl.NumberFormat(tag, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).formatToParts(-1234567.5);
  const groups = yuan.filter((part) => part.type === 'integer');
  const percent = new Intl.NumberFormat(tag, { style: 'percent' }).formatToParts(0.5);
  const [prefix, suffix] = affixes(yuan.filter((part) => part.type !== 'minusSign'));
  return {
    decimal: partValue(yuan, 'decimal', tag),
    thousands: partValue(yuan, 'group', tag),
    // Digits per group from the right, as Intl grouped 1234567.
    grouping: groups.slice(1).map((group) => group.value.length).reverse(),
    currency: [prefix, suffix],
    minus: partValue(yuan, 'minusSign', tag),
    percent: affixes(percent)[1],
  };
}

export const numberLocaleDefinitions = (): Record<Locale, FormatLocaleDefinition> =>
  Object.fromEntries(locales.map((locale) => [locale, numberLocaleDefinition(intlLocale[locale])])) as Record<
    Locale,
    FormatLocaleDefinition
  >;
