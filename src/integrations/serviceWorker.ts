// Writes dist/sw.js after the build: the hand-written worker in src/offline/sw.js, preceded by
// this build's version and the list of files to precache.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './distFiles.ts';

/** Not worth keeping offline: crawler files, host configuration, the share image. */
const SKIP = /^(sw\.js|_headers|robots\.txt|sitemap\.xml|social-card\.png)$/;

/** Page URLs are their folder ('en/', not 'en/index.html'), as readers request them. */
export const precacheUrl = (file: string): string => (file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1'));

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = (await listFiles(dist)).filter((file) => !SKIP.test(file)).sort();
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(await readFile(join(dist, file)));
        const version = hash.digest('hex').slice(0, 16);
        const worker = await readFile(new URL('../offline/sw.js', import.meta.url), 'utf8');
        const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(files.map(precacheUrl))};\n`;
        await writeFile(join(dist, 'sw.js'), header + worker);
        logger.info(`sw.js precaches ${files.length} files (version ${version})`);
      },
    },
  };
}
