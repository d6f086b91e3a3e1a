// What each view says in words: the one-sentence description (live status and no-JavaScript frames)
// and the caption under it (metric, period, source): the page's words (marketShareStrings.ts) filled
// with numbers from the data, through Intl.
import { fill } from '../../lib/fill.ts';
import { formatPercent, formatQuarter } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { MarketShareStrings } from './marketShareStrings.ts';
import type { Firm, ShareRow, ViewData, ViewIndex } from './shareData.ts';

export interface SourceRef {
  id: string;
  publisher: string;
  url: string;
}

/** Shares as published: up to two decimals (Analysys gives 63.41), never rounded away. */
export const formatShare = (value: number, locale: Locale): string => formatPercent(value, locale, 2);

// Chinese has no capitals: a French or English caption starts with one.
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Publishers of the rows, once each, in order. A firm that publishes its own figures (its
 * publisher is its id's name: "iResearch" for iresearch) is named as the page names the firm, so a
 * Chinese caption says 艾瑞咨询, as the firm switch and the other views' captions do.
 */
export function publishersOf(rows: readonly ShareRow[], sources: readonly SourceRef[], firmNames: Record<Firm, string>): string[] {
  const names = rows.flatMap((row) =>
    row.sources.map((id) => {
      const publisher = sources.find((source) => source.id === id)?.publisher ?? id;
      return publisher.toLowerCase() === row.series ? firmNames[row.series] : publisher;
    }),
  );
  return [...new Set(names)];
}

export function describeView(s: MarketShareStrings, view: ViewIndex, data: ViewData, firm: Firm, locale: Locale): string {
  const f = (value: number) => formatShare(value, locale);
  const q = (period: string) => formatQuarter(period, locale);
  const { split, comparison } = data;
  const sentence = s.viewSentences[view];
  switch (view) {
    case 0:
      return fill(sentence, { quarter: q(split.row.period), pair: f(split.pair.value), others: f(split.others.value) });
    case 1:
      return fill(sentence, { alipay: f(split.alipay.value), tenpay: f(split.tenpay.value) });
    case 2: {
      const { alipay, tenpay } = data.histories[firm];
      const [a0, a1, t0, t1] = [alipay[0]!, alipay.at(-1)!, tenpay[0]!, tenpay.at(-1)!];
      return fill(sentence, {
        firm: s.firm[firm],
        alipayFrom: f(a0.value),
        alipayFromQuarter: q(a0.row.period),
        alipayTo: f(a1.value),
        alipayToQuarter: q(a1.row.period),
        tenpayFrom: f(t0.value),
        tenpayTo: f(t1.value),
        last: q(data.extent[1]),
      });
    }
    case 3: {
      const { headline, excludingTransfers: excluding } = comparison;
      return fill(sentence, {
        quarter: q(headline.row.period),
        firm: s.firm[headline.row.series],
        alipay: f(headline.alipay.value),
        tenpay: f(headline.tenpay.value),
        alipayExcluding: f(excluding.alipay.value),
        tenpayExcluding: f(excluding.tenpay.value),
      });
    }
  }
}

/**
 * The caption under a view: what is measured, when, and who says so. Short, so that on a phone the
 * story's sticky graphic keeps a readable size; where the figures come from point by point is in
 * the details panel and the table, and that WeChat Pay's figures are Tenpay's under the graphic
 * (tenpayNote.ts).
 */
export function captionOf(s: MarketShareStrings, view: ViewIndex, data: ViewData, firm: Firm, locale: Locale, sources: readonly SourceRef[]): string {
  const { comma, fullStop: stop, sentenceGap: gap, brackets: [open, close] } = s.punctuation;
  const sourceLine = (publishers: readonly string[]) => fill(s.sourceLine, { publishers: publishers.join(comma) });
  const measured = (metric: string, when: string) => fill(s.measuredAt, { metric: capitalise(metric), when });
  switch (view) {
    case 0:
    case 1: {
      const { row } = data.split;
      return `${measured(s.metric[row.metric], formatQuarter(row.period, locale))}${open}${s.scope}${close}${stop}${gap}${s.unitNote}${gap}${sourceLine(publishersOf([row], sources, s.firm))}`;
    }
    case 2: {
      const history = data.histories[firm];
      const periods = [...history.alipay, ...history.tenpay].map((point) => point.row.period).sort();
      const range = fill(s.quarterRange, { from: formatQuarter(periods[0]!, locale), to: formatQuarter(periods.at(-1)!, locale) });
      // Without the scope the other views' captions give: the longest caption sets the height a
      // phone reserves for every view's (story.css).
      return `${measured(s.metric['transaction-value'], range)}${stop}${gap}${s.gapNote}${gap}${s.firmsDiffer}${gap}${sourceLine([s.firm[firm]])}`;
    }
    case 3: {
      const { headline, excludingTransfers } = data.comparison;
      return `${measured(s.metric[headline.row.metric], formatQuarter(headline.row.period, locale))}${comma}${s.withAndWithoutTransfers}${stop}${gap}${sourceLine(publishersOf([headline.row, excludingTransfers.row], sources, s.firm))}`;
    }
  }
}
