// Build time: the timeline's events worded for one language, and the details file the live widget
// loads when the reader first reaches for an event (loadTimelineDetails in timelineData.ts). The
// page itself carries only what the marks need, which keeps the story and the embed page light.
import { getStoryData } from '../../data/storyData.ts';
import { formatDate } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { punctuation } from '../../lib/i18n/punctuation.ts';
import { uiStrings } from '../../lib/i18n/uiStrings.ts';
import { applyFrenchSpacing } from '../../lib/remarkFrenchSpacing.js';
import { chronological, type SourceLink, type TimelineDetails, type TimelineEntry, type TimelineItem } from './timelineModel.ts';

export type TimelineMode = 'story' | 'embed';

/** Every event, in date order, in the page's language. */
export function timelineEntries(locale: Locale): TimelineEntry[] {
  const text = (value: string) => (locale === 'fr' ? applyFrenchSpacing(value) : value);
  const ui = uiStrings[locale];
  return chronological(getStoryData().timeline).map((event) => {
    const start = formatDate(event.date, locale, event.precision);
    return {
      id: event.id,
      date: event.date,
      ...(event.endDate === undefined ? {} : { endDate: event.endDate }),
      when: event.endDate === undefined ? start : `${start}${punctuation[locale].range}${formatDate(event.endDate, locale, event.precision)}`,
      actors: [...event.actors],
      kind: event.kind,
      label: text(event.label[locale]),
      description: text(event.description[locale]),
      sources: event.sources,
      confidence: ui.confidence[event.confidence],
      lowConfidence: event.confidence === 'low' || event.confidence === 'low-medium',
    };
  });
}

/** What the marks need: an entry without its description and sources. */
export const withoutDetail = ({ description: _description, sources: _sources, ...item }: TimelineEntry): TimelineItem => item;

/**
 * The sources the events cite: in the story, links to the page's own source list; from an embed
 * (which has none), to the publisher.
 */
export function citedSourceLinks(entries: readonly TimelineEntry[], mode: TimelineMode): Record<string, SourceLink> {
  const cited = new Set(entries.flatMap((entry) => entry.sources));
  return Object.fromEntries(
    getStoryData()
      .sources.filter((source) => cited.has(source.id))
      .map((source) => [source.id, { publisher: source.publisher, href: mode === 'embed' ? source.url : `#source-${source.id}` }]),
  );
}

/** The details file of one language and kind of page, site-relative. */
export const timelineDetailsPath = (locale: Locale, mode: TimelineMode): string => `data/timeline-${locale}-${mode}.js`;

/** The details of these entries and the sources they cite. */
export const detailsOf = (entries: readonly TimelineEntry[], mode: TimelineMode): TimelineDetails => ({
  events: Object.fromEntries(entries.map((entry) => [entry.id, { description: entry.description, sources: entry.sources }])),
  sources: citedSourceLinks(entries, mode),
});

export const timelineDetails = (locale: Locale, mode: TimelineMode): TimelineDetails => detailsOf(timelineEntries(locale), mode);
