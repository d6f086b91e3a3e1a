// Where the images of the graphics are published, one per state and language: the SVG, a PNG at
// 1x and one at 2x. The same names serve the build (src/integrations/graphicImages.ts), the pages
// that link them and the tests. Paths are site-relative: pages link them relative to themselves.
import type { Locale } from '../lib/i18n/locales.ts';
import { widgetNamed, type WidgetName } from '../widgets/registry.ts';

export const imageFormats = ['svg', 'png', 'png@2x'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** The image's width in CSS pixels (the 1x PNG); the 2x PNG is twice as wide. */
export const IMAGE_WIDTH = 640;


const suffix: Record<ImageFormat, string> = { svg: '.svg', png: '.png', 'png@2x': '@2x.png' };

/** E.g. "embed/images/qr-flow/2.fr@2x.png". */
export const graphicImagePath = (widget: WidgetName, state: number, locale: Locale, format: ImageFormat): string =>
  `embed/images/${widget}/${state}.${locale}${suffix[format]}`;

/** The states a graphic has images of, in order. */
export const imageStates = (widget: WidgetName): number[] => Array.from({ length: widgetNamed(widget).image.count }, (_, state) => state);
