// Writes one offline worker per language after the build, beside that language's story (sw.js,
// en/sw.js): src/offline/sw.ts bundled with Workbox and the list of the files reading that story
// offline needs. Each story page learns how much that is (data-offline-bytes), for the reader who
// saves data and asks for the copy.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { locales } from '../lib/i18n/locales.ts';
import { intlLocale } from '../lib/i18n/locales.ts';
import { offlineWorkerPath, staticStoryPath, storyPath } from '../lib/paths.ts';
import { listFiles } from './distFiles.ts';
import { filesNeededBy, precacheEntries } from './offlineFiles.ts';

/** Where a story page says what the copy weighs (OfflineCopy.astro). */
const OFFLINE_SIZE = /(<span data-offline-size\b[^>]*>)[^<]*(<\/span>)/;

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = new Set(await listFiles(dist));
        const read = (path: string) => readFileSync(join(dist, path), 'utf8');
        for (const locale of locales) {
          const pages = [storyPath(locale), staticStoryPath(locale)].map((path) => `${path}index.html`);
          const needed = filesNeededBy(pages, files, read);
          // What the copy costs a reader, compressed as a server sends it; written before the
          // revisions are taken, so the pages' revisions are of their final text.
          const bytes = needed.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
          const size = new Intl.NumberFormat(intlLocale[locale], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024));
          for (const page of pages) writeFileSync(join(dist, page), read(page).replace(OFFLINE_SIZE, `$1${size}$2`));
          const workerDir = storyPath(locale).replace(/\/$/, '');
          const manifest = precacheEntries(needed, workerDir, (path) => readFileSync(join(dist, path)));
          const result = await build({
            entryPoints: [fileURLToPath(new URL('../offline/sw.ts', import.meta.url))],
            bundle: true,
            minify: true,
            format: 'iife',
            target: 'es2020',
            write: false,
            define: { 'self.__WB_MANIFEST': JSON.stringify(manifest), 'process.env.NODE_ENV': '"production"' },
          });
          writeFileSync(join(dist, offlineWorkerPath(locale)), result.outputFiles[0]!.text);
          logger.info(`${offlineWorkerPath(locale)} keeps ${needed.length} files offline (${Math.round(bytes / 1024)} KB gzip)`);
        }
      },
    },
  };
}
