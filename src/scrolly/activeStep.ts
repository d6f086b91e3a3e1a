// Which step is active: the last one whose top has passed the reading line. Recomputed from all
// steps every time, so a jump, a fast fling or a reload mid-page lands on the right step
// (scrollama's known misses, #26 and #70, come from tracking enter/exit events one by one).

export interface StepBox {
  top: number;
}

/** Index of the active step, or 0 when the reader has not reached the first one yet. */
export function activeStepIndex(steps: readonly StepBox[], readingLine: number): number {
  let active = 0;
  steps.forEach((step, index) => {
    if (step.top <= readingLine) active = index;
  });
  return active;
}
