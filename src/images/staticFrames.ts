// Reading a graphic's states back from its static embed page (the frames readers without
// JavaScript see): each widget's image.ts picks, from the built HTML, the drawing of each state,
// the words laid over it and the sentences under it, with these helpers. The markup is our own
// widgets' output, so plain patterns read it.
import type { Locale } from '../lib/i18n/locales.ts';
import type { ImageBlock, ImageChart } from './composeImage.ts';
import type { MeasureText } from './fontMetrics.ts';

/** A graphic's static embed page, as its widget's image.ts reads it. */
export interface StaticPage {
  html: string;
  locale: Locale;
  /** The colour a class gives (e.g. the timeline's actors), from the page's CSS; undefined if none. */
  colourOf: (className: string) => string | undefined;
  /** A design token's value in the light theme, e.g. token('--color-alipay'). */
  token: (name: string) => string;
  /** Text widths in the image's own fonts. */
  measure: { regular: MeasureText; bold: MeasureText };
}

/** How a widget's images are made (its widget.ts `image`). */
export interface GraphicImages {
  /** How many: one per static frame. */
  count: number;
  /** Per state, in order, the blocks of its image. */
  frames: (page: StaticPage) => ImageBlock[][];
  /** The alt text of every image where the words shown do not say it (by default, those words). */
  alt?: (page: StaticPage) => string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text content of an HTML fragment: tags dropped, <br> as a line break, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? match;
    });
}

/** The page's stylesheets, as one text. */
export const pageCss = (html: string): string => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');

/** The element starting at `from` (an opening tag of `tag`), up to its matching closing tag. */
function elementAt(html: string, from: number, tag: string): string {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = from;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(from, match.index + match[0].length);
  }
  throw new Error(`staticFrames: <${tag}> at ${from} is never closed`);
}

/** Every element `<tag …>` whose opening tag matches `opening`, whole. */
export function elements(html: string, tag: string, opening: RegExp = new RegExp(`<${tag}\\b`)): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`<${tag}\\b[^>]*>`, 'g');
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (!opening.test(match[0])) continue;
    const element = elementAt(html, match.index, tag);
    found.push(element);
    pattern.lastIndex = match.index + element.length;
  }
  return found;
}

export const one = (found: string[], what: string): string => {
  if (found.length === 0) throw new Error(`staticFrames: no ${what} in the static embed page`);
  return found[0]!;
};

export const classesOf = (openingTag: string): Set<string> => new Set((/\bclass="([^"]*)"/.exec(openingTag)?.[1] ?? '').split(/\s+/));

/** The drawing as a standalone element: comments out, CSS translations as SVG transforms. */
export function chartOf(svg: string, extra: Omit<ImageChart, 'markup' | 'viewBox'> = {}): ImageChart {
  const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('staticFrames: a drawing has no viewBox');
  const markup = svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ aria-hidden="true"/g, '')
    .replace(/style="transform: translate\(([-\d.]+)px, ([-\d.]+)px\);?"/g, 'transform="translate($1 $2)"')
    .replace(/style="transform: translateX\(([-\d.]+)px\) scaleX\(([-\d.]+)\);?"/g, 'transform="translate($1 0) scale($2 1)"')
    .replace(/style="transform: translateX\(([-\d.]+)px\);?"/g, 'transform="translate($1 0)"');
  return { markup, viewBox: { width: Number(viewBox[3]), height: Number(viewBox[4]) }, ...extra };
}

export const paragraphs = (html: string, opening?: RegExp): string[] => elements(html, 'p', opening).map((p) => textOf(p).trim());

/** The list items of the page's list of frames. */
export const frameItems = (html: string, list: RegExp): string[] => elements(one(elements(html, 'ol', list), 'list of frames'), 'li');
