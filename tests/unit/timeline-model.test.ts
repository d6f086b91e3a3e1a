import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';
import { isPeriodId, OPENING_PERIOD_INDEX, OVERVIEW, periodForState, periods, unknownPeriodIds } from '../../src/widgets/timeline/periods.ts';
import {
  endOf,
  eventSpan,
  eventTime,
  countEvents,
  groupByYear,
  inPeriod,
  matchesFilters,
  neighbour,
  placeMarks,
  startOf,
  shortMonthNames,
  tickLabel,
  zoomDomain,
  type TimelineItem,
} from '../../src/widgets/timeline/timelineModel.ts';
import { timelineStrings } from '../../src/widgets/timeline/timelineStrings.ts';

const item = (id: string, date: string, extra: Partial<TimelineItem> = {}): TimelineItem => ({
  id,
  date,
  when: date,
  actors: ['alibaba'],
  kind: 'block',
  label: id,
  confidence: 'high',
  lowConfidence: false,
  ...extra,
});

describe('periods', () => {
  it('hold the ids of the story contract, each with a start before its end', () => {
    expect(periods.map((p) => p.id)).toEqual([
      'overview', 'walls-2013', 'red-envelopes-2015', 'douyin-2018-2021', 'crackdown-2020-2021',
      'campaign-2021', 'trial-2022', 'fine-2023', 'opening-2023-2024',
    ]);
    for (const p of periods) expect(startOf(p.start)).toBeLessThan(endOf(p.end));
  });
  it('map a story state to focus[state], and anything else to the overview', () => {
    const focus = ['walls-2013', 'red-envelopes-2015'];
    expect(periodForState(focus, 0)).toBe('walls-2013');
    expect(periodForState(focus, 1)).toBe('red-envelopes-2015');
    expect(periodForState(focus, 7)).toBe('red-envelopes-2015');
    expect(periodForState(undefined, 0)).toBe('overview');
    expect(periodForState(['typo'], 0)).toBe('overview');
    expect(unknownPeriodIds(['walls-2013', 'typo'])).toEqual(['typo']);
    expect(isPeriodId('trial-2022')).toBe(true);
  });
});

describe('time of an event', () => {
  it('covers the whole day, month or year its date names', () => {
    expect(eventSpan(item('a', '2013-11-01'))).toEqual([Date.UTC(2013, 10, 1), Date.UTC(2013, 10, 2)]);
    expect(eventSpan(item('a', '2013-08'))).toEqual([Date.UTC(2013, 7, 1), Date.UTC(2013, 8, 1)]);
    expect(eventSpan(item('a', '2019'))).toEqual([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]);
    expect(eventSpan(item('a', '2010', { endDate: '2011' }))).toEqual([Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)]);
    expect(eventTime(item('a', '2019'))).toBe((Date.UTC(2019, 0, 1) + Date.UTC(2020, 0, 1)) / 2);
  });
  it('belongs to a period when it overlaps it', () => {
    const trial = periods.find((p) => p.id === 'trial-2022')!;
    expect(inPeriod(item('a', '2022-09'), trial)).toBe(true);
    expect(inPeriod(item('a', '2022-10-31'), trial)).toBe(true);
    expect(inPeriod(item('a', '2022-11-01'), trial)).toBe(false);
    expect(inPeriod(item('a', '2022'), trial)).toBe(true);
    expect(inPeriod(item('a', '2022-06-30'), trial)).toBe(false);
  });
  it('opens an embed with no step on the overview, every event at once', () => {
    expect(periods[OPENING_PERIOD_INDEX].id).toBe(OVERVIEW);
  });
  it('zooms to a period with context around it, and shows the overview edge to edge', () => {
    const overview = periods[0];
    expect(zoomDomain(overview)).toEqual([Date.UTC(2004, 0, 1), Date.UTC(2025, 0, 1)]);
    const [from, to] = zoomDomain(periods.find((p) => p.id === 'walls-2013')!);
    expect(from).toBeLessThan(Date.UTC(2013, 0, 1));
    expect(to).toBeGreaterThan(Date.UTC(2014, 0, 1));
  });
});

