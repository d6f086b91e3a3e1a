// The timeline's events and periods reach the browser once per page, as one JSON script
// element, however many timeline graphics the page has: handed to each island as props, Astro
// would serialise them once per island.
// At build time the island's .astro file provides the data here before the component renders;
// in the browser the component reads the JSON element, before hydrating the same markup.
// What events say beyond their marks (descriptions, sources) is a file of its own, fetched once
// per page when the reader first reaches for an event.
import { pageData, providePageData } from '../../lib/pageData.ts';
import type { TimelineDetails, TimelineItem } from './timelineModel.ts';

export interface PeriodView {
  id: string;
  start: string;
  end: string;
  title: string;
}

export interface TimelinePageData {
  /** Every event the page's timelines can show, in the page's language, in date order. */
  items: TimelineItem[];
  /** The details file (timelineContent.ts), relative to the page. */
  detailsHref: string;
  /** Every period, titled in the page's language; the first is the overview. */
  periods: PeriodView[];
  /** Every event count the page can show (0 to all its events), formatted at build time. */
  numerals: string[];
  /** Short month names for the axis ticks, written at build time. */
  monthNames: string[];
  /** The events named on the chart when in view (landmarks.ts): in the data, their ids cost next to nothing beside the events', in the code they did. */
  landmarks: readonly string[];
}

/** The id of the JSON element (one per page: a page has one language). */
export const TIMELINE_DATA_ID = 'timeline-data';

/**
 * Build time: the data the timeline components of pages of one kind render with. `key` names
 * that kind (language and mode): the build renders many pages, the browser sees one.
 */
export const provideTimelineData = (key: string, data: TimelinePageData): void => providePageData(key, data);

/** The page's timeline data: as provided at build time, or read from the page's JSON element. */
export const timelineData = (key: string): TimelinePageData => pageData<TimelinePageData>(key, TIMELINE_DATA_ID);

const detailLoads = new Map<string, Promise<TimelineDetails>>();

/** The event the details script (src/pages/data/timeline-[variant].js.ts) dispatches with its data. */
export const DETAILS_SCRIPT_EVENT = 'alipay-wechat-timeline-details';

/**
 * The details file, loaded once per page for all its timelines (a page has one: one language, one
 * kind); a failed load is tried again next time. A classic script rather than a JSON fetch: in a
 * host's sandboxed iframe the embed has an opaque origin, and a fetch of our own file would be a
 * cross-origin request that a plain server, with no CORS headers, refuses.
 */
export function loadTimelineDetails(href: string): Promise<TimelineDetails> {
  let load = detailLoads.get(href);
  if (load === undefined) {
    load = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      const receive = (event: Event) => resolve((event as CustomEvent<TimelineDetails>).detail);
      window.addEventListener(DETAILS_SCRIPT_EVENT, receive, { once: true });
      script.onerror = () => {
        window.removeEventListener(DETAILS_SCRIPT_EVENT, receive);
        script.remove();
        reject(new Error(`timeline details: ${href} did not load`));
      };
      script.src = href;
      document.head.append(script);
    });
    load.catch(() => detailLoads.delete(href));
    detailLoads.set(href, load);
  }
  return load;
}
