import { scaleBand, scaleLinear } from 'd3-scale';
import { expect, it } from 'vitest';
import { bandScale, linearScale } from '../../src/widgets/wechat-users/barLayout.ts';

it('places bands exactly where d3-scale does', () => {
  const keys = ['a', 'b', 'c', 'd', 'e'];
  const ours = bandScale(keys, [12, 628], 0.2);
  const d3 = scaleBand<string>().domain(keys).range([12, 628]).padding(0.2);
  for (const key of keys) expect(ours(key)).toBeCloseTo(d3(key)!, 9);
  expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 9);
  expect(ours('z')).toBeUndefined();
});

it('maps values linearly as d3-scale does', () => {
  const ours = linearScale([0, 1500], [344, 40]);
  const d3 = scaleLinear().domain([0, 1500]).range([344, 40]);
  for (const value of [0, 500, 1308.9, 1500]) expect(ours(value)).toBeCloseTo(d3(value), 9);
});
