// The market share's images (widget.ts): one per view, each of its drawings with its description
// and caption, read from the static embed page.
import { chartOf, elements, frameItems, one, paragraphs, type GraphicImages } from '../../images/staticFrames.ts';
import { VIEW_COUNT } from './shareData.ts';

export const marketShareImages: GraphicImages = {
  count: VIEW_COUNT,
  frames: ({ html }) =>
    frameItems(html, /class="frames\b/).map((item) =>
      elements(item, 'figure').map((figure) => ({
        chart: chartOf(one(elements(figure, 'svg'), 'drawing'), { maxWidth: 440 }),
        texts: [
          { text: one(paragraphs(figure, /class="description/), 'description'), size: 15, bold: true, ink: 'text' },
          { text: one(paragraphs(figure, /class="caption/), 'caption'), size: 13, ink: 'muted' },
        ],
      })),
    ),
};
