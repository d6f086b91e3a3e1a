// How long the timeline takes to travel from one time window to the next: longer for a longer
// journey (the width changing by a large ratio, or the centre moving far), within bounds a scroll
// step can wait for. Pure maths, no browser.

export type Domain = readonly [number, number];

/** Milliseconds per unit of travel (a unit: the width doubling, or so). */
const MS_PER_UNIT = 450;
export const MIN_ZOOM_MS = 450;
export const MAX_ZOOM_MS = 1200;

export function zoomDuration(from: Domain, to: Domain): number {
  const [c0, w0] = [(from[0] + from[1]) / 2, Math.max(from[1] - from[0], 1)];
  const [c1, w1] = [(to[0] + to[1]) / 2, Math.max(to[1] - to[0], 1)];
  const units = Math.abs(Math.log(w1 / w0)) + Math.abs(c1 - c0) / Math.max(w0, w1);
  return Math.round(Math.min(MAX_ZOOM_MS, Math.max(MIN_ZOOM_MS, units * MS_PER_UNIT)));
}
