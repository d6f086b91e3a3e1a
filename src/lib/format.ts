// Every number and date on the page comes from Intl's rules, so French gets « 54,3 % » with its
// no-break space and decimal comma, and English gets "54.3%", without anyone typing them by hand.
// Numbers a widget formats in the browser go through d3-format with separators Intl gave at
// build time (numberLocales.ts): Intl's first use in a tab is a long task on a phone.
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import { intlLocale, type Locale } from './i18n/locales.ts';
import { cached, dateTimeFormat, numberFormat } from './intlCache.ts';
import { numberLocaleDefinitions } from './numberLocales.ts';

// Baked in by astro.config.mjs (vite.define); computed from Intl where it is not (unit tests).
declare const __NUMBER_LOCALES__: ReturnType<typeof numberLocaleDefinitions> | undefined;
const definitions = typeof __NUMBER_LOCALES__ === 'undefined' ? numberLocaleDefinitions() : __NUMBER_LOCALES__;
const d3Locales: Partial<Record<Locale, FormatLocaleObject>> = {};
const d3Locale = (locale: Locale): FormatLocaleObject => (d3Locales[locale] ??= formatLocale(definitions[locale]));

/** A share given in percent (54.3 means 54.3 %). */
export function formatPercent(value: number, locale: Locale, fractionDigits = 1): string {
  return formatNumber(value, locale, fractionDigits) + definitions[locale].percent!;
}

const d3Format = (locale: Locale, specifier: string) => cached('d3', locale, { specifier }, () => d3Locale(locale).format(specifier));

/** Trailing zeros dropped ("~"), as Intl does with minimumFractionDigits 0. */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return d3Format(locale, `,.${fractionDigits}~f`)(roundHalfExpand(value, fractionDigits));
}

/** Rounds as Intl does, on the decimal digits (7.35 → 7.4), where toFixed sees 7.3499… in binary. */
function roundHalfExpand(value: number, fractionDigits: number): number {
  const magnitude = Math.abs(value);
  const rounded = Number(`${Math.round(Number(`${magnitude}e${fractionDigits}`))}e-${fractionDigits}`);
  return Number.isFinite(rounded) ? Math.sign(value) * rounded : value;
}

/**
 * Millions of users as the reader says them: "1,31 milliard" / "1.31 billion", "889 millions";
 * Chinese counts in 亿 (a hundred million), so from 100 million on it keeps two decimals: 8.89亿, 13.09亿.
 */
export function formatMillions(millions: number, locale: Locale): string {
  const largeUnit = locale === 'zh' ? 100 : 1000;
  return numberFormat(intlLocale[locale], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: millions >= largeUnit ? 2 : 0,
  }).format(millions * 1e6);
}

/**
 * An amount in yuan, in the one notation each language uses everywhere (README, "Editing the
 * story"): English puts the sign first as Intl does ("¥2,000.00"); French writes the word, as the
 * French press does (« 2 000,00 yuans », singular below two); Chinese writes 元 after the number,
 * with no space (2,000.00元).
 */
export function formatYuan(amount: number, locale: Locale): string {
  if (locale === 'en') return d3Format(locale, '$,.2f')(amount);
  if (locale === 'zh') return `${d3Format(locale, ',.2f')(amount)}元`;
  return `${d3Format(locale, ',.2f')(amount)}\u00a0${Math.abs(amount) < 2 ? 'yuan' : 'yuans'}`;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision the source gives, never more. */
export function formatDate(iso: string, locale: Locale, precision: DatePrecision = 'day'): string {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  const parts = dateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' }).formatToParts(date);
  // French writes the first of a month as an ordinal, « 1er août », which Intl does not.
  const ordinalFirst = locale === 'fr' && precision === 'day' && day === 1;
  return parts.map((part) => (ordinalFirst && part.type === 'day' ? '1er' : part.value)).join('');
}

const chineseQuarters = ['一', '二', '三', '四'];

/** "2016-Q4" as « 4e trimestre 2016 » / "Q4 2016" / 2016年第四季度. */
export function formatQuarter(period: string, locale: Locale): string {
  const [year, quarter] = period.split('-Q');
  if (locale === 'fr') return `${quarter === '1' ? '1er' : `${quarter}e`} trimestre ${year}`;
  if (locale === 'zh') return `${year}年第${chineseQuarters[Number(quarter) - 1]}季度`;
  return `Q${quarter} ${year}`;
}
