import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMeasure } from '../../src/images/fontMetrics.ts';
import { imageFontFiles } from '../../src/images/imageFonts.ts';

describe('fontMeasure', () => {
  const measure = fontMeasure(readFileSync(imageFontFiles.regular));

  it('measures a line as the sum of its characters, in proportion to the size', () => {
    const word = measure('milliard', 20);
    expect(word).toBeGreaterThan(50);
    expect(word).toBeLessThan(120);
    expect(measure('milliard', 40)).toBeCloseTo(word * 2, 5);
    expect(measure('mi', 20) + measure('lliard', 20)).toBeCloseTo(word, 5);
    expect(measure('W', 20)).toBeGreaterThan(measure('i', 20));
  });

  it('knows the characters of French typography', () => {
    expect(measure('« 90\u202f% »\u00a0: d’1 – 2 ¥ …', 16)).toBeGreaterThan(0);
  });

  it('fails loudly on a character the font lacks, rather than drawing a box', () => {
    expect(() => measure('支付宝', 16)).toThrow(/no font has a glyph/);
  });

  it('measures what the first font lacks in its fallback', () => {
    const withChinese = fontMeasure(readFileSync(imageFontFiles.regular), readFileSync(imageFontFiles.chinese));
    expect(withChinese('Tenpay (财付通)', 16)).toBeGreaterThan(withChinese('Tenpay ()', 16) + 3 * 12);
  });
});
