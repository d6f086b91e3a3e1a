// The two scales a bar chart needs, with d3-scale's semantics (scaleBand with equal inner and
// outer padding, scaleLinear without clamping), for charts too small to justify the d3 chunk.

export interface BandScale {
  (key: string): number | undefined;
  bandwidth: () => number;
}

export function bandScale(keys: readonly string[], [start, end]: [number, number], padding: number): BandScale {
  const step = (end - start) / Math.max(1, keys.length - padding + padding * 2);
  const offset = start + step * padding;
  const positions = new Map(keys.map((key, index) => [key, offset + index * step]));
  const scale = ((key: string) => positions.get(key)) as BandScale;
  scale.bandwidth = () => step * (1 - padding);
  return scale;
}

export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}
