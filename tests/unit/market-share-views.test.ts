import { describe, expect, it } from 'vitest';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { chartLayout } from '../../src/widgets/market-share/chartLayout.ts';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/widgets/market-share/chartFrame.ts';
import { movedPointId } from '../../src/widgets/market-share/pointBinding.ts';
import {
  clampView,
  latestSplit,
  lineRuns,
  metricComparison,
  periodIndex,
  pointOf,
  shareHistory,
  viewData,
  viewPoints,
  type ShareRow,
} from '../../src/widgets/market-share/shareData.ts';

const rows = readStoryData('content/data').marketShare;

const row = (over: Partial<ShareRow>): ShareRow => ({
  series: 'iresearch',
  period: '2016-Q4',
  metric: 'transaction-value',
  alipay: 50,
  tenpay: 40,
  others: 10,
  derived: [],
  sources: ['iresearch-2020-q2'],
  confidence: 'high',
  note: '',
  ...over,
});

describe('which rows make each view', () => {
  it('view 0 and 1: the latest quarter with both leaders, iResearch Q2 2020', () => {
    const split = latestSplit(rows);
    expect(split.row).toMatchObject({ series: 'iresearch', period: '2020-Q2', metric: 'transaction-value' });
    expect([split.alipay.value, split.tenpay.value, split.others.value]).toEqual([55.6, 38.8, 5.6]);
    // The pair is our sum, without float noise, and says it is ours.
    expect(split.pair).toMatchObject({ value: 94.4, derived: true, key: 'pair' });
    expect(split.others.derived).toBe(true);
    expect(split.alipay.derived).toBe(false);
  });
  it('prefers iResearch when both firms end on the same quarter, and skips rows missing a leader', () => {
    const synthetic = [row({ series: 'analysys', period: '2020-Q3' }), row({ period: '2020-Q3' }), row({ period: '2021-Q1', tenpay: null })];
    expect(latestSplit(synthetic).row).toMatchObject({ series: 'iresearch', period: '2020-Q3' });
  });
  it('view 2: one firm only, headline metric only, in time order', () => {
    for (const firm of ['iresearch', 'analysys'] as const) {
      const history = shareHistory(rows, firm);
      const all = [...history.alipay, ...history.tenpay];
      expect(all.every((point) => point.row.series === firm && point.row.metric === 'transaction-value')).toBe(true);
      const periods = history.alipay.map((point) => periodIndex(point.row.period));
      expect(periods).toEqual([...periods].sort((a, b) => a - b));
    }
    const iresearch = shareHistory(rows, 'iresearch');
    expect(iresearch.alipay.map((p) => p.row.period)).toEqual(['2014-Q1', '2014-Q2', '2016-Q4', '2017-Q1', '2017-Q2', '2018-Q4', '2019-Q1', '2019-Q4', '2020-Q1', '2020-Q2']);
    // Q2 2014 gives no Tenpay share: that line skips it rather than inventing one.
    expect(iresearch.tenpay.map((p) => p.row.period)).not.toContain('2014-Q2');
    const analysys = shareHistory(rows, 'analysys');
    expect(analysys.alipay[0]!.row.period).toBe('2015-Q3');
    expect(analysys.alipay.at(-1)!.row.period).toBe('2019-Q3');
  });
  it('bridges missing quarters with dashed runs and keeps consecutive quarters solid', () => {
    const points = ['2016-Q4', '2017-Q1', '2017-Q2', '2018-Q4', '2019-Q1'].map((period) => pointOf(row({ period }), 'alipay')!);
    const runs = lineRuns(points);
    expect(runs.map((run) => [run.gap, run.points.map((p) => p.row.period)])).toEqual([
      [false, ['2016-Q4', '2017-Q1', '2017-Q2']],
      [true, ['2017-Q2', '2018-Q4']],
      [false, ['2018-Q4', '2019-Q1']],
    ]);
  });
  it('view 3: the same firm and quarter on both metrics (iResearch Q4 2016)', () => {
    const { headline, excludingTransfers } = metricComparison(rows);
    expect(headline.row).toMatchObject({ series: 'iresearch', period: '2016-Q4', metric: 'transaction-value' });
    expect(excludingTransfers.row).toMatchObject({ series: 'iresearch', period: '2016-Q4', metric: 'transaction-value-excluding-transfers' });
    expect([headline.alipay.value, headline.tenpay.value, excludingTransfers.alipay.value, excludingTransfers.tenpay.value]).toEqual([55, 37, 61.5, 26]);
  });
  it('computes "others" only when the file lacks it and both leaders are known', () => {
    expect(pointOf(row({ others: null }), 'others')).toMatchObject({ value: 10, derived: true });
    expect(pointOf(row({ others: null, tenpay: null }), 'others')).toBeNull();
    expect(pointOf(row({ tenpay: null }), 'pair')).toBeNull();
    expect(pointOf(row({ derived: ['tenpay'] }), 'tenpay')!.derived).toBe(true);
  });
});

