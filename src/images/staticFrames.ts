// The states of a graphic as its static embed page renders them (the frames readers without
// JavaScript see), read back from the built HTML: the drawing of each state, the words laid over
// it and the sentences under it. The markup is our own widgets' output, so plain patterns read it.
import type { WidgetName } from '../widgets/registry.ts';
import type { ChartLabel, ImageBlock, ImageChart, InkName } from './composeImage.ts';

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
function elements(html: string, tag: string, opening: RegExp = new RegExp(`<${tag}\\b`)): string[] {
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

const one = (found: string[], what: string): string => {
  if (found.length === 0) throw new Error(`staticFrames: no ${what} in the static embed page`);
  return found[0]!;
};

const classesOf = (openingTag: string): Set<string> => new Set((/\bclass="([^"]*)"/.exec(openingTag)?.[1] ?? '').split(/\s+/));

/** The drawing as a standalone element: comments out, CSS translations as SVG transforms. */
function chartOf(svg: string, extra: Omit<ImageChart, 'markup' | 'viewBox'> = {}): ImageChart {
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

/** The words the WeChat-users chart lays over its drawing (HTML spans at percentages). */
function overlaidLabels(chart: string): ChartLabel[] {
  return elements(chart, 'span', /class="label\b/).flatMap((span) => {
    const opening = /^<span[^>]*>/.exec(span)![0];
    const classes = classesOf(opening);
    // The article's words show only in the state that tells of it.
    if (classes.has('claim-label') && !classes.has('visible')) return [];
    const place = /left: ([-\d.]+)%; top: ([-\d.]+)%/.exec(opening);
    if (!place) throw new Error(`staticFrames: a label has no position: ${opening}`);
    const strong = classes.has('value');
    const ink: InkName = strong || classes.has('bound-label') || classes.has('claim-label') ? 'text' : 'muted';
    return [{
      lines: textOf(span).trim().split('\n'),
      x: Number(place[1]) / 100,
      y: Number(place[2]) / 100,
      anchor: classes.has('end') ? 'end' : classes.has('middle') ? 'middle' : 'start',
      above: classes.has('above'),
      size: strong ? 14.4 : 12.8,
      bold: strong,
      ink,
    } satisfies ChartLabel];
  });
}

const paragraphs = (html: string, opening?: RegExp): string[] => elements(html, 'p', opening).map((p) => textOf(p).trim());

/** The list items of the page's list of frames. */
const frameItems = (html: string, list: RegExp): string[] => elements(one(elements(html, 'ol', list), 'list of frames'), 'li');

/** A key entry whose colour is a class's (e.g. the timeline's actors), resolved by the caller. */
export type ColourOfClass = (className: string) => string | undefined;

/** Per state, in order, the blocks of its image. The qr-flow's drawing is made apart (qrFlowImage.ts). */
export function staticFrameBlocks(widget: WidgetName, html: string, colourOf: ColourOfClass): ImageBlock[][] {
  switch (widget) {
    case 'market-share':
      return frameItems(html, /class="frames\b/).map((item) =>
        elements(item, 'figure').map((figure) => ({
          chart: chartOf(one(elements(figure, 'svg'), 'drawing'), { maxWidth: 440 }),
          texts: [
            { text: one(paragraphs(figure, /class="description/), 'description'), size: 15, bold: true, ink: 'text' },
            { text: one(paragraphs(figure, /class="caption/), 'caption'), size: 13, ink: 'muted' },
          ],
        })),
      );
    case 'wechat-users':
      return frameItems(html, /class="frames\b/).map((item) => {
        const chart = one(elements(item, 'div', /class="users-chart\b/), 'users chart');
        return [{
          chart: chartOf(one(elements(chart, 'svg'), 'drawing'), { labels: overlaidLabels(chart) }),
          texts: [{ text: paragraphs(item).at(-1)!, size: 15, ink: 'text' }],
        }];
      });
    case 'qr-flow':
      return frameItems(html, /data-widget-frames="qr-flow"/).map((item) => [{ texts: [{ text: paragraphs(item).at(-1)!, size: 15, ink: 'text' }] }]);
    case 'timeline': {
      const chart = one(elements(html, 'div', /class="tl-chart\b/), 'timeline chart');
      const key = elements(one(elements(html, 'p', /class="tl-key\b/), 'timeline key'), 'span', /class="tl-key__item\b/).map((item) => {
        const actor = /\b(tl-actor--[\w-]+)/.exec(/^<span[^>]*>/.exec(item)![0])?.[1];
        return { text: textOf(item).trim(), colour: actor === undefined ? undefined : colourOf(actor) };
      });
      const markup = one(elements(chart, 'svg'), 'drawing').replace(/<g class="([^"]*\b(tl-actor--[\w-]+)[^"]*)"/g, (match, _classes: string, actor: string) => {
        const colour = colourOf(actor);
        return colour === undefined ? match : `${match} style="color: ${colour}"`;
      });
      return [[{ chart: chartOf(markup), texts: [], key }]];
    }
  }
}

/** How many events the timeline's static list holds, and the years of its first and last. */
export function timelineSpan(html: string): { count: number; from: string; to: string } {
  const list = one(elements(html, 'ol', /class="tl-list\b/), 'timeline list');
  const years = [...list.matchAll(/<time datetime="(\d{4})/g)].map((match) => match[1]!);
  return { count: (list.match(/data-event-id=/g) ?? []).length, from: years[0] ?? '', to: years.at(-1) ?? '' };
}
