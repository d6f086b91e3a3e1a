// What each view says in words: the one-sentence description (live status and no-JavaScript frames)
// and the caption under it (metric, period, source). Every number comes from the data, through Intl.
import { formatPercent, formatQuarter } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { marketShareStrings } from './marketShareStrings.ts';
import type { Firm, ShareRow, ViewData, ViewIndex } from './shareData.ts';

export interface SourceRef {
  id: string;
  publisher: string;
  url: string;
}

/** Shares as published: up to two decimals (Analysys gives 63.41), never rounded away. */
export const formatShare = (value: number, locale: Locale): string => formatPercent(value, locale, 2);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function quarterRange(from: string, to: string, locale: Locale): string {
  return locale === 'fr'
    ? `du ${formatQuarter(from, locale)} au ${formatQuarter(to, locale)}`
    : `${formatQuarter(from, locale)} to ${formatQuarter(to, locale)}`;
}

/** Publishers of the rows, once each, in order. */
export function publishersOf(rows: readonly ShareRow[], sources: readonly SourceRef[]): string[] {
  const ids = [...new Set(rows.flatMap((row) => row.sources))];
  return [...new Set(ids.map((id) => sources.find((source) => source.id === id)?.publisher ?? id))];
}

export function describeView(view: ViewIndex, data: ViewData, firm: Firm, locale: Locale): string {
  const f = (value: number) => formatShare(value, locale);
  const s = marketShareStrings[locale];
  const { split, comparison } = data;
  const quarter = formatQuarter(split.row.period, locale);
  switch (view) {
    case 0:
      return locale === 'fr'
        ? `Au ${quarter}, Alipay et WeChat Pay traitaient ensemble ${f(split.pair.value)} de la valeur des paiements mobiles de tiers en Chine\u202f; tous les autres, ${f(split.others.value)}.`
        : `In ${quarter}, Alipay and WeChat Pay together handled ${f(split.pair.value)} of the value of third-party mobile payments in China; everyone else, ${f(split.others.value)}.`;
    case 1:
      return locale === 'fr'
        ? `Séparés, cela fait ${f(split.alipay.value)} pour Alipay et ${f(split.tenpay.value)} pour WeChat Pay.`
        : `Split apart, that is ${f(split.alipay.value)} for Alipay and ${f(split.tenpay.value)} for WeChat Pay.`;
    case 2: {
      const { alipay, tenpay } = data.histories[firm];
      const [a0, a1, t0, t1] = [alipay[0]!, alipay.at(-1)!, tenpay[0]!, tenpay.at(-1)!];
      const last = formatQuarter(data.extent[1], locale);
      return locale === 'fr'
        ? `Selon ${s.firm[firm]}, la part d’Alipay est passée de ${f(a0.value)} (${formatQuarter(a0.row.period, locale)}) à ${f(a1.value)} (${formatQuarter(a1.row.period, locale)}), celle de WeChat Pay de ${f(t0.value)} à ${f(t1.value)}\u202f; nous n’avons trouvé aucune répartition publiée après le ${last}.`
        : `According to ${s.firm[firm]}, Alipay’s share went from ${f(a0.value)} (${formatQuarter(a0.row.period, locale)}) to ${f(a1.value)} (${formatQuarter(a1.row.period, locale)}) and WeChat Pay’s from ${f(t0.value)} to ${f(t1.value)}; we found no split published after ${last}.`;
    }
    case 3: {
      const { headline, excludingTransfers: excluding } = comparison;
      const when = formatQuarter(headline.row.period, locale);
      const firmName = s.firm[headline.row.series];
      return locale === 'fr'
        ? `Au ${when}, ${firmName} donnait ${f(headline.alipay.value)} à Alipay et ${f(headline.tenpay.value)} à WeChat Pay\u202f; sans les virements ni les enveloppes rouges, ${f(excluding.alipay.value)} et ${f(excluding.tenpay.value)}.`
        : `In ${when}, ${firmName} gave Alipay ${f(headline.alipay.value)} and WeChat Pay ${f(headline.tenpay.value)}; without transfers and red envelopes, ${f(excluding.alipay.value)} and ${f(excluding.tenpay.value)}.`;
    }
  }
}

/**
 * The caption under a view: what is measured, when, and who says so, and (the one place it is
 * said) that the firms' figures for WeChat Pay are Tenpay's.
 */
export function captionOf(view: ViewIndex, data: ViewData, firm: Firm, locale: Locale, sources: readonly SourceRef[]): string {
  const s = marketShareStrings[locale];
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const semicolon = locale === 'fr' ? '\u202f;' : ';';
  const sourceLine = (rows: readonly ShareRow[]) => `${s.source}${colon} ${publishersOf(rows, sources).join(', ')}.`;
  switch (view) {
    case 0:
    case 1: {
      const { row } = data.split;
      return `${capitalise(s.metric[row.metric])}, ${formatQuarter(row.period, locale)} (${s.scope}). ${s.unitNote} ${sourceLine([row])} ${s.tenpayNote}`;
    }
    case 2: {
      const history = data.histories[firm];
      const periods = [...history.alipay, ...history.tenpay].map((point) => point.row.period).sort();
      const range = quarterRange(periods[0]!, periods.at(-1)!, locale);
      return `${capitalise(s.metric['transaction-value'])}, ${range} (${s.scope}). ${s.gapNote} ${s.firmsDiffer} ${s.source}${colon} ${s.firm[firm]}${semicolon} ${s.seeTable}. ${s.tenpayNote}`;
    }
    case 3: {
      const { headline, excludingTransfers } = data.comparison;
      return `${capitalise(s.metric[headline.row.metric])}, ${formatQuarter(headline.row.period, locale)}, ${locale === 'fr' ? 'avec et sans les virements et enveloppes rouges' : 'with and without transfers and red envelopes'}. ${sourceLine([headline.row, excludingTransfers.row])} ${s.tenpayNote}`;
    }
  }
}
