import { describe, expect, it } from 'vitest';
import { clampStep, defaultEmbedParams, readEmbedParams } from '../../src/lib/embedParams.ts';

describe('embed parameters', () => {
  it('reads valid values', () => {
    expect(readEmbedParams('?theme=dark&step=3&autoplay=1')).toEqual({ theme: 'dark', step: 3, autoplay: true });
  });
  it.each([
    '?theme=<script>alert(1)</script>',
    '?theme=DARK&step=-1&autoplay=yes',
    '?step=1e3',
    '?step=999',
    '?step=2.5',
    '?step=%00',
    '?autoplay=true',
    '',
  ])('falls back to defaults for %s', (search) => {
    const params = readEmbedParams(search);
    for (const key of Object.keys(params) as (keyof typeof params)[]) {
      if (search.includes(key)) expect(params[key]).toEqual(defaultEmbedParams[key]);
    }
  });
  it('clamps steps into the widget range', () => {
    expect(clampStep(7, 6)).toBe(5);
    expect(clampStep(-2, 6)).toBe(0);
  });
});