describe('filters, order and navigation', () => {
  it('keep an event when its kind is on and at least one of its actors is', () => {
    const event = item('a', '2013', { kind: 'opening', actors: ['alibaba', 'tencent'] });
    expect(matchesFilters(event, { kinds: ['opening'], actors: ['tencent'] })).toBe(true);
    expect(matchesFilters(event, { kinds: ['block'], actors: ['tencent'] })).toBe(false);
    expect(matchesFilters(event, { kinds: ['opening'], actors: ['bytedance'] })).toBe(false);
  });
  it('groups events under their starting year, in order', () => {
    const groups = groupByYear([item('c', '2019-12-30'), item('a', '2019'), item('b', '2019-08'), item('d', '2013-07-31')]);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      ['2013', ['d']],
      ['2019', ['a', 'b', 'c']],
    ]);
  });
  it('steps to the previous and next event and stops at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbour(ids, null, 1)).toBe('a');
    expect(neighbour(ids, null, -1)).toBe('c');
    expect(neighbour(ids, 'a', 1)).toBe('b');
    expect(neighbour(ids, 'a', -1)).toBe('a');
    expect(neighbour(ids, 'c', 1)).toBe('c');
    expect(neighbour(ids, 'gone', 1)).toBe('a');
    expect(neighbour([], 'a', 1)).toBeNull();
  });
});

describe('mark layout', () => {
  it('puts each kind in its lane and moves marks too close in time to the next row', () => {
    const scale = (t: number) => (t - Date.UTC(2021, 0, 1)) / 86_400_000; // one pixel a day
    const marks = placeMarks(
      [item('a', '2021-09-09', { kind: 'regulation' }), item('b', '2021-09-13', { kind: 'regulation' }), item('c', '2021-09-17', { kind: 'opening' }), item('d', '2021-12-01', { kind: 'regulation' })],
      scale,
      { minGap: 10, rows: 2 },
    );
    const byId = Object.fromEntries(marks.map((m) => [m.id, m]));
    expect(byId.a).toMatchObject({ lane: 3, row: 0 });
    expect(byId.b).toMatchObject({ lane: 3, row: 1 });
    expect(byId.c).toMatchObject({ lane: 4, row: 0 });
    expect(byId.d).toMatchObject({ lane: 3, row: 0 });
  });
});

describe('words', () => {
  it('counts events with the plural of each language and the numerals written at build time', () => {
    const numerals = Array.from({ length: 1235 }, (_, count) => formatNumber(count, 'fr'));
    expect(countEvents(1, timelineStrings.fr, numerals, 'fr')).toBe('1 événement');
    expect(countEvents(0, timelineStrings.fr, numerals, 'fr')).toBe('0 événement');
    expect(countEvents(55, timelineStrings.fr, numerals, 'fr')).toBe('55 événements');
    expect(countEvents(1234, timelineStrings.fr, numerals, 'fr')).toBe('1\u202f234 événements');
    expect(countEvents(1, timelineStrings.en, numerals, 'en')).toBe('1 event');
    expect(countEvents(2, timelineStrings.en, numerals, 'en')).toBe('2 events');
    expect(countEvents(3, timelineStrings.zh, numerals, 'zh')).toBe('3个事件');
  });
  it('labels ticks with the year on 1 January and the short month otherwise', () => {
    expect(tickLabel(Date.UTC(2021, 0, 1), shortMonthNames('fr-FR'))).toBe('2021');
    expect(tickLabel(Date.UTC(2021, 6, 1), shortMonthNames('fr-FR'))).toBe('juil.');
    expect(tickLabel(Date.UTC(2021, 6, 1), shortMonthNames('en-GB'))).toBe('Jul');
  });
});
