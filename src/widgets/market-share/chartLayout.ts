// Where the history lines and the metric bars go, computed with d3 at build time. The data is fixed,
// so the browser never needs d3: the live widget receives this layout as a prop and only switches
// between the two firms' precomputed lines. (A shared d3-scale chunk costs 10–14 KB gzip on its own.)
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { BAR_LEFT, CHART_WIDTH } from './chartFrame.ts';
import { firms, lineRuns, periodIndex, type Firm, type ShareHistory, type SharePoint, type ViewData } from './shareData.ts';

/** WeChat's red envelopes: launched January 2014, mass-adopted at the February 2015 Spring Festival (facts, timeline). */
export const RED_ENVELOPES: readonly [string, string] = ['2014-Q1', '2015-Q1'];
const SHARE_TICKS = [0, 25, 50, 75, 100];
const PLOT = { left: 56, right: CHART_WIDTH - 14, top: 70, bottom: 306 };
/** Where the "last split found" note sits: high, left of its line, where no firm's share ever reached
 *  (above 81 %), so a long label (French) runs over no point; low down, WeChat Pay's first ones sit. */
const NOTE_SHARE = 93;
/** The whole market is the scale, so bar lengths compare with the hundred squares of views 0 and 1. */
const BAR_RIGHT = CHART_WIDTH - 12;

export interface Position {
  x: number;
  y: number;
}

export interface LineGeometry {
  key: 'alipay' | 'tenpay';
  d: string;
  /** Drawn dashed: a bridge over quarters with no figure found. */
  gap: boolean;
}

export interface HistoryGeometry {
  lines: LineGeometry[];
  /** Centre of every point, by point id. */
  points: Record<string, Position>;
}

export interface ChartLayout {
  plot: { left: number; right: number; top: number; bottom: number };
  shareTicks: { share: number; y: number }[];
  years: { year: number; x: number }[];
  redEnvelopes: { from: number; to: number };
  lastSplit: { x: number; noteY: number };
  histories: Record<Firm, HistoryGeometry>;
  /** Bar length of each point of the metric view, by point id. */
  bars: Record<string, number>;
}

const round = (value: number): number => Math.round(value * 100) / 100;

export function chartLayout(data: ViewData): ChartLayout {
  // Half a quarter of padding each side, so the first and last points sit inside the frame.
  const x = scaleLinear()
    .domain([periodIndex(data.extent[0]) - 0.5, periodIndex(data.extent[1]) + 0.5])
    .range([PLOT.left, PLOT.right]);
  const y = scaleLinear().domain([0, 100]).range([PLOT.bottom, PLOT.top]);
  const position = (point: SharePoint): Position => ({ x: round(x(periodIndex(point.row.period))), y: round(y(point.value)) });
  const path = line<SharePoint>()
    .x((point) => position(point).x)
    .y((point) => position(point).y);

  const historyGeometry = (history: ShareHistory): HistoryGeometry => {
    const keys = ['alipay', 'tenpay'] as const;
    return {
      lines: keys.flatMap((key) => lineRuns(history[key]).map((run) => ({ key, d: path(run.points) ?? '', gap: run.gap }))),
      points: Object.fromEntries(keys.flatMap((key) => history[key].map((point) => [point.id, position(point)]))),
    };
  };

  const [firstYear, lastYear] = data.extent.map((period) => Number(period.slice(0, 4))) as [number, number];
  const barLength = scaleLinear().domain([0, 100]).range([0, BAR_RIGHT - BAR_LEFT]);
  const { headline, excludingTransfers } = data.comparison;
  const bars = [headline.alipay, headline.tenpay, excludingTransfers.alipay, excludingTransfers.tenpay];

  return {
    plot: PLOT,
    shareTicks: SHARE_TICKS.map((share) => ({ share, y: round(y(share)) })),
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, x: round(x((firstYear + i) * 4)) })),
    redEnvelopes: { from: round(x(periodIndex(RED_ENVELOPES[0]) - 0.5)), to: round(x(periodIndex(RED_ENVELOPES[1]) + 0.5)) },
    lastSplit: { x: round(x(periodIndex(data.extent[1]))), noteY: round(y(NOTE_SHARE)) },
    histories: Object.fromEntries(firms.map((firm) => [firm, historyGeometry(data.histories[firm])])) as Record<Firm, HistoryGeometry>,
    bars: Object.fromEntries(bars.map((point) => [point.id, round(barLength(point.value))])),
  };
}
