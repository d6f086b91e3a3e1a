// Images of every graphic, for places that take files rather than frames (apps, newsletters,
// social posts, print): each state of each graphic, in each language, as SVG and as PNG at 1x
// and 2x, light theme, drawn at the build without a browser. Each is read back from the static
// embed page the build just wrote (the frames readers without JavaScript see), so an image shows
// exactly what that page shows. resvg draws the PNGs with our font files only, never the
// machine's, so every machine makes the same pixels.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { getStoryData } from '../data/storyData.ts';
import { staticEmbedPagePath } from '../lib/paths.ts';
import { embedStrings } from '../embed/embedStrings.ts';
import { embedTitle } from '../embed/embedTitle.ts';
import { widgetNamed } from '../widgets/registry.ts';
import { composeImage, type GraphicImage, type ImageStyle } from '../images/composeImage.ts';
import { fontMeasure } from '../images/fontMetrics.ts';
import { graphicImagePath, IMAGE_WIDTH, type ImageFormat } from '../images/graphicImagePaths.ts';
import { CHINESE_TEXT, IMAGE_FONT_FAMILY, IMAGE_FONT_STACK, imageFontFiles } from '../images/imageFonts.ts';
import { classCustomProperty, cssForMarkup, customProperties, lightThemeCss, resolveValue } from '../images/lightThemeCss.ts';
import { halfSize, palettePng } from '../images/palettePng.ts';
import { pageCss, type StaticPage } from '../images/staticFrames.ts';
import { punctuation } from '../lib/i18n/punctuation.ts';
import { formatDate } from '../lib/format.ts';
import { languageTag, locales, type Locale } from '../lib/i18n/locales.ts';
import { publication } from '../lib/publication.ts';
import { embeddableWidgets, type WidgetName } from '../widgets/registry.ts';

type Measure = ImageStyle['measure'];

/** Text measures from the font files, read when images are drawn (not when the config loads). */
function readMeasures(): Measure {
  const chinese = readFileSync(imageFontFiles.chinese);
  return { regular: fontMeasure(readFileSync(imageFontFiles.regular), chinese), bold: fontMeasure(readFileSync(imageFontFiles.bold), chinese) };
}

/**
 * The PNGs of `svg`, with a palette (see palettePng.ts): drawn once at 2x, the 1x is that drawing
 * halved (the renderer's set-up, fonts included, costs more than the halving).
 */
function renderPngs(svg: string, width: number): { png: Uint8Array; 'png@2x': Uint8Array } {
  const fontFiles = [imageFontFiles.regular, imageFontFiles.bold, ...(CHINESE_TEXT.test(svg) ? [imageFontFiles.chinese] : [])];
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: IMAGE_FONT_FAMILY },
    fitTo: { mode: 'width', value: 2 * width },
  });
  const rendered = resvg.render();
  const half = halfSize(rendered.pixels, rendered.width, rendered.height);
  return { png: palettePng(half.pixels, half.width, half.height), 'png@2x': palettePng(rendered.pixels, rendered.width, rendered.height) };
}

/** Every image of one graphic in one language, from its static embed page. */
function imagesOf(widget: WidgetName, locale: Locale, html: string, measure: Measure): { image: GraphicImage; style: ImageStyle }[] {
  const css = pageCss(html);
  const tokens = customProperties(css);
  // The widgets' UI face is the reader's system font; an image's is ours.
  tokens.set('--font-ui', IMAGE_FONT_STACK);
  const token = (name: string) => resolveValue(`var(${name})`, tokens);
  const ink = { text: token('--color-text'), muted: token('--color-muted'), background: token('--color-bg') };
  const actorColours = classCustomProperty(css, '--tl-color', tokens);
  const page: StaticPage = { html, locale, colourOf: (className) => actorColours.get(className), token, measure };
  const images = widgetNamed(widget).image;
  const states = images.frames(page);
  if (states.length !== images.count) {
    throw new Error(`graphic images: ${widget} (${locale}) shows ${states.length} frames, its widget.ts expects ${images.count}`);
  }
  const t = embedStrings[locale];
  const { comma, fullStop, sentenceGap } = punctuation[locale];
  const credit = `${t.credit(publication.studio)}${comma}${t.updated}${sentenceGap}${formatDate(publication.dateModified, locale)}${fullStop}`;
  const source = `${t.sourcePrefix}${sentenceGap}${widgetNamed(widget).sourceLine(locale, getStoryData())}`;
  const sharedAlt = images.alt?.(page);
  return states.map((drawn): { image: GraphicImage; style: ImageStyle } => {
    const words = drawn.flatMap((block) => block.texts.map((text) => text.text));
    const alt = sharedAlt ?? words.join(sentenceGap);
    const markup = drawn.map((block) => block.chart?.markup ?? '').join('');
    return {
      image: { lang: languageTag[locale], title: embedTitle(widget, locale), blocks: drawn, source, credit, alt },
      style: { width: IMAGE_WIDTH, css: lightThemeCss(cssForMarkup(css, markup), tokens), ink, fontFamily: IMAGE_FONT_STACK, measure },
    };
  });
}

/** Draws every image into `dist`, from its static embed pages; returns how many states were drawn. */
export async function drawGraphicImages(dist: string): Promise<number> {
  const measure = readMeasures();
  let count = 0;
  for (const widget of embeddableWidgets) {
    for (const locale of locales) {
      const html = await readFile(join(dist, staticEmbedPagePath(widget, locale), 'index.html'), 'utf8');
      for (const [state, { image, style }] of imagesOf(widget, locale, html, measure).entries()) {
        const write = async (format: ImageFormat, bytes: string | Uint8Array) => {
          const file = join(dist, graphicImagePath(widget, state, locale, format));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, bytes);
        };
        const { svg } = composeImage(image, style);
        const pngs = renderPngs(svg, IMAGE_WIDTH);
        await write('svg', svg);
        await write('png', pngs.png);
        await write('png@2x', pngs['png@2x']);
        count += 1;
      }
    }
  }
  return count;
}

export function graphicImages(): AstroIntegration {
  return {
    name: 'graphic-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await drawGraphicImages(fileURLToPath(dir));
        logger.info(`${count} graphic images drawn (SVG, PNG, PNG 2x) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
