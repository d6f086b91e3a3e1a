// The WeChat-users chart's layout: a true time axis (gaps follow the dates, not the row order) and
// floors drawn as floors.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { usersLayout, utcDate } from '../../src/widgets/wechat-users/usersLayout.ts';
import {
  claimPassedIn,
  describeUsersState,
  firstAtLeast,
  labelledPoint,
  usersStates,
  type UsersPoint,
} from '../../src/widgets/wechat-users/usersStates.ts';
import { usersStrings } from '../../src/widgets/wechat-users/usersStrings.ts';

const rows = readStoryData('content/data').wechatUsers;
const points = (locale: 'fr' | 'en'): UsersPoint[] => rows.map((row) => labelledPoint(row, usersStrings[locale], locale));
const days = (from: string, to: string) => (+utcDate(to) - +utcDate(from)) / 86_400_000;
/** French Intl output has used both U+00A0 and U+202F: compare them as one. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('usersLayout', () => {
  const layout = usersLayout(points('en'));

  it('puts every point at a distance from the first proportional to the time between them', () => {
    const [first, ...rest] = layout.points;
    const last = layout.points.at(-1)!;
    const perDay = (last.x - first!.x) / days(first!.date, last.date);
    expect(perDay).toBeGreaterThan(0);
    for (const point of rest) expect(point.x - first!.x).toBeCloseTo(perDay * days(first!.date, point.date), 1);
  });

  it('gives a quarter a quarter of a year, whatever the rows around it', () => {
    const x = (date: string) => layout.points.find((point) => point.date === date)!.x;
    // Two rows apart in the file, eighteen months apart in time; then three months apart.
    const eighteenMonths = x('2016-06-30') - x('2014-12-31');
    const quarter = x('2022-09-30') - x('2022-06-30');
    expect(eighteenMonths / quarter).toBeCloseTo(days('2014-12-31', '2016-06-30') / days('2022-06-30', '2022-09-30'), 2);
    // Evenly spaced bars would make these two gaps equal: that is what this chart must not do.
    expect(eighteenMonths / quarter).toBeGreaterThan(5);
  });

  it('keeps the closest two points apart by more than a point’s width', () => {
    const gaps = layout.points.slice(1).map((point, index) => point.x - layout.points[index]!.x);
    // Points are drawn with a 3.6-unit radius.
    expect(Math.min(...gaps)).toBeGreaterThan(2 * 3.6);
  });

  it('keeps every point inside the plot, on a value scale from zero', () => {
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThan(layout.plot.left);
      expect(point.x).toBeLessThan(layout.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(point.y).toBeLessThan(layout.plot.bottom);
    }
    const at = (millions: number) => layout.gridlines.find((line) => line.millions === millions)!.y;
    expect(layout.plot.bottom - at(1000)).toBeCloseTo(2 * (layout.plot.bottom - at(500)), 1);
  });

  it('names each year in the middle of its span and marks 1 January', () => {
    const tick = (year: number) => layout.yearTicks.find((t) => t.year === year)!.x;
    const label = layout.years.find((year) => year.year === 2020)!;
    expect(label.x).toBeGreaterThan(tick(2020));
    expect(label.x).toBeLessThan(tick(2021));
    // A count taken on 31 December sits at the end of its year, just before the next tick.
    const endOf2016 = layout.points.find((point) => point.date === '2016-12-31')!;
    expect(tick(2017) - endOf2016.x).toBeGreaterThan(0);
    expect(tick(2017) - endOf2016.x).toBeLessThan(0.5);
  });
});

describe('WeChat users data', () => {
  it('keeps the rows in date order, as a time axis expects', () => {
    const dates = rows.map((row) => row.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('flags the end-2014 "more than 500 million" as a lower bound, in the file and in the words', () => {
    const raw = csvParse(readFileSync('content/data/wechat-users.csv', 'utf8'));
    expect(raw.find((row) => row.date === '2014-12-31')!.bound).toBe('lower');
    const [fr, en] = [points('fr'), points('en')].map((list) => list.find((point) => point.date === '2014-12-31')!);
    expect(fr!.bound).toBe('lower');
    expect(spaces(fr!.usersLabel)).toBe('plus de 500 millions');
    expect(en!.usersLabel).toBe('more than 500 million');
    expect(rows.filter((row) => row.bound === 'lower').map((row) => row.date)).toEqual(['2014-12-31']);
  });

  it('dates the billion to the first quarter of 2018, and never counts a floor as the crossing', () => {
    expect(firstAtLeast(points('en'), 1000)!.date).toBe('2018-03-31');
    expect(claimPassedIn(points('fr'), 'fr')).toBe('1er trimestre 2018');
    expect(claimPassedIn(points('en'), 'en')).toBe('Q1 2018');
    const floorOnly: UsersPoint[] = [labelledPoint({ date: '2014-12-31', mau_millions: 1200, bound: 'lower' }, usersStrings.en, 'en')];
    expect(firstAtLeast(floorOnly, 1000)).toBeUndefined();
  });

  it('says so in the description of the trial step, and flags the less certain latest figure', () => {
    const en = points('en');
    const [, trial, latest] = usersStates(en);
    expect(describeUsersState(usersStrings.en, trial!, en, 'en')).toBe(
      'On 30 September 2022, WeChat had 1.31 billion monthly active users, well above the one billion the article gave, a mark passed in Q1 2018.',
    );
    expect(describeUsersState(usersStrings.en, latest!, en, 'en')).toMatch(/1\.41 billion monthly active users\. A less certain figure/);
    const fr = points('fr');
    expect(spaces(describeUsersState(usersStrings.fr, usersStates(fr)[1]!, fr, 'fr'))).toContain('un cap franchi dès le 1er trimestre 2018.');
  });

  it('draws high and medium-high counts filled, the rest hollow', () => {
    const byDate = new Map(points('en').map((point) => [point.date, point.certainty]));
    expect(byDate.get('2022-09-30')).toBe('firm');
    expect(byDate.get('2014-12-31')).toBe('firm');
    expect(byDate.get('2025-09-30')).toBe('secondary');
    expect(labelledPoint({ date: '2018-03-31', mau_millions: 1040, confidence: 'derived' }, usersStrings.en, 'en').certainty).toBe('derived');
  });
});
