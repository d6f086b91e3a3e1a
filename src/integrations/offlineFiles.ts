// Which files reading one language's story offline needs: its pages (the story and its static
// edition) and every file they load, followed through stylesheets and scripts. Links to other
// pages are not followed: a reader of the French story is not sent the English one, nor the embeds.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

/** A file the worker precaches: its URL relative to the worker, and a revision when its name has no hash. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** Attributes through which a page loads a file (an <a href> is a link, not a load). */
const LOADING_ATTRIBUTE = /\s(?:src|component-url|renderer-url|before-hydration-url|data-[a-z-]*href)="([^"]+)"/g;
const LINK_TAG = /<link\b[^>]*>/g;
const LOADED_BY_LINK = /\brel="(?:stylesheet|preload|modulepreload|icon)"/;
const HREF = /\shref="([^"]+)"/;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;
/** Relative specifiers in scripts: static and dynamic imports, and URLs built from strings. */
const RELATIVE_STRING = /["'`](\.{1,2}\/[^"'`\s]+)["'`]/g;
const SCRIPT_BODY = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
/** Files a widget fetches later, named in the page's data (e.g. the timeline's "detailsHref"). */
const DATA_HREF = /"[A-Za-z]*Href":"([^"]+)"/g;

/** Every reference a file's text makes to another file, as written. */
export function referencesIn(text: string, path: string): string[] {
  const found: string[] = [];
  if (path.endsWith('.html')) {
    for (const match of text.matchAll(LOADING_ATTRIBUTE)) found.push(match[1]!);
    for (const [tag] of text.matchAll(LINK_TAG)) if (LOADED_BY_LINK.test(tag)) found.push(HREF.exec(tag)?.[1] ?? '');
  }
  if (/\.(html|css)$/.test(path)) for (const match of text.matchAll(CSS_URL)) found.push(match[1]!);
  const scripts = path.endsWith('.html') ? [...text.matchAll(SCRIPT_BODY)].map((match) => match[1]!) : /\.m?js$/.test(path) ? [text] : [];
  for (const script of scripts) {
    for (const match of script.matchAll(RELATIVE_STRING)) found.push(match[1]!);
    for (const match of script.matchAll(DATA_HREF)) found.push(match[1]!);
  }
  return found.map((reference) => reference.replace(/&amp;/g, '&')).filter((reference) => reference !== '');
}

/** A reference resolved to a file of dist/ (paths relative to dist/), or null if it names none. */
function resolveReference(reference: string, fromFile: string, files: ReadonlySet<string>): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//') || reference.startsWith('#')) return null;
  const path = posix.normalize(posix.join(posix.dirname(fromFile), reference.replace(/[?#].*$/, '')));
  if (path.startsWith('..')) return null;
  return files.has(path) ? path : null;
}

/** The pages given and every file they load, directly or through the files they load; pages are only those given. */
export function filesNeededBy(pages: string[], files: ReadonlySet<string>, read: (path: string) => string): string[] {
  const needed = new Set(pages);
  const queue = [...pages];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!/\.(html|css|m?js)$/.test(file)) continue;
    for (const reference of referencesIn(read(file), file)) {
      const target = resolveReference(reference, file, files);
      if (target === null || target.endsWith('.html') || needed.has(target)) continue;
      needed.add(target);
      queue.push(target);
    }
  }
  return [...needed].sort();
}

/** Astro's fingerprinted files: the name changes with the content, so no revision is needed. */
const FINGERPRINTED = /^_astro\/.+\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** The precache list for a worker at `workerDir` (relative to dist/): URLs relative to it, revisions from content. */
export function precacheEntries(files: string[], workerDir: string, content: (path: string) => Buffer): PrecacheEntry[] {
  return files.map((file) => {
    const relative = posix.relative(workerDir || '.', file);
    const page = relative.replace(/(^|\/)index\.html$/, '$1');
    const url = page === '' ? './' : page;
    const revision = FINGERPRINTED.test(file) ? null : createHash('sha256').update(content(file)).digest('hex').slice(0, 16);
    return { url, revision };
  });
}
