// How the timeline travels from one time window to the next: van Wijk and Nuij's "smooth and
// efficient zooming and panning" (2003), in one dimension, as d3-interpolate's interpolateZoom
// does in two. Between two nearby periods it glides; between distant ones it pulls back to show
// both, then closes in, so the reader sees where the story is going. Pure maths, no browser.

export type Domain = readonly [number, number];

export interface ZoomPath {
  /** The window at t, from 0 (the start) to 1 (the end). */
  at(t: number): [number, number];
  /** How long the move should last, in milliseconds: longer for a longer journey, within bounds a scroll step can wait for. */
  duration: number;
}

const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const EPSILON2 = 1e-12;
/** Milliseconds per unit of path length (d3 suggests 1000; a scroll story wants brisker moves). */
const MS_PER_UNIT = 650;
export const MIN_ZOOM_MS = 450;
export const MAX_ZOOM_MS = 1200;

export function zoomPath(from: Domain, to: Domain): ZoomPath {
  const [c0, w0] = [(from[0] + from[1]) / 2, Math.max(from[1] - from[0], 1)];
  const [c1, w1] = [(to[0] + to[1]) / 2, Math.max(to[1] - to[0], 1)];
  const dx = c1 - c0;
  // The path in "units of travel" relative to the window's width, so a day and a decade compare.
  const d2 = (dx * dx) / (w0 * w1);
  let centreAndWidth: (s: number) => [number, number];
  let length: number;
  if (d2 < EPSILON2) {
    // Same centre: a pure zoom, the width changing at a steady rate.
    length = Math.log(w1 / w0) / RHO;
    centreAndWidth = (s) => [c0 + (s / (length || 1)) * dx, w0 * Math.exp(RHO * s)];
  } else {
    const d1 = Math.abs(dx);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * dx * dx) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * dx * dx) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    length = (r1 - r0) / RHO;
    const coshR0 = Math.cosh(r0);
    centreAndWidth = (s) => {
      const u = (w0 / (RHO2 * d1)) * (coshR0 * Math.tanh(RHO * s + r0) - Math.sinh(r0));
      return [c0 + u * dx, (w0 * coshR0) / Math.cosh(RHO * s + r0)];
    };
  }
  const total = Math.abs(length);
  return {
    at(t) {
      if (t <= 0) return [from[0], from[1]];
      if (t >= 1) return [to[0], to[1]];
      const [centre, width] = centreAndWidth(t * length);
      return [centre - width / 2, centre + width / 2];
    },
    duration: Math.min(MAX_ZOOM_MS, Math.max(MIN_ZOOM_MS, total * MS_PER_UNIT)),
  };
}

/** Slow in, slow out (d3-ease's easeCubicInOut). */
export const easeInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
