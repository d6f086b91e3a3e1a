// What each view says in words: the one-sentence description (live status and no-JavaScript frames)
// and the caption under it (metric, period, source). Every number comes from the data, through Intl.
import { formatPercent, formatQuarter } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { punctuation } from '../../lib/i18n/punctuation.ts';
import { marketShareStrings } from './marketShareStrings.ts';
import type { Firm, ShareRow, ViewData, ViewIndex } from './shareData.ts';

export interface SourceRef {
  id: string;
  publisher: string;
  url: string;
}

/** Shares as published: up to two decimals (Analysys gives 63.41), never rounded away. */
export const formatShare = (value: number, locale: Locale): string => formatPercent(value, locale, 2);

// Chinese has no capitals; the first letter of a French or English sentence gets one.
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function quarterRange(from: string, to: string, locale: Locale): string {
  const [first, last] = [formatQuarter(from, locale), formatQuarter(to, locale)];
  return { fr: `du ${first} au ${last}`, en: `${first} to ${last}`, zh: `${first}至${last}` }[locale];
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
    case 0: {
      const [pair, others] = [f(split.pair.value), f(split.others.value)];
      return {
        fr: `Au ${quarter}, Alipay et WeChat Pay traitaient ensemble ${pair} de la valeur des paiements mobiles de tiers en Chine\u202f; tous les autres, ${others}.`,
        en: `In ${quarter}, Alipay and WeChat Pay together handled ${pair} of the value of third-party mobile payments in China; everyone else, ${others}.`,
        zh: `${quarter}，在中国第三方移动支付交易规模中，支付宝和微信支付合计占${pair}；其他所有机构占${others}。`,
      }[locale];
    }
    case 1: {
      const [alipay, tenpay] = [f(split.alipay.value), f(split.tenpay.value)];
      return {
        fr: `Séparés, cela fait ${alipay} pour Alipay et ${tenpay} pour WeChat Pay.`,
        en: `Split apart, that is ${alipay} for Alipay and ${tenpay} for WeChat Pay.`,
        zh: `分开来看，支付宝占${alipay}，微信支付占${tenpay}。`,
      }[locale];
    }
    case 2: {
      const { alipay, tenpay } = data.histories[firm];
      const [a0, a1, t0, t1] = [alipay[0]!, alipay.at(-1)!, tenpay[0]!, tenpay.at(-1)!];
      const last = formatQuarter(data.extent[1], locale);
      const [from, to] = [formatQuarter(a0.row.period, locale), formatQuarter(a1.row.period, locale)];
      return {
        fr: `Selon ${s.firm[firm]}, la part d’Alipay est passée de ${f(a0.value)} (${from}) à ${f(a1.value)} (${to}), celle de WeChat Pay de ${f(t0.value)} à ${f(t1.value)}\u202f; nous n’avons trouvé aucune répartition publiée après le ${last}.`,
        en: `According to ${s.firm[firm]}, Alipay’s share went from ${f(a0.value)} (${from}) to ${f(a1.value)} (${to}) and WeChat Pay’s from ${f(t0.value)} to ${f(t1.value)}; we found no split published after ${last}.`,
        zh: `据${s.firm[firm]}的数据，支付宝的份额从${f(a0.value)}（${from}）变为${f(a1.value)}（${to}），微信支付从${f(t0.value)}变为${f(t1.value)}；${last}以后，我们没有找到公开的份额数据。`,
      }[locale];
    }
    case 3: {
      const { headline, excludingTransfers: excluding } = comparison;
      const when = formatQuarter(headline.row.period, locale);
      const firmName = s.firm[headline.row.series];
      const [alipay, tenpay, alipayExcluding, tenpayExcluding] = [headline.alipay, headline.tenpay, excluding.alipay, excluding.tenpay].map((point) => f(point.value));
      return {
        fr: `Au ${when}, ${firmName} donnait ${alipay} à Alipay et ${tenpay} à WeChat Pay\u202f; sans les virements ni les enveloppes rouges, ${alipayExcluding} et ${tenpayExcluding}.`,
        en: `In ${when}, ${firmName} gave Alipay ${alipay} and WeChat Pay ${tenpay}; without transfers and red envelopes, ${alipayExcluding} and ${tenpayExcluding}.`,
        zh: `${when}，${firmName}给出的份额是支付宝${alipay}、微信支付${tenpay}；剔除转账和红包后，分别为${alipayExcluding}和${tenpayExcluding}。`,
      }[locale];
    }
  }
}

/**
 * The caption under a view: what is measured, when, and who says so. Short, so that on a phone the
 * story's sticky graphic keeps a readable size; where the figures come from point by point is in
 * the details panel and the table, and that WeChat Pay's figures are Tenpay's under the graphic
 * (tenpayNote.ts).
 */
export function captionOf(view: ViewIndex, data: ViewData, firm: Firm, locale: Locale, sources: readonly SourceRef[]): string {
  const s = marketShareStrings[locale];
  const { colon, comma, fullStop: stop, sentenceGap: gap, brackets: [open, close] } = punctuation[locale];
  const parenthesis = (text: string) => `${open}${text}${close}`;
  const sourceLine = (rows: readonly ShareRow[]) => `${s.source}${colon}${publishersOf(rows, sources).join(comma)}${stop}`;
  // French and English say the metric, then the period; Chinese, the period first (2020年第二季度，…).
  const measured = (metric: string, when: string) => (locale === 'zh' ? `${when}${comma}${metric}` : `${capitalise(metric)}${comma}${when}`);
  switch (view) {
    case 0:
    case 1: {
      const { row } = data.split;
      return `${measured(s.metric[row.metric], formatQuarter(row.period, locale))}${parenthesis(s.scope)}${stop}${gap}${s.unitNote}${gap}${sourceLine([row])}`;
    }
    case 2: {
      const history = data.histories[firm];
      const periods = [...history.alipay, ...history.tenpay].map((point) => point.row.period).sort();
      const range = quarterRange(periods[0]!, periods.at(-1)!, locale);
      // Without the scope the other views' captions give: the longest caption sets the height a
      // phone reserves for every view's (story.css).
      return `${measured(s.metric['transaction-value'], range)}${stop}${gap}${s.gapNote}${gap}${s.firmsDiffer}${gap}${s.source}${colon}${s.firm[firm]}${stop}`;
    }
    case 3: {
      const { headline, excludingTransfers } = data.comparison;
      return `${measured(s.metric[headline.row.metric], formatQuarter(headline.row.period, locale))}${comma}${s.withAndWithoutTransfers}${stop}${gap}${sourceLine([headline.row, excludingTransfers.row])}`;
    }
  }
}
