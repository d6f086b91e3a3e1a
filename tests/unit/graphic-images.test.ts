import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { composeImage, type ImageStyle } from '../../src/images/composeImage.ts';
import { fontMeasure } from '../../src/images/fontMetrics.ts';
import { imageFontFiles } from '../../src/images/imageFonts.ts';
import { halfSize, palettePng } from '../../src/images/palettePng.ts';
import { textOf } from '../../src/images/staticFrames.ts';
import { wrapText } from '../../src/images/wrapText.ts';

const measure = fontMeasure(readFileSync(imageFontFiles.regular));

describe('wrapText', () => {
  it('keeps every line within the width and every word, in order', () => {
    const text = 'Selon iResearch, la part d’Alipay est passée de 76,2\u202f% à 55,6\u202f%, celle de WeChat Pay de 12,9\u202f% à 38,8\u202f%.';
    const lines = wrapText(text, 200, 15, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line, 15)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('never breaks at a no-break space', () => {
    const lines = wrapText('aaaa bbbb 90\u00a0%', 60, 15, measure);
    expect(lines.at(-1)).toContain('90\u00a0%');
  });

  it('breaks Chinese between characters, never before its closing punctuation nor after its opening', () => {
    const chinese = fontMeasure(readFileSync(imageFontFiles.regular), readFileSync(imageFontFiles.chinese));
    const text = '据艾瑞咨询的数据，支付宝的份额从76.2%（2014年第一季度）变为55.6%（2020年第二季度），微信支付从12.9%变为38.8%。';
    for (const width of [120, 160, 200, 260]) {
      const lines = wrapText(text, width, 15, chinese);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(chinese(line, 15)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。、：；）%]/);
        expect(line).not.toMatch(/[（]$/);
      }
    }
    // Latin words inside Chinese stay whole.
    expect(wrapText('腾讯公布的业绩（微信及WeChat合并月活跃账户数）', 80, 15, chinese).some((line) => line.includes('WeChat'))).toBe(true);
  });
});

describe('composeImage', () => {
  const style: ImageStyle = {
    width: 640,
    css: '.bar{fill:#1d4ed8}',
    ink: { text: '#111111', muted: '#555555', background: '#fdfcf9' },
    fontFamily: "'Source Sans 3', sans-serif",
    measure: { regular: measure, bold: measure },
  };
  const { svg, height } = composeImage(
    {
      lang: 'en',
      title: 'Alipay & WeChat <Pay>',
      blocks: [{ chart: { markup: '<svg viewBox="0 0 400 200"><rect class="bar" width="10" height="10"/></svg>', viewBox: { width: 400, height: 200 } }, texts: [{ text: 'One sentence.', size: 15, ink: 'text' }] }],
      source: 'Source: somewhere',
      credit: 'Graphic: Passerelle',
      alt: 'What it shows.',
    },
    style,
  );

  it('names itself and says what it shows, its words escaped', () => {
    expect(svg).toContain('<title id="image-title">Alipay &amp; WeChat &lt;Pay&gt;</title>');
    expect(svg).toContain('<desc id="image-desc">What it shows.</desc>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" lang="en"/);
  });

  it('places the drawing at the column width with its aspect, and grows to hold everything', () => {
    expect(svg).toMatch(/<svg x="24.0" y="[\d.]+" width="592.0" height="296.0" viewBox="0 0 400 200">/);
    expect(height).toBeGreaterThan(296 + 100);
    expect(svg).toContain('>Source: somewhere</tspan>');
  });
});

describe('textOf', () => {
  it('decodes entities and turns <br> into a line break', () => {
    expect(textOf('<span>A &amp; B<!--[--><br/>90&nbsp;% &#8217;x&#x2019;</span>')).toBe('A & B\n90\u00a0% ’x’');
  });
});

describe('palettePng', () => {
  it('writes a PNG that decodes to the same pixels when they have few colours', () => {
    const [width, height] = [6, 4];
    const rgba = new Uint8Array(width * height * 4);
    for (let pixel = 0; pixel < width * height; pixel += 1) rgba.set(pixel % 3 === 0 ? [29, 78, 216, 255] : [253, 252, 249, 255], pixel * 4);
    const png = PNG.sync.read(Buffer.from(palettePng(rgba, width, height)));
    expect([png.width, png.height]).toEqual([width, height]);
    expect(Uint8Array.from(png.data)).toEqual(rgba);
  });

  it('halves an image by averaging each 2 x 2 block', () => {
    const rgba = Uint8Array.from([0, 0, 0, 255, 200, 200, 200, 255, 100, 100, 100, 255, 100, 100, 100, 255]);
    const half = halfSize(rgba, 2, 2);
    expect([half.width, half.height]).toEqual([1, 1]);
    expect([...half.pixels]).toEqual([100, 100, 100, 255]);
  });
});
