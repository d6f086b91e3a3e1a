// One image of a graphic as a standalone SVG: its title, the drawing(s) of one state with the words
// that describe them, the source line and the credit, all as text (<text>, not outlines), on the
// light theme's paper. The image says what it shows in <title> and <desc> too.
import type { MeasureText } from './fontMetrics.ts';
import { wrapText } from './wrapText.ts';

export type InkName = 'text' | 'muted';

export interface ImageText {
  text: string;
  size: number;
  bold?: boolean;
  ink: InkName;
}

/** A word laid over a drawing (HTML in the page), at a fraction of the drawing's width and height. */
export interface ChartLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Whether the text sits above its point (else its top is at the point). */
  above: boolean;
  size: number;
  bold: boolean;
  ink: InkName;
}

export interface ImageChart {
  /** An <svg> element with a viewBox, as the widget renders it. */
  markup: string;
  viewBox: { width: number; height: number };
  /** At most this wide, centred (the page draws some charts narrower than the column). */
  maxWidth?: number;
  labels?: ChartLabel[];
}

export interface ImageBlock {
  chart?: ImageChart;
  texts: ImageText[];
  /** A key under the drawing: each entry in its colour (the chart's marks), or in muted ink. */
  key?: { text: string; colour?: string | undefined }[];
}

export interface GraphicImage {
  lang: string;
  title: string;
  blocks: ImageBlock[];
  source: string;
  credit: string;
  /** What the image shows, in words: its <desc>, and the alt text pages give it. */
  alt: string;
}

export interface ImageStyle {
  width: number;
  /** The page's stylesheet, resolved for the light theme (lightThemeCss.ts). */
  css: string;
  ink: Record<InkName | 'background', string>;
  fontFamily: string;
  measure: { regular: MeasureText; bold: MeasureText };
}

const PADDING = 24;
const LINE_HEIGHT = 1.35;
/** Room left at each line's end for what the measure ignores (kerning, rounding). */
const SLACK = 0.96;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CHINESE_RUN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)/;

/**
 * One line as <tspan>s starting at x: a line with Chinese in it is cut into runs, each placed on
 * its own (resvg sets a whole run of text in the fallback face once it meets a character the main
 * face lacks), the Chinese in its own face. Left-aligned text only.
 */
function lineSpans(line: string, x: number, y: number, size: number, measure: MeasureText): string {
  if (!CHINESE_RUN.test(line)) return `<tspan x="${x.toFixed(1)}" y="${y.toFixed(1)}">${escapeXml(line)}</tspan>`;
  let at = x;
  return line
    .split(CHINESE_RUN)
    .map((run, index) => {
      const face = index % 2 === 1 ? ` font-family="'Noto Sans SC'"` : '';
      const span = run === '' ? '' : `<tspan x="${at.toFixed(1)}" y="${y.toFixed(1)}"${face}>${escapeXml(run)}</tspan>`;
      at += measure(run, size);
      return span;
    })
    .join('');
}

export function composeImage(image: GraphicImage, style: ImageStyle): { svg: string; height: number } {
  const inner = style.width - 2 * PADDING;
  const parts: string[] = [];
  let y = PADDING;

  const paragraph = ({ text, size, bold = false, ink }: ImageText, gapAfter: number) => {
    const measure = bold ? style.measure.bold : style.measure.regular;
    const lines = wrapText(text, inner * SLACK, size, measure);
    const step = size * LINE_HEIGHT;
    const weight = bold ? ' font-weight="700"' : '';
    const spans = lines.map((line, index) => lineSpans(line, PADDING, y + size + index * step, size, measure));
    parts.push(`<text font-size="${size}"${weight} fill="${style.ink[ink]}">${spans.join('')}</text>`);
    y += lines.length * step + gapAfter;
  };

  /** Key entries side by side, a dot of their colour before each, on as many rows as they need. */
  const keyRows = (entries: NonNullable<ImageBlock['key']>) => {
    const size = 13;
    const gap = 16;
    let x = PADDING;
    let row = 0;
    for (const { text, colour } of entries) {
      const dot = colour === undefined ? 0 : size;
      const width = dot + style.measure.regular(text, size) / SLACK;
      if (x > PADDING && x + width > PADDING + inner) {
        x = PADDING;
        row += 1;
      }
      const lines = x + width > PADDING + inner ? wrapText(text, inner - dot, size, style.measure.regular) : [text];
      const baseline = y + size + row * size * LINE_HEIGHT;
      if (colour !== undefined) parts.push(`<circle cx="${(x + size * 0.35).toFixed(1)}" cy="${(baseline - size * 0.33).toFixed(1)}" r="${(size * 0.35).toFixed(1)}" fill="${colour}"/>`);
      const spans = lines.map((line, index) => lineSpans(line, x + dot, baseline + index * size * LINE_HEIGHT, size, style.measure.regular));
      parts.push(`<text font-size="${size}" fill="${style.ink.muted}">${spans.join('')}</text>`);
      row += lines.length - 1;
      x = lines.length > 1 ? PADDING + inner : x + width + gap;
    }
    y += (row + 1) * size * LINE_HEIGHT + 6;
  };

  paragraph({ text: image.title, size: 22, bold: true, ink: 'text' }, 10);
  for (const block of image.blocks) {
    if (block.chart) {
      const { markup, viewBox, maxWidth = inner, labels = [] } = block.chart;
      const width = Math.min(inner, maxWidth);
      const height = (width / viewBox.width) * viewBox.height;
      const x = PADDING + (inner - width) / 2;
      parts.push(markup.replace(/^<svg\b/, `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}"`));
      for (const label of labels) parts.push(chartLabel(label, x + label.x * width, y + label.y * height, style));
      y += height + 12;
    }
    if (block.key) keyRows(block.key);
    for (const text of block.texts) paragraph(text, 4);
    y += 10;
  }
  paragraph({ text: image.source, size: 12, ink: 'muted' }, 2);
  paragraph({ text: image.credit, size: 12, ink: 'muted' }, 0);
  const height = Math.ceil(y + PADDING);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" lang="${image.lang}" viewBox="0 0 ${style.width} ${height}" width="${style.width}" height="${height}" role="img" aria-labelledby="image-title image-desc" font-family="${escapeXml(style.fontFamily)}">`,
    `<title id="image-title">${escapeXml(image.title)}</title>`,
    `<desc id="image-desc">${escapeXml(image.alt)}</desc>`,
    `<style>${escapeXml(style.css)}</style>`,
    `<rect width="100%" height="100%" fill="${style.ink.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, height };
}

/** A label as the page draws it: its own size whatever the drawing's scale, haloed in the paper's colour. */
function chartLabel(label: ChartLabel, x: number, y: number, style: ImageStyle): string {
  const step = label.size * 1.25;
  const firstBaseline = label.above ? y - (label.lines.length - 1) * step - label.size * 0.3 : y + label.size * 0.95;
  const spans = label.lines.map((line, index) => `<tspan x="${x.toFixed(1)}" y="${(firstBaseline + index * step).toFixed(1)}">${escapeXml(line)}</tspan>`);
  const weight = label.bold ? ' font-weight="700"' : '';
  return `<text font-size="${label.size}"${weight} text-anchor="${label.anchor}" fill="${style.ink[label.ink]}" stroke="${style.ink.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${spans.join('')}</text>`;
}
