// The timeline's maths, without a browser: where an event sits in time, which period and filters
// keep it, how marks share a lane without hiding each other, and which event comes next.
// Timeline.svelte and TimelineFrames.svelte only draw what these functions return.
import type { Period } from './periods.ts';
import { fill, pluralForm } from '../../lib/fill.ts';
import { intlLocale, type Locale } from '../../lib/i18n/locales.ts';
import { dateTimeFormat } from '../../lib/intlCache.ts';
import type { TimelineStrings } from './timelineStrings.ts';

export type Actor = 'alibaba' | 'ant' | 'tencent' | 'bytedance' | 'beijing' | 'unionpay';
export type Kind = 'block' | 'opening' | 'regulation' | 'lawsuit' | 'market';

/** Lanes from top to bottom: company milestones, then walls, courts, the state, and the openings. */
export const kindOrder: readonly Kind[] = ['market', 'block', 'lawsuit', 'regulation', 'opening'];
export const actorOrder: readonly Actor[] = ['alibaba', 'ant', 'tencent', 'bytedance', 'beijing', 'unionpay'];

/**
 * One event as the widget receives it with the page: already in the page's language, date already
 * worded. What it says beyond its mark (TimelineDetail) comes later, when the reader asks.
 */
export interface TimelineItem {
  id: string;
  /** ISO start date at its precision; the precision itself is only needed to word it (`when`). */
  date: string;
  endDate?: string;
  /** The date (or range) as the reader reads it, e.g. « 31 juillet 2013 – 1 août 2013 ». */
  when: string;
  actors: Actor[];
  kind: Kind;
  label: string;
  /** The confidence in words; `lowConfidence` marks the ones we flag on screen. */
  confidence: string;
  lowConfidence: boolean;
}

/** What an event says beyond its mark: its description and the sources it rests on. */
export interface TimelineDetail {
  description: string;
  sources: string[];
}

/** An event with its details, as the server renders it for readers without JavaScript. */
export type TimelineEntry = TimelineItem & TimelineDetail;

export interface SourceLink {
  publisher: string;
  href: string;
}

/** Every event's details and the sources they cite, for one language and one kind of page. */
export interface TimelineDetails {
  events: Record<string, TimelineDetail>;
  sources: Record<string, SourceLink>;
}

const DAY = 86_400_000;

/** Anything dated like an event: the widget's items and the schema's records alike. */
export interface Dated {
  date: string;
  endDate?: string | undefined;
}

/** The first instant of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), in UTC milliseconds. */
export function startOf(iso: string): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year!, month - 1, day);
}

/** The first instant after the day, month or year an ISO date names. */
export function endOf(iso: string): number {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const parts = iso.split('-').length;
  return parts === 1 ? Date.UTC(year! + 1, 0, 1) : parts === 2 ? Date.UTC(year!, month, 1) : Date.UTC(year!, month - 1, day + 1);
}

// The widget reads an event's or a period's span many times over as it filters and draws, each a
// parse of its dates: each object's span is computed once. Events and periods are never changed.
const eventSpans = new WeakMap<Dated, readonly [number, number]>();
const periodSpans = new WeakMap<Pick<Period, 'start' | 'end'>, readonly [number, number]>();

function remembered<K extends object>(spans: WeakMap<K, readonly [number, number]>, key: K, compute: () => [number, number]): readonly [number, number] {
  let span = spans.get(key);
  if (span === undefined) {
    span = compute();
    spans.set(key, span);
  }
  return span;
}

/** What an event covers: the whole day, month or year it names, through its end date if any.
 * A year-precision event thus spans its year: the chart draws that span rather than a false day. */
export function eventSpan(item: Dated): readonly [number, number] {
  return remembered(eventSpans, item, () => [startOf(item.date), endOf(item.endDate ?? item.date)]);
}

/** Where the event's mark sits: the middle of its span. */
export function eventTime(item: Dated): number {
  const [start, end] = eventSpan(item);
  return (start + end) / 2;
}

export function periodSpan(period: Pick<Period, 'start' | 'end'>): readonly [number, number] {
  return remembered(periodSpans, period, () => [startOf(period.start), endOf(period.end)]);
}

/** An event belongs to a period when what it covers overlaps the period at all. */
export function inPeriod(item: Dated, period: Pick<Period, 'start' | 'end'>): boolean {
  const [start, end] = eventSpan(item);
  const [from, to] = periodSpan(period);
  return start < to && end > from;
}

