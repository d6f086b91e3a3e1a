// The batch size of the source list's idle layout: grows while batches stay short, shrinks after
// one overran its slice, never below one element.
import { describe, expect, it } from 'vitest';
import { nextBatchSize, SLICE_MS } from '../../src/lib/layOutWhenIdle.ts';

describe('nextBatchSize', () => {
  it('at most doubles after a quick batch', () => {
    expect(nextBatchSize(4, 0.5)).toBe(8);
    expect(nextBatchSize(1, 0)).toBe(2);
  });

  it('grows by one while a batch leaves a quarter of the slice, even when fixed costs dominate', () => {
    // One element took 60 % of the slice, mostly the layout pass's own cost: two will still fit.
    expect(nextBatchSize(1, SLICE_MS * 0.6)).toBe(2);
  });

  it('grows towards what fits the slice, in proportion', () => {
    expect(nextBatchSize(10, SLICE_MS * 0.8)).toBe(12);
  });

  it('keeps its size when a batch nearly fills the slice', () => {
    expect(nextBatchSize(5, SLICE_MS * 0.95)).toBe(5);
  });

  it('shrinks after a batch overran the slice, to no fewer than one element', () => {
    expect(nextBatchSize(8, SLICE_MS * 2)).toBe(4);
    expect(nextBatchSize(1, SLICE_MS * 10)).toBe(1);
  });
});
