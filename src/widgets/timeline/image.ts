// The timeline's image (widget.ts): its static frame is one drawing of the whole axis (its periods
// are zooms of it), with marks and key in their actors' colours, read from the static embed page.
import { fill } from '../../lib/fill.ts';
import { chartOf, elements, one, textOf, type GraphicImages } from '../../images/staticFrames.ts';
import { timelineStrings } from './timelineStrings.ts';

/** How many events the static list holds, and the years of its first and last. */
export function timelineSpan(html: string): { count: number; from: string; to: string } {
  const list = one(elements(html, 'ol', /class="tl-list\b/), 'timeline list');
  const years = [...list.matchAll(/<time datetime="(\d{4})/g)].map((match) => match[1]!);
  return { count: (list.match(/data-event-id=/g) ?? []).length, from: years[0] ?? '', to: years.at(-1) ?? '' };
}

export const timelineImages: GraphicImages = {
  count: 1,
  frames: ({ html, colourOf }) => {
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
  },
  // The drawing has no sentence under it: the alt text says what it shows.
  alt: ({ html, locale }) => {
    const { count, from, to } = timelineSpan(html);
    return fill(timelineStrings[locale].imageAlt, { count, from, to });
  },
};
