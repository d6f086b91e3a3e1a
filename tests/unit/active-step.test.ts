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
    expect(hasPassed(sighting(true, 200), 440)).toBe(true);
    // Above the viewport: out of the observed area, but passed.
    expect(hasPassed(sighting(false, -900), 440)).toBe(true);
    // Below the reading line: not reached.
    expect(hasPassed(sighting(false, 700), 440)).toBe(false);
    // No box (hidden): not reached.
    expect(hasPassed({ isIntersecting: false, boundingClientRect: { top: 0, width: 0, height: 0 }, rootBounds: { bottom: 440 } }, 440)).toBe(false);
    // No root bounds (a cross-origin frame): the page's own reading line decides.
    expect(hasPassed({ ...sighting(false, 400), rootBounds: null }, 440)).toBe(true);
  });
});
