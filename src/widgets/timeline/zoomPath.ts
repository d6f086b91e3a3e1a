// How the timeline travels from one time window to the next: the centre moves at a steady pace
// while the width changes by a steady ratio (so zooming from twenty years to one reads as evenly
// as from one year to a month), and between windows far apart it widens on the way to show both,
// then closes in, so the reader sees where the story is going (the idea of van Wijk and Nuij's
// "smooth and efficient zooming and panning", in a simpler form). Pure maths, no browser.

export type Domain = readonly [number, number];

export interface ZoomPath {
  /** The window at t, from 0 (the start) to 1 (the end). */
  at(t: number): [number, number];
  /** How long the move should last, in milliseconds: longer for a longer journey, within bounds a scroll step can wait for. */
  duration: number;
}

/** Milliseconds per unit of travel (a unit: the width doubling, or so). */
const MS_PER_UNIT = 450;
export const MIN_ZOOM_MS = 450;
export const MAX_ZOOM_MS = 1200;

export function zoomPath(from: Domain, to: Domain): ZoomPath {
  const [c0, w0] = [(from[0] + from[1]) / 2, Math.max(from[1] - from[0], 1)];
  const [c1, w1] = [(to[0] + to[1]) / 2, Math.max(to[1] - to[0], 1)];
  // Halfway, a window wide enough to hold both, when neither holds the other: how much wider
  // than the wider of the two (nothing for a zoom into a window inside the other).
  const wider = Math.max(w0, w1);
  const widen = Math.max(0, Math.abs(c1 - c0) + (w0 + w1) / 2 - wider);
  const units = Math.abs(Math.log(w1 / w0)) + 2 * Math.log1p(widen / wider) + Math.abs(c1 - c0) / wider;
  return {
    at(t) {
      if (t <= 0) return [from[0], from[1]];
      if (t >= 1) return [to[0], to[1]];
      const centre = c0 + (c1 - c0) * t;
      const width = w0 ** (1 - t) * w1 ** t + widen * 4 * t * (1 - t);
      return [centre - width / 2, centre + width / 2];
    },
    duration: Math.min(MAX_ZOOM_MS, Math.max(MIN_ZOOM_MS, units * MS_PER_UNIT)),
  };
}

/** Slow in, slow out (d3-ease's easeCubicInOut). */
export const easeInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
