import { describe, expect, it } from 'vitest';
import { formatDate, formatMillions, formatPercent, formatQuarter, formatYuan } from '../../src/lib/format.ts';

describe('locale formatting', () => {
  it('writes French percentages with a narrow no-break space and a decimal comma', () => {
    // CLDR has moved between U+00A0 and U+202F over the years; either never breaks.
    expect(formatPercent(54.3, 'fr')).toMatch(/^54,3[\u00a0\u202f]%$/);
    expect(formatPercent(90, 'fr')).toMatch(/^90[\u00a0\u202f]%$/);
    expect(formatPercent(54.3, 'en')).toBe('54.3%');
  });
  it('says user counts in words', () => {
    expect(formatMillions(1308.9, 'fr')).toMatch(/^1,31[ \u00a0]milliard$/);
    expect(formatMillions(1308.9, 'en')).toBe('1.31 billion');
    expect(formatMillions(889, 'en')).toBe('889 million');
  });
  it('formats yuan amounts per locale', () => {
    expect(formatYuan(2000, 'fr')).toMatch(/^2[\u00a0\u202f]000,00[\u00a0\u202f]¥$/u);
    expect(formatYuan(2000, 'en')).toBe('¥2,000.00');
  });
  it('keeps dates at the precision of the source', () => {
    expect(formatDate('2022-10-17', 'fr')).toBe('17 octobre 2022');
    expect(formatDate('2022-09', 'en', 'month')).toBe('September 2022');
    expect(formatDate('2004', 'fr', 'year')).toBe('2004');
    expect(formatQuarter('2020-Q1', 'fr')).toBe('1er trimestre 2020');
    expect(formatQuarter('2016-Q4', 'en')).toBe('Q4 2016');
  });
});
