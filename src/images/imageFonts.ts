// The faces the images are drawn in: Source Sans 3, the sans companion of the story's Source Serif 4,
// and Noto Sans SC for the Chinese names the captions quote, as TrueType files (the renderer reads
// TTF/OTF, not the site's woff2). Only these files are used, never the machine's fonts, so every
// machine draws the same pixels.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const latin = packageDir('@expo-google-fonts/source-sans-3');

export const IMAGE_FONT_FAMILY = 'Source Sans 3';
/** As the SVG names it: a browser showing the SVG without our fonts picks a sans of its own. */
export const IMAGE_FONT_STACK = "'Source Sans 3', 'Noto Sans SC', sans-serif";

export const imageFontFiles = {
  regular: join(latin, '400Regular', 'SourceSans3_400Regular.ttf'),
  bold: join(latin, '700Bold', 'SourceSans3_700Bold.ttf'),
  /** Large (10 MB): loaded only for an image with Chinese characters in it. */
  chinese: join(packageDir('@expo-google-fonts/noto-sans-sc'), '400Regular', 'NotoSansSC_400Regular.ttf'),
} as const;

/** Han characters and CJK punctuation, which the Latin face lacks. */
export const CHINESE_TEXT = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
