// Astro writes into every page's Content-Security-Policy the hashes of every inline script and
// style the whole site has, computed before relativeUrls rewrites asset URLs in inline styles.
// After the build each page's policy lists the hashes of its own inline code as it is finally
// written: least privilege (an embed page with no inline script allows none), and styles whose
// font URLs were made relative still match.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rewriteFiles } from './distFiles.ts';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** Data blocks (JSON, JSON-LD) are never run, so the policy does not apply to them. */
const DATA_BLOCK = /\stype=["']?application\/(ld\+)?json/i;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's HTML with its policy listing exactly the hashes of its own inline scripts and styles. */
export function withOwnCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (meta === null) return html;
  const scripts = new Set([...html.matchAll(INLINE_SCRIPT)].filter(([, attributes]) => !DATA_BLOCK.test(attributes ?? '')).map(([, , body]) => sha256(body ?? '')));
  const styles = new Set([...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256(body ?? '')));
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const own = name === 'script-src' ? scripts : name === 'style-src' ? styles : null;
      if (own === null) return directive;
      return [name, ...sources.filter((source) => !source.startsWith("'sha256-")), ...own].join(' ');
    })
    .join(';');
  return html.replace(CSP_META, (_match, before: string, _policy: string, after: string) => `${before}${policy}${after}`);
}

export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await rewriteFiles(fileURLToPath(dir), (path) => path.endsWith('.html'), withOwnCspHashes);
        logger.info(`Content-Security-Policy lists each page's own inline code in ${pages} pages`);
      },
    },
  };
}
