// Astro writes asset URLs from the site root (/_astro/…). Operators copy dist/ under any sub-path,
// so after the build every such URL is rewritten relative to the file that holds it.
import type { AstroIntegration } from 'astro';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteFiles } from './distFiles.ts';

const ROOT_ASSET = /(["'(=\s])\/_astro\//g;

/** Rewrites /_astro/ URLs in one file's text, given the file's folder relative to dist/. */
export function relativizeAssetUrls(text: string, folderFromDist: string): string {
  const depth = folderFromDist === '' ? 0 : folderFromDist.split(/[\\/]/).filter(Boolean).length;
  const prefix = folderFromDist === '_astro' ? './' : depth === 0 ? './_astro/' : `${'../'.repeat(depth)}_astro/`;
  return text.replace(ROOT_ASSET, (_match, before: string) => `${before}${prefix}`);
}

export function relativeUrls(): AstroIntegration {
  return {
    name: 'relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Inline styles change here too (their font URLs); pageCsp, which runs after, hashes them as written.
        const changed = await rewriteFiles(fileURLToPath(dir), (path) => /\.(html|css|js|xml|webmanifest|json)$/.test(path), (text, path) =>
          relativizeAssetUrls(text, posix.dirname(path) === '.' ? '' : posix.dirname(path)),
        );
        logger.info(`asset URLs made relative in ${changed} files`);
      },
    },
  };
}