describe('keyboard order and views', () => {
  const data = viewData(rows);
  it('lists every drawn point of a view, with unique ids', () => {
    expect(viewPoints(0, data, 'iresearch').map((p) => p.key)).toEqual(['pair', 'others']);
    expect(viewPoints(1, data, 'iresearch').map((p) => p.key)).toEqual(['alipay', 'tenpay', 'others']);
    const history = viewPoints(2, data, 'analysys');
    expect(history).toHaveLength(data.histories.analysys.alipay.length + data.histories.analysys.tenpay.length);
    expect(new Set(history.map((p) => p.id)).size).toBe(history.length);
    expect(viewPoints(3, data, 'iresearch')).toHaveLength(4);
  });
  it('moves with arrows, Home and End, and stops at the ends', () => {
    const points = viewPoints(1, data, 'iresearch');
    const [a, b, c] = points.map((p) => p.id) as [string, string, string];
    expect(movedPointId(points, a, 'ArrowRight')).toBe(b);
    expect(movedPointId(points, b, 'ArrowUp')).toBe(a);
    expect(movedPointId(points, a, 'ArrowLeft')).toBe(a);
    expect(movedPointId(points, a, 'End')).toBe(c);
    expect(movedPointId(points, c, 'Home')).toBe(a);
    expect(movedPointId(points, a, 'Enter')).toBeNull();
  });
  it('clamps any requested view into 0..3', () => {
    expect([clampView(-2), clampView(1.7), clampView(9), clampView(Number.NaN)]).toEqual([0, 1, 3, 0]);
  });
});

describe('the layout computed at build time', () => {
  const data = viewData(rows);
  const layout = chartLayout(data);
  it('places every history point of both firms inside the plot', () => {
    for (const firm of ['iresearch', 'analysys'] as const) {
      for (const point of viewPoints(2, data, firm)) {
        const position = layout.histories[firm].points[point.id]!;
        expect(position.x).toBeGreaterThanOrEqual(layout.plot.left);
        expect(position.x).toBeLessThanOrEqual(layout.plot.right);
        expect(position.y).toBeGreaterThanOrEqual(layout.plot.top);
        expect(position.y).toBeLessThanOrEqual(layout.plot.bottom);
      }
    }
    expect(layout.plot.right).toBeLessThanOrEqual(CHART_WIDTH);
    expect(layout.plot.bottom).toBeLessThan(CHART_HEIGHT);
  });
  it('shares one time axis between the firms, 2014 to the last published quarter', () => {
    expect(data.extent).toEqual(['2014-Q1', '2020-Q2']);
    expect(layout.years.map((y) => y.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    const iresearchQ4 = layout.histories.iresearch.points['iresearch:transaction-value:2016-Q4:alipay']!;
    const analysysQ4 = layout.histories.analysys.points['analysys:transaction-value:2016-Q4:alipay']!;
    expect(iresearchQ4.x).toBe(analysysQ4.x);
  });
  it('draws bars in proportion to the share', () => {
    const { headline, excludingTransfers } = data.comparison;
    expect(layout.bars[excludingTransfers.alipay.id]! / layout.bars[headline.alipay.id]!).toBeCloseTo(61.5 / 55, 2);
  });
});
