// The batch size of the source list's idle layout: grows while batches stay short, shrinks after
// one overran its slice, never below one element.
import { describe, expect, it } from 'vitest';
import { nextBatchSize, SLICE_MS, takeBatch } from '../../src/lib/layOutWhenIdle.ts';

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

describe('takeBatch', () => {
  const slow = (name: string) => name.startsWith('zh');

  it('takes up to the batch size from the front, in order', () => {
    const queue = ['a', 'b', 'c', 'd'];
    expect(takeBatch(queue, 3, slow)).toEqual(['a', 'b', 'c']);
    expect(queue).toEqual(['d']);
  });

  it('stops a batch before an element that is laid out alone', () => {
    const queue = ['a', 'b', 'zh-1', 'c'];
    expect(takeBatch(queue, 10, slow)).toEqual(['a', 'b']);
    expect(takeBatch(queue, 10, slow)).toEqual(['zh-1']);
    expect(takeBatch(queue, 10, slow)).toEqual(['c']);
    expect(queue).toEqual([]);
  });

  it('gives two such elements in a row a batch each', () => {
    const queue = ['zh-1', 'zh-2', 'a'];
    expect(takeBatch(queue, 5, slow)).toEqual(['zh-1']);
    expect(takeBatch(queue, 5, slow)).toEqual(['zh-2']);
  });
});
