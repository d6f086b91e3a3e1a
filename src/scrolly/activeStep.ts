// Which step is active: the last one whose top has passed the reading line. Computed from what
// is known of every step each time, so a reload or a jump mid-page lands on the right step.

/** Index of the active step, or 0 when the reader has not reached the first one yet. */
export function activeStepIndex(passed: readonly boolean[]): number {
  return Math.max(0, passed.lastIndexOf(true));
}

/** The part of an IntersectionObserver entry that says where a step is. */
export interface StepSighting {
  isIntersecting: boolean;
  boundingClientRect: { top: number; width: number; height: number };
  rootBounds: { bottom: number } | null;
}

/**
 * Whether a step's top has passed the reading line, from the observer's own measurements (no
 * layout is forced to read them). The observed area runs from far above the page down to the
 * reading line, so a step is in it exactly when its top has passed the line, however the reader
 * got there (a jump included). In a cross-origin frame the browser ignores that margin and reports
 * no root bounds; there the box says it. A step with no box (hidden) has not been reached.
 */
export function hasPassed(sighting: StepSighting, readingLine: number): boolean {
  if (sighting.isIntersecting) return true;
  const box = sighting.boundingClientRect;
  if (sighting.rootBounds !== null || (box.width === 0 && box.height === 0)) return false;
  return box.top <= readingLine;
}
