// The timeline's x scale: a straight line from time to pixels, with d3-time's calendar ticks.
// d3-scale's scaleUtc does the same, but brings d3-time-format, d3-interpolate and d3-color into
// the browser (about 9 KB gzip) for tick formats and colour tweening this chart never uses.
import { utcTicks } from 'd3-time';

export interface TimeScale {
  (time: number | Date): number;
  /** About `count` calendar-aligned dates (years, months…) inside the domain, as scaleUtc gives. */
  ticks(count: number): Date[];
}

export function utcScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [start, end] = domain;
  const [left, right] = range;
  const pixelsPerMs = end === start ? 0 : (right - left) / (end - start);
  const scale = ((time: number | Date) => left + (+time - start) * pixelsPerMs) as TimeScale;
  scale.ticks = (count) => utcTicks(new Date(start), new Date(end), count);
  return scale;
}
