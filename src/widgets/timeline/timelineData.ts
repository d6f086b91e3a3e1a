// The timeline's events reach the browser once per page, as one JSON script element, however many
// timeline graphics the page has (the story has four, with overlapping periods). Handed to each
// island as props, Astro would serialise them once per island, in every page's HTML.
// At build time the island's .astro file provides the data here before the component renders;
// in the browser the component reads the JSON element, before hydrating the same markup.
import type { SourceLink, TimelineItem } from './timelineModel.ts';

export interface TimelinePageData {
  /** Every event the page's timelines can show, in the page's language, in date order. */
  items: TimelineItem[];
  sources: Record<string, SourceLink>;
}

/** The id of the JSON element (one per page: a page has one language). */
export const TIMELINE_DATA_ID = 'timeline-data';

const known = new Map<string, TimelinePageData>();

/**
 * Build time: the data the timeline components of pages of one kind render with. `key` names
 * that kind (language and mode): the build renders many pages, the browser sees one.
 */
export function provideTimelineData(key: string, data: TimelinePageData): void {
  known.set(key, data);
}

/** The page's timeline data: as provided at build time, or read from the page's JSON element. */
export function timelineData(key: string): TimelinePageData {
  let data = known.get(key);
  if (data === undefined) {
    const element = typeof document === 'undefined' ? null : document.getElementById(TIMELINE_DATA_ID);
    if (element?.textContent == null) throw new Error(`timeline: no data element #${TIMELINE_DATA_ID} on the page`);
    data = JSON.parse(element.textContent) as TimelinePageData;
    known.set(key, data);
  }
  return data;
}

/** The data as the JSON element's text: "<" escaped so no value can close the element. */
export const serialiseTimelineData = (data: TimelinePageData): string => JSON.stringify(data).replaceAll('<', '\\u003c');
