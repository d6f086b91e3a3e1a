// What a reader learns about one data point on hover, tap or focus: value, period, metric, who
// published it (linked), and, in words, whether we computed it and how far to trust it.
import { fill } from '../../lib/fill.ts';
import { formatQuarter } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { MarketShareStrings } from './marketShareStrings.ts';
import type { SharePoint } from './shareData.ts';
import { formatShare, type SourceRef } from './viewText.ts';

export type SourceLinks = 'story' | 'embed';

export interface PointSource {
  id: string;
  publisher: string;
  href: string;
}

export interface PointText {
  /** "Alipay, Q2 2020: 55.6%": the accessible name of the point. */
  summary: string;
  part: string;
  value: string;
  period: string;
  firm: string;
  metric: string;
  sources: PointSource[];
  /** Derived and confidence, in words, always present. */
  qualifiers: string[];
  /** Low or low-medium confidence: the reader is warned, not only told. */
  doubtful: boolean;
  /** The data file's notes, in the reader's language: the page data carries them worded (withWordedNotes). */
  notes: string[];
}

/** In the story a source links to its entry in the source list; an embed has no list, so it links out. */
export const sourceHref = (source: SourceRef, links: SourceLinks): string => (links === 'story' ? `#source-${source.id}` : source.url);

export function pointText(s: MarketShareStrings, point: SharePoint, locale: Locale, sources: readonly SourceRef[], links: SourceLinks): PointText {
  const { row } = point;
  const part = s.partInFull[point.key];
  const value = formatShare(point.value, locale);
  const period = formatQuarter(row.period, locale);
  const qualifiers = [...(point.derived ? [s.derived[point.key]] : []), s.confidence[row.confidence]];
  return {
    summary: fill(s.pointSummary, { part, period, value }),
    part,
    value,
    period,
    firm: s.firm[row.series],
    metric: s.metric[row.metric],
    sources: row.sources.map((id) => {
      const source = sources.find((candidate) => candidate.id === id);
      if (source === undefined) throw new Error(`market-share: source "${id}" is not in sources.json`);
      return { id, publisher: source.publisher, href: sourceHref(source, links) };
    }),
    qualifiers,
    doubtful: row.confidence === 'low' || row.confidence === 'low-medium',
    notes: row.note === '' ? [] : row.note.split('\n'),
  };
}