/** The time window drawn for a period: the period itself with a margin of context on each side
 * (15 % of its length, at least six weeks), except the overview, which is drawn edge to edge. */
export function zoomDomain(period: Pick<Period, 'id' | 'start' | 'end'>): [number, number] {
  const [from, to] = periodSpan(period);
  if (period.id === 'overview') return [from, to];
  const margin = Math.max((to - from) * 0.15, 42 * DAY);
  return [from - margin, to + margin];
}

export interface Filters {
  kinds: readonly Kind[];
  actors: readonly Actor[];
}

export function matchesFilters(item: Pick<TimelineItem, 'kind' | 'actors'>, filters: Filters): boolean {
  return filters.kinds.includes(item.kind) && item.actors.some((actor) => filters.actors.includes(actor));
}

/** Events in reading order: by date as written, which sorts "2019" before "2019-08" before "2019-08-02". */
export function chronological<T extends Pick<TimelineItem, 'date'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface PlacedMark {
  id: string;
  x: number;
  /** Index of the event's lane in `kindOrder`. */
  lane: number;
  /** Sub-row inside the lane, 0 first; marks too close in time move down a row. */
  row: number;
}

/** Places each event in its kind's lane at x = scale(time). Within a lane a mark takes the first
 * row where it clears the previous mark by `minGap` pixels; when every row is taken it goes to
 * the row whose last mark is furthest left, so overlap is as small as the space allows. */
export function placeMarks(
  items: readonly TimelineItem[],
  scale: (time: number) => number,
  options: { minGap: number; rows: number },
): PlacedMark[] {
  const lastX = kindOrder.map(() => Array<number>(options.rows).fill(-Infinity));
  return chronological(items)
    .map((item) => ({ item, x: scale(eventTime(item)) }))
    .sort((a, b) => a.x - b.x)
    .map(({ item, x }) => {
      const lane = kindOrder.indexOf(item.kind);
      const rows = lastX[lane]!;
      let row = rows.findIndex((last) => x - last >= options.minGap);
      if (row < 0) row = rows.indexOf(Math.min(...rows));
      rows[row] = x;
      return { id: item.id, x, lane, row };
    });
}

/** The id `step` places away from `current` in `ids` (previous: -1, next: +1). With nothing
 * selected, "next" starts at the first event and "previous" at the last. Stops at the ends. */
export function neighbour(ids: readonly string[], current: string | null, step: -1 | 1): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index < 0) return step === 1 ? ids[0]! : ids.at(-1)!;
  return ids[Math.min(Math.max(index + step, 0), ids.length - 1)]!;
}

export interface YearGroup<T> {
  year: string;
  items: T[];
}

/** Events grouped under the year they start in, years and events in order. */
export function groupByYear<T extends Pick<TimelineItem, 'date'>>(items: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of chronological(items)) {
    const year = item.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** An axis tick as words: the year on 1 January, otherwise the short month (« juil. », "Jul"). */
export function tickLabel(time: number, monthNames: readonly string[]): string {
  const date = new Date(time);
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  return monthNames[date.getUTCMonth()]!;
}

/** The twelve short month names, from Intl at build time: the browser then needs no date formatter. */
export function shortMonthNames(intlLocale: string): string[] {
  const format = dateTimeFormat(intlLocale, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2021, month, 1))));
}

/** The shape of a kind's mark, centred on 0,0, as an SVG path of radius r. Shapes, not only
 * colours, tell kinds apart: a wall (square) for a block, an open ring for an opening. */
export function markPath(kind: Kind, r: number): string {
  switch (kind) {
    case 'block':
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'regulation':
      return `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;
    case 'lawsuit':
      return `M0,${-r * 1.2}L${r * 1.2},${r}L${-r * 1.2},${r}Z`;
    case 'opening':
    case 'market': {
      const s = kind === 'market' ? r * 0.8 : r;
      return `M${-s},0a${s},${s} 0 1,0 ${2 * s},0a${s},${s} 0 1,0 ${-2 * s},0`;
    }
  }
}

/**
 * « 1 événement », « 12 événements »: the plural rule comes from Intl, the number from `numerals`,
 * each count formatted at build time (format.ts), so the browser carries no number formatter.
 */
export function countEvents(count: number, strings: Pick<TimelineStrings, 'eventCount'>, numerals: readonly string[], locale: Locale): string {
  return fill(pluralForm(strings.eventCount, count, intlLocale[locale]), { n: numerals[count]! });
}
