// One viewBox for every view, so the sticky graphic keeps its size while the reader scrolls.
// Narrow on purpose: at 320 px the drawing is about 256 px wide and 15-unit labels stay near 11 px.
export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 336;
/** The smallest label size in viewBox units (see above). */
export const MIN_FONT = 15;
/** Where the metric view's bars start, after the providers' names. */
export const BAR_LEFT = 124;
