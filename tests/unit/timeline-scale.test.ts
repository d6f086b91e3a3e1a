import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { utcScale } from '../../src/widgets/timeline/timeScale.ts';

// The timeline's own scale must place marks and ticks exactly where d3's scaleUtc would.
describe('the timeline time scale', () => {
  const domains: [number, number][] = [
    [Date.UTC(2004, 0, 1), Date.UTC(2024, 11, 31)],
    [Date.UTC(2013, 0, 1), Date.UTC(2013, 11, 31)],
    [Date.UTC(2021, 6, 1), Date.UTC(2021, 11, 31)],
    [Date.UTC(2022, 6, 1), Date.UTC(2022, 9, 31)],
  ];
  for (const domain of domains) {
    it(`matches scaleUtc from ${new Date(domain[0]).toISOString().slice(0, 10)} to ${new Date(domain[1]).toISOString().slice(0, 10)}`, () => {
      const ours = utcScale(domain, [14, 626]);
      const d3 = scaleUtc().domain(domain).range([14, 626]);
      for (const count of [2, 4, 7, 12]) expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
      for (const time of [domain[0], domain[1], (domain[0] + domain[1]) / 2, Date.UTC(2015, 1, 18)]) expect(ours(time)).toBeCloseTo(d3(time), 9);
    });
  }
  it('copes with an empty domain', () => {
    expect(utcScale([5, 5], [0, 100])(5)).toBe(0);
  });
});
