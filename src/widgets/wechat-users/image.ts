// The WeChat-users images (widget.ts): one per state, the drawing with the words laid over it
// and the sentence under it, read from the static embed page.
import type { ChartLabel, InkName } from '../../images/composeImage.ts';
import { chartOf, classesOf, elements, frameItems, one, paragraphs, textOf, type GraphicImages } from '../../images/staticFrames.ts';
import { USERS_STATE_COUNT } from './usersStates.ts';

/** The words the chart lays over its drawing (HTML spans at percentages). */
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

export const wechatUsersImages: GraphicImages = {
  count: USERS_STATE_COUNT,
  frames: ({ html }) =>
    frameItems(html, /class="frames\b/).map((item) => {
      const chart = one(elements(item, 'div', /class="users-chart\b/), 'users chart');
      return [{
        chart: chartOf(one(elements(chart, 'svg'), 'drawing'), { labels: overlaidLabels(chart) }),
        texts: [{ text: paragraphs(item).at(-1)!, size: 15, ink: 'text' }],
      }];
    }),
};
