// Which rows of content/data/market-share.csv make each view, as data points the widget can draw,
// describe and let the reader inspect. Pure functions over the validated rows: tested without a browser.
import type { MarketShareRow } from '../../data/schemas.ts';
import { clampStep } from '../../lib/embedParams.ts';

export type ShareRow = MarketShareRow;
export type Firm = ShareRow['series'];
export type Metric = ShareRow['metric'];
/** The parts of the market a point can stand for; `pair` is Alipay and WeChat Pay together. */
export type ShareKey = 'alipay' | 'tenpay' | 'others' | 'pair';

export const HEADLINE: Metric = 'transaction-value';
export const EXCLUDING_TRANSFERS: Metric = 'transaction-value-excluding-transfers';
/** iResearch is the main series (longest run, its own releases); Analysys the second opinion. */
export const firms: readonly Firm[] = ['iresearch', 'analysys'];

export interface SharePoint {
  /** Unique across the file: firm, metric, period and part. */
  id: string;
  key: ShareKey;
  value: number;
  /** True when we computed the number rather than read it in a source. */
  derived: boolean;
  row: ShareRow;
}

/** The three parts of one quarter's market, for the unit chart. */
export interface MarketSplit {
  row: ShareRow;
  alipay: SharePoint;
  tenpay: SharePoint;
  others: SharePoint;
  pair: SharePoint;
}

/** Shares are published with at most two decimals; sums must not show float noise (94.39999…). */
const roundShare = (value: number): number => Math.round(value * 100) / 100;

/** "2016-Q4" as a count of quarters, so consecutive quarters differ by one. */
export function periodIndex(period: string): number {
  const [year, quarter] = period.split('-Q').map(Number);
  return year! * 4 + quarter! - 1;
}

export const pointId = (row: ShareRow, key: ShareKey): string => `${row.series}:${row.metric}:${row.period}:${key}`;

/** The point for one part of a row, or null when the source gives no figure for it. */
export function pointOf(row: ShareRow, key: ShareKey): SharePoint | null {
  const make = (value: number, derived: boolean): SharePoint => ({ id: pointId(row, key), key, value: roundShare(value), derived, row });
  if (key === 'pair') return row.tenpay === null || row.alipay === null ? null : make(row.alipay + row.tenpay, true);
  if (key === 'others') {
    if (row.others !== null) return make(row.others, row.derived.includes('others'));
    // The remainder is ours to compute only when both leaders are known.
    return row.alipay === null || row.tenpay === null ? null : make(100 - row.alipay - row.tenpay, true);
  }
  const value = row[key];
  return value === null ? null : make(value, row.derived.includes(key));
}

const byPeriod = (a: ShareRow, b: ShareRow): number => periodIndex(a.period) - periodIndex(b.period);

export function headlineRows(rows: readonly ShareRow[], firm: Firm): ShareRow[] {
  return rows.filter((row) => row.series === firm && row.metric === HEADLINE).sort(byPeriod);
}

/** The latest quarter with both leaders' shares on the headline metric; iResearch wins a tie. */
export function latestSplit(rows: readonly ShareRow[]): MarketSplit {
  const complete = firms.flatMap((firm) => headlineRows(rows, firm).filter((row) => row.alipay !== null && row.tenpay !== null));
  const latest = complete.reduce<ShareRow | undefined>(
    (best, row) => (best === undefined || periodIndex(row.period) > periodIndex(best.period) ? row : best),
    undefined,
  );
  if (latest === undefined) throw new Error('market-share.csv has no quarter with both Alipay and Tenpay shares');
  return splitOf(latest);
}

export function splitOf(row: ShareRow): MarketSplit {
  return {
    row,
    alipay: pointOf(row, 'alipay')!,
    tenpay: pointOf(row, 'tenpay')!,
    others: pointOf(row, 'others')!,
    pair: pointOf(row, 'pair')!,
  };
}

export interface ShareHistory {
  firm: Firm;
  alipay: SharePoint[];
  tenpay: SharePoint[];
}

/** One firm's headline series, one line per leader; a quarter missing a figure leaves that line's point out. */
export function shareHistory(rows: readonly ShareRow[], firm: Firm): ShareHistory {
  const series = headlineRows(rows, firm);
  const line = (key: 'alipay' | 'tenpay') => series.map((row) => pointOf(row, key)).filter((point) => point !== null);
  return { firm, alipay: line('alipay'), tenpay: line('tenpay') };
}

