import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDate, formatMillions, formatNumber, formatPercent, formatQuarter, formatYuan } from '../../src/lib/format.ts';
import { intlLocale, locales } from '../../src/lib/i18n/locales.ts';

// Every share in the data file, and amounts across the QR widget's range.
const shares = readFileSync(new URL('../../content/data/market-share.csv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .flatMap((line) => line.split(',').filter((cell) => /^\d+(\.\d+)?$/.test(cell)).map(Number));
const amounts = [0.01, 0.1, 1, 9.99, 10, 88.8, 188.88, 999.99, 1000, 1234.5, 1999.99, 2000];

describe('locale formatting', () => {
  // The browser formats with d3-format and separators Intl gave at build time; Intl decides.
  for (const locale of locales) {
    it(`formats exactly as Intl does (${locale})`, () => {
      const tag = intlLocale[locale];
      expect(shares.length).toBeGreaterThan(50);
      for (const share of [...shares, 0, 0.5, 9.99, 90, 100]) {
        for (const digits of [0, 1, 2]) {
          const intl = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(share / 100);
          expect(formatPercent(share, locale, digits), `${share} ${digits}`).toBe(intl);
        }
      }
      for (const amount of amounts) {
        const intl = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
        expect(formatYuan(amount, locale)).toContain(intl);
      }
      for (const count of [0, 1, 7, 55, 1000, 12345]) expect(formatNumber(count, locale)).toBe(new Intl.NumberFormat(tag).format(count));
    });
  }

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
    // One notation per language, as in the story's text: the sign in English, the word in French.
    expect(formatYuan(2000, 'fr')).toMatch(/^2[\u00a0\u202f]000,00\u00a0yuans$/u);
    expect(formatYuan(1.5, 'fr')).toBe('1,50\u00a0yuan');
    expect(formatYuan(2000, 'en')).toBe('¥2,000.00');
  });
  it('keeps dates at the precision of the source', () => {
    expect(formatDate('2022-10-17', 'fr')).toBe('17 octobre 2022');
    expect(formatDate('2013-08-01', 'fr')).toBe('1er août 2013');
    expect(formatDate('2013-08-01', 'en')).toBe('1 August 2013');
    expect(formatDate('2013-08', 'fr', 'month')).toBe('août 2013');
    expect(formatDate('2022-09', 'en', 'month')).toBe('September 2022');
    expect(formatDate('2004', 'fr', 'year')).toBe('2004');
    expect(formatQuarter('2020-Q1', 'fr')).toBe('1er trimestre 2020');
    expect(formatQuarter('2016-Q4', 'en')).toBe('Q4 2016');
  });
});

describe('Chinese formatting', () => {
  it('writes percentages with no space', () => {
    expect(formatPercent(90, 'zh', 0)).toBe('90%');
    expect(formatPercent(55.6, 'zh')).toBe('55.6%');
  });
  it('counts users in 亿 with two decimals from a hundred million, as the Chinese press does', () => {
    expect(formatMillions(1308.9, 'zh')).toBe('13.09亿');
    expect(formatMillions(889, 'zh')).toBe('8.89亿');
    expect(formatMillions(500, 'zh')).toBe('5亿');
    expect(formatMillions(1414, 'zh')).toBe('14.14亿');
  });
  it('writes dates, quarters and amounts the Chinese way', () => {
    expect(formatDate('2022-09-17', 'zh')).toBe('2022年9月17日');
    expect(formatDate('2013-08-01', 'zh')).toBe('2013年8月1日');
    expect(formatDate('2022-09', 'zh', 'month')).toBe('2022年9月');
    expect(formatDate('2004', 'zh', 'year')).toBe('2004年');
    expect(formatQuarter('2020-Q2', 'zh')).toBe('2020年第二季度');
    expect(formatQuarter('2015-Q3', 'zh')).toBe('2015年第三季度');
    expect(formatYuan(2000, 'zh')).toBe('2,000.00元');
    expect(formatYuan(88, 'zh')).toBe('88.00元');
  });
});
