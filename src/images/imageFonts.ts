// The faces the images are drawn in: Source Sans 3, the sans companion of the story's Source Serif 4,
// as TrueType files (the renderer reads TTF/OTF, not the site's woff2). Only these files are used,
// never the machine's fonts, so every machine draws the same pixels.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const packageDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));

export const IMAGE_FONT_FAMILY = 'Source Sans 3';

export const imageFontFiles = {
  regular: join(packageDir, '400Regular', 'SourceSans3_400Regular.ttf'),
  bold: join(packageDir, '700Bold', 'SourceSans3_700Bold.ttf'),
} as const;