/** First and last quarter of the headline data, both firms: the time axis is shared so a switch keeps it. */
export function historyExtent(rows: readonly ShareRow[]): [string, string] {
  const periods = rows.filter((row) => row.metric === HEADLINE).map((row) => row.period).sort((a, b) => periodIndex(a) - periodIndex(b));
  if (periods.length === 0) throw new Error('market-share.csv has no headline rows');
  return [periods[0]!, periods.at(-1)!];
}

export interface LineRun {
  points: SharePoint[];
  /** A run across quarters with no figure found: drawn dashed, never as if measured. */
  gap: boolean;
}

/** Splits a line into solid runs of consecutive quarters and dashed bridges over missing ones. */
export function lineRuns(points: readonly SharePoint[]): LineRun[] {
  const runs: LineRun[] = [];
  let solid: SharePoint[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous !== undefined && periodIndex(point.row.period) - periodIndex(previous.row.period) > 1) {
      if (solid.length > 1) runs.push({ points: solid, gap: false });
      runs.push({ points: [previous, point], gap: true });
      solid = [];
    }
    solid.push(point);
  });
  if (solid.length > 1) runs.push({ points: solid, gap: false });
  return runs;
}

export interface MetricComparison {
  headline: MarketSplit;
  excludingTransfers: MarketSplit;
}

/** The quarter a firm published on both metrics (iResearch, Q4 2016): what the headline metric hides. */
export function metricComparison(rows: readonly ShareRow[]): MetricComparison {
  const excluding = rows.filter((row) => row.metric === EXCLUDING_TRANSFERS).sort(byPeriod).at(-1);
  const headline = rows.find((row) => row.metric === HEADLINE && row.series === excluding?.series && row.period === excluding.period);
  if (excluding === undefined || headline === undefined) {
    throw new Error('market-share.csv needs a quarter given both with and without transfers by the same firm');
  }
  return { headline: splitOf(headline), excludingTransfers: splitOf(excluding) };
}

export const VIEW_COUNT = 4;
export type ViewIndex = 0 | 1 | 2 | 3;
/**
 * The view an embed opens on when no step is asked: the split, Alipay's and WeChat Pay's squares
 * and the rest's, the whole market in one picture (the other views zoom in on a part of it).
 */
export const OPENING_VIEW: ViewIndex = 1;

export interface ViewData {
  split: MarketSplit;
  histories: Record<Firm, ShareHistory>;
  extent: [string, string];
  comparison: MetricComparison;
}

export function viewData(rows: readonly ShareRow[]): ViewData {
  return {
    split: latestSplit(rows),
    histories: { iresearch: shareHistory(rows, 'iresearch'), analysys: shareHistory(rows, 'analysys') },
    extent: historyExtent(rows),
    comparison: metricComparison(rows),
  };
}

/** The points a reader can reach in a view, in keyboard order. */
export function viewPoints(view: ViewIndex, data: ViewData, firm: Firm): SharePoint[] {
  const { split, comparison } = data;
  switch (view) {
    case 0:
      return [split.pair, split.others];
    case 1:
      return [split.alipay, split.tenpay, split.others];
    case 2:
      return [...data.histories[firm].alipay, ...data.histories[firm].tenpay];
    case 3:
      return [comparison.headline.alipay, comparison.headline.tenpay, comparison.excludingTransfers.alipay, comparison.excludingTransfers.tenpay];
  }
}

export const clampView = (view: number): ViewIndex => clampStep(Number.isFinite(view) ? view : 0, VIEW_COUNT) as ViewIndex;

/**
 * The research firm a view shows when the story's scroll sets it: the one the step's text cites. The
 * history step quotes Analysys (its 2015 figure exists only there; content/en/02-wallets.svx); the
 * other views draw iResearch's figures. The reader can still switch firms in the history view.
 */
const storyFirms: Record<ViewIndex, Firm> = { 0: 'iresearch', 1: 'iresearch', 2: 'analysys', 3: 'iresearch' };
export const storyFirm = (view: ViewIndex): Firm => storyFirms[view];
