// Where the WeChat-users chart draws each figure, computed with d3 at build time. The x axis is
// time (d3-scale's scaleUtc): two points are as far apart as the dates they stand for, so the
// eighteen months between end-2014 and mid-2016 take six times the room of a quarter in 2022.
// The data is fixed, so the browser gets these numbers as props and never loads d3-scale.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';

/** The viewBox and the plot inside it, in viewBox units. Labels are HTML laid over the drawing. */
export const USERS_FRAME = { width: 400, height: 270, top: 34, right: 14, bottom: 28, left: 14 } as const;
/** Top of the value scale, in millions: room above the latest count for its label. */
const MAX_MILLIONS = 1500;
/** Gridlines, in millions: 1 billion is also the article's figure. */
const GRIDLINES = [500, 1000] as const;

export interface LabelPlace {
  x: number;
  y: number;
  /** Which end of the text sits at x. */
  align: 'start' | 'middle' | 'end';
  /** Whether the text sits above y (its baseline side) or below it. */
  side: 'above' | 'below';
}

export interface PlacedPoint {
  date: string;
  x: number;
  y: number;
  /** Where the value goes when this point is the one a step talks about. */
  label: LabelPlace;
}

export interface UsersLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** In the data's order. */
  points: PlacedPoint[];
  gridlines: { millions: number; y: number; label: string }[];
  /** 1 January of each year inside the axis. */
  yearTicks: { year: number; x: number }[];
  /** Where each year's name goes: the middle of its span on the axis. */
  years: { year: number; x: number }[];
}

const round = (value: number): number => Math.round(value * 100) / 100;
export const utcDate = (iso: string): Date => new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/**
 * `countLabel` writes a gridline's value ("1 milliard"): format.ts's formatMillions in the page's
 * language, run here at build time because Intl's compact words are costly in a phone's browser.
 */
export function usersLayout(
  points: readonly { date: string; mau_millions: number }[],
  countLabel: (millions: number) => string = String,
): UsersLayout {
  const { width, height } = USERS_FRAME;
  const plot = { left: USERS_FRAME.left, right: width - USERS_FRAME.right, top: USERS_FRAME.top, bottom: height - USERS_FRAME.bottom };
  const dates = points.map((point) => utcDate(point.date));
  const first = dates[0]!;
  const last = dates.at(-1)!;
  // Whole calendar years, so every year's name has its whole span and a count taken on
  // 31 December 2014 sits at the right end of 2014's.
  const start = utcYear.floor(first);
  const end = utcYear.ceil(new Date(+last + 1));
  const x = scaleUtc().domain([start, end]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, MAX_MILLIONS]).range([plot.bottom, plot.top]);

  const placed = points.map((point, index): PlacedPoint => {
    const px = round(x(dates[index]!));
    const py = round(y(point.mau_millions));
    return { date: point.date, x: px, y: py, label: labelPlace(px, py, plot) };
  });

  const yearTicks = utcYear.range(start, new Date(+end + 1)).map((date) => ({ year: date.getUTCFullYear(), x: round(x(date)) }));
  // A year's name sits in the middle of its span, so a count taken on 31 December reads as that
  // year's, at the right end of it.
  const years = utcYear.range(start, end).map((yearStart) => ({
    year: yearStart.getUTCFullYear(),
    x: round(x(new Date((+yearStart + +utcYear.offset(yearStart, 1)) / 2))),
  }));

  return {
    width,
    height,
    plot,
    points: placed,
    gridlines: GRIDLINES.map((millions) => ({ millions, y: round(y(millions)), label: countLabel(millions) })),
    yearTicks,
    years,
  };
}

/**
 * Counts only grow here, so the plot is empty below and right of an early point and above a late
 * one: early labels go below and to the right, the others above, kept inside the frame.
 */
function labelPlace(x: number, y: number, plot: { left: number; right: number }): LabelPlace {
  const share = (x - plot.left) / (plot.right - plot.left);
  if (share < 0.3) return { x: round(x + 7), y: round(y + 6), align: 'start', side: 'below' };
  if (share > 0.8) return { x: round(x + 5), y: round(y - 9), align: 'end', side: 'above' };
  return { x, y: round(y - 9), align: 'middle', side: 'above' };
}

/** ViewBox units per day along the time axis (the same between any two points). */
export function unitsPerDay(layout: UsersLayout): number {
  const first = layout.points[0]!;
  const last = layout.points.at(-1)!;
  const days = (+utcDate(last.date) - +utcDate(first.date)) / 86_400_000;
  return (last.x - first.x) / days;
}
