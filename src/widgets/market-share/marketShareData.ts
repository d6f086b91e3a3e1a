// The market-share graphic's rows, layout and sources reach the browser as one JSON element of its
// page (src/lib/pageData.ts), not as island props: they are a dozen kilobytes that Astro would tag
// value by value and the browser revive, one by one, in the task that hydrates the widget.
import { pageData, providePageData } from '../../lib/pageData.ts';
import type { ChartLayout } from './chartLayout.ts';
import type { ShareRow } from './shareData.ts';
import type { SourceRef } from './viewText.ts';

export interface MarketSharePageData {
  /** Each row's `note` already worded in the page's language, one note per line (rowNotes.ts). */
  rows: ShareRow[];
  /** Computed with d3 at build time (chartLayout.ts), so d3 never ships to the browser. */
  layout: ChartLayout;
  /** Only the sources the rows cite. */
  sources: SourceRef[];
}

/** The id of the JSON element. */
export const MARKET_SHARE_DATA_ID = 'market-share-data';
const KEY = 'market-share';

/** Build time: what the widget renders with (Island.astro, before it renders). */
export const provideMarketShareData = (data: MarketSharePageData): void => providePageData(KEY, data);

/** As provided at build time, or read from the page's JSON element. */
export const marketShareData = (): MarketSharePageData => pageData<MarketSharePageData>(KEY, MARKET_SHARE_DATA_ID);
