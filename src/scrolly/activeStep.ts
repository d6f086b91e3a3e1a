// Which step is active: the last one whose top has passed the reading line. Computed from what
// is known of every step each time, so a reload mid-page lands on the right step, and missing
// the enter or exit of a step the reader flung past does not matter while a later one is seen.

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
 * layout is forced to read them). A step with no box (hidden) reports an empty one: not reached.
 */
export function hasPassed(sighting: StepSighting, readingLine: number): boolean {
  const box = sighting.boundingClientRect;
  if (sighting.isIntersecting) return true;
  if (box.width === 0 && box.height === 0) return false;
  return box.top <= (sighting.rootBounds?.bottom ?? readingLine);
}
