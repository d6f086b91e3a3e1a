// Every number and date on the page goes through Intl, so French gets « 54,3 % » with its
// no-break space and decimal comma, and English gets "54.3%", without anyone typing them by hand.
import { intlLocale, type Locale } from './i18n/locales.ts';

/** A share given in percent (54.3 means 54.3 %). */
export function formatPercent(value: number, locale: Locale, fractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits }).format(value);
}

/** Millions of users as the reader says them: "1,31 milliard" / "1.31 billion", "889 millions". */
export function formatMillions(millions: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: millions >= 1000 ? 2 : 0,
  }).format(millions * 1e6);
}

export function formatYuan(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(amount);
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
  return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' }).format(date);
}

/** "2016-Q4" as « 4e trimestre 2016 » / "Q4 2016". */
export function formatQuarter(period: string, locale: Locale): string {
  const [year, quarter] = period.split('-Q');
  if (locale === 'fr') return `${quarter === '1' ? '1er' : `${quarter}e`} trimestre ${year}`;
  return `Q${quarter} ${year}`;
}
