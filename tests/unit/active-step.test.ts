import { describe, expect, it } from 'vitest';
import { activeStepIndex, hasPassed } from '../../src/scrolly/activeStep.ts';

const sighting = (isIntersecting: boolean, top: number, height = 300) => ({
  isIntersecting,
  boundingClientRect: { top, width: 600, height },
  rootBounds: { bottom: 440 },
});

describe('the active step of a scrolly block', () => {
  it('is the last step whose top has passed the reading line, or the first before any has', () => {
    expect(activeStepIndex([false, false, false])).toBe(0);
    expect(activeStepIndex([true, true, false])).toBe(1);
    // A step flung past without being seen does not hold back a later one that was.
    expect(activeStepIndex([true, false, true])).toBe(2);
  });

  it('reads where a step is from the observer entry alone', () => {
    // In the observed area (from far above the page down to the reading line): passed, even far
    // above the viewport after a jump.
    expect(hasPassed(sighting(true, 200), 440)).toBe(true);
    expect(hasPassed(sighting(true, -9000), 440)).toBe(true);
    // Out of it: below the reading line, not reached.
    expect(hasPassed(sighting(false, 700), 440)).toBe(false);
    // No box (hidden): not reached.
    expect(hasPassed({ isIntersecting: false, boundingClientRect: { top: 0, width: 0, height: 0 }, rootBounds: { bottom: 440 } }, 440)).toBe(false);
    // No root bounds (a cross-origin frame, where the margin is ignored and only the viewport is
    // observed): the page's own reading line decides, for a step above the viewport too.
    expect(hasPassed({ ...sighting(false, -900), rootBounds: null }, 440)).toBe(true);
    expect(hasPassed({ ...sighting(false, 700), rootBounds: null }, 440)).toBe(false);
  });
});
