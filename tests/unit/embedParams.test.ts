import { describe, expect, it } from 'vitest';
import { clampStep, defaultEmbedParams, embedQuery, readEmbedParams } from '../../src/lib/embedParams.ts';

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
  it('tells "no step asked" (null: the widget opens on its fullest state) from step 0', () => {
    expect(readEmbedParams('').step).toBeNull();
    expect(readEmbedParams('?step=two').step).toBeNull();
    expect(readEmbedParams('?step=0').step).toBe(0);
  });
  it('clamps steps into the widget range', () => {
    expect(clampStep(7, 6)).toBe(5);
    expect(clampStep(-2, 6)).toBe(0);
  });
});

describe('the query the loader passes on', () => {
  it('keeps valid values that differ from the defaults', () => {
    expect(embedQuery({ theme: 'dark', step: '2', autoplay: '1' })).toBe('theme=dark&step=2&autoplay=1');
    expect(embedQuery({ theme: ' light ', autoplay: '0' })).toBe('theme=light');
  });
  it('passes step 0 on: asked for, it is not the same as no step', () => {
    expect(embedQuery({ theme: 'auto', step: '0' })).toBe('step=0');
  });
  it('drops every bad value', () => {
    expect(embedQuery({ theme: '"><script>alert(1)</script>', step: '1e3', autoplay: 'yes' })).toBe('');
    expect(embedQuery({ theme: null, step: undefined })).toBe('');
  });
});
