// The firms' colours, read from tokens.css as the pages use them: each firm reads as itself (blue,
// green), is legible as text on every background in both themes, and stays apart from the other firm
// and from "others" for readers with any of the three colour-vision deficiencies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, deltaE2000, deltaE2000Lab, parseHex, simulate, toLab, type Deficiency, type Rgb } from '../support/colourVision.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
type Theme = 'light' | 'dark';

/** The light and dark value of a `--name: light-dark(…, …)` token. */
function token(name: string): Record<Theme, string> {
  const match = new RegExp(`--${name}:\\s*light-dark\\(([^,]+?),\\s*([^)]+?\\)?)\\);`).exec(tokens);
  if (match === null) throw new Error(`tokens.css has no light-dark() value for --${name}`);
  return { light: match[1]!.trim(), dark: match[2]!.trim() };
}

/** `rgb(r g b / a)` or `#rrggbb` laid over the page background. */
function opaque(value: string, page: Rgb): Rgb {
  const rgba = /^rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/.exec(value);
  if (rgba === null) return parseHex(value);
  return composite([Number(rgba[1]), Number(rgba[2]), Number(rgba[3])], Number(rgba[4]), page);
}

const themes: Theme[] = ['light', 'dark'];
const deficiencies: Deficiency[] = ['protan', 'deutan', 'tritan'];
const colour = (name: string, theme: Theme) => parseHex(token(name)[theme]);
/** Everything a firm's name or mark is drawn on: the page, the graphic's surface, a step card, a highlight. */
const backgrounds = (theme: Theme): [string, Rgb][] => {
  const page = colour('color-bg', theme);
  return [
    ['page', page],
    ['surface', colour('color-surface', theme)],
    ['step card', opaque(token('color-step-bg')[theme], page)],
  ];
};
/** Far enough apart (CIEDE2000) to be told apart at a glance in a small mark; 2 is barely visible. */
const DISTINCT = 15;

describe('the colour maths', () => {
  it('matches the CIEDE2000 reference pairs of Sharma, Wu and Dalal (2005)', () => {
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000Lab([50, -0.001, 2.49], [50, 0.0011, -2.49])).toBeCloseTo(4.7461, 4);
  });
  it('simulates dichromacy: pure red and green collapse for a red-green-blind reader, not for others', () => {
    const red: Rgb = [200, 40, 40];
    const green: Rgb = [40, 150, 40];
    expect(deltaE2000(simulate(red, 'deutan'), simulate(green, 'deutan'))).toBeLessThan(deltaE2000(red, green) / 3);
    expect(deltaE2000(simulate(red, 'tritan'), simulate(green, 'tritan'))).toBeGreaterThan(DISTINCT);
  });
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });
});

describe('the firms’ palette', () => {
  for (const theme of themes) {
    describe(theme, () => {
      const alipay = colour('color-alipay', theme);
      const wechat = colour('color-wechat', theme);
      const others = colour('color-others', theme);

      it('Alipay reads as blue and WeChat Pay as green', () => {
        const hue = (rgb: Rgb) => {
          const [, a, b] = toLab(rgb);
          return (Math.atan2(b, a) * 180) / Math.PI + (b < 0 ? 360 : 0);
        };
        expect(hue(alipay)).toBeGreaterThan(250);
        expect(hue(alipay)).toBeLessThan(310);
        expect(hue(wechat)).toBeGreaterThan(120);
        expect(hue(wechat)).toBeLessThan(160);
      });

      it('both firms can be read as text (4.5:1) on every background; "others" holds 3:1 as a graphic', () => {
        for (const [where, background] of backgrounds(theme)) {
          expect(contrastRatio(alipay, background), `Alipay on the ${where}`).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(wechat, background), `WeChat Pay on the ${where}`).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(others, background), `others on the ${where}`).toBeGreaterThanOrEqual(3);
        }
      });

      it('the two firms and "others" stay apart for every colour-vision deficiency', () => {
        const pairs: [string, Rgb, Rgb][] = [
          ['Alipay and WeChat Pay', alipay, wechat],
          ['Alipay and others', alipay, others],
          ['WeChat Pay and others', wechat, others],
        ];
        for (const [what, first, second] of pairs) {
          expect(deltaE2000(first, second), `${what}, typical vision`).toBeGreaterThanOrEqual(DISTINCT);
          for (const deficiency of deficiencies) {
            expect(deltaE2000(simulate(first, deficiency), simulate(second, deficiency)), `${what}, ${deficiency}`).toBeGreaterThanOrEqual(DISTINCT);
          }
        }
      });

      it('the two firms together (the waffle’s block) stand apart from "others" and from the page, without glare', () => {
        const pair = colour('color-pair', theme);
        const page = colour('color-bg', theme);
        expect(deltaE2000(pair, others)).toBeGreaterThanOrEqual(DISTINCT);
        expect(contrastRatio(pair, page)).toBeGreaterThanOrEqual(3);
        // At night the block is a mid-light grey, well below the text colour's lightness.
        if (theme === 'dark') expect(toLab(pair)[0]).toBeLessThan(toLab(colour('color-text', theme))[0] - 10);
      });
    });
  }
});
