import { describe, expect, it } from 'vitest';
import { centringOffset, fitScale } from '../../src/scrolly/fitGraphic.ts';

describe('fitScale', () => {
  it('leaves a graphic that fits as it is, and never enlarges one', () => {
    expect(fitScale(500, 500)).toBe(1);
    expect(fitScale(500, 300)).toBe(1);
  });
  it('shrinks a taller graphic to its box, rounding down so it never spills by a pixel', () => {
    expect(fitScale(473, 822)).toBeLessThanOrEqual(473 / 822);
    expect(fitScale(473, 822) * 822).toBeGreaterThan(472);
  });
  it('does nothing before either size is known (a box not laid out yet)', () => {
    expect(fitScale(0, 800)).toBe(1);
    expect(fitScale(500, 0)).toBe(1);
  });
});

describe('centringOffset', () => {
  it('puts a graphic mid-height in its box, scaled or not', () => {
    expect(centringOffset(500, 300, 1)).toBe(100);
    expect(centringOffset(473, 822, fitScale(473, 822))).toBe(0);
  });
});
