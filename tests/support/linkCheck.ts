// A link checker for the built site: every internal link, anchor and asset in every HTML and CSS
// file of dist/ must resolve to a file of dist/ (and an anchor to an id in its page).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const URL_ATTRIBUTES = /\s(?:href|src|component-url|renderer-url|before-hydration-url|poster|data)=["']([^"']+)["']/g;
const SRCSET = /\ssrcset=["']([^"']+)["']/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

export interface BrokenLink {
  from: string;
  url: string;
  problem: string;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

function targetFile(dist: string, fromFile: string, path: string): string | null {
  const resolved = resolve(dirname(fromFile), decodeURIComponent(path));
  if (!resolved.startsWith(dist + sep) && resolved !== dist) return null;
  if (existsSync(resolved) && statSync(resolved).isFile()) return resolved;
  const index = join(resolved, 'index.html');
  return existsSync(index) ? index : null;
}

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid=["']([^"']+)["']/g)].map((match) => match[1]!));
    cache.set(file, ids);
  }
  return ids;
}

export function checkLinks(distDir: string): { checked: number; broken: BrokenLink[] } {
  const dist = resolve(distDir);
  const idCache = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of filesUnder(dist).filter((path) => /\.(html|css)$/.test(path))) {
    const text = readFileSync(file, 'utf8');
    const urls =
      file.endsWith('.css')
        ? [...text.matchAll(CSS_URL)].map((m) => m[1]!)
        : [
            ...[...text.matchAll(URL_ATTRIBUTES)].map((m) => m[1]!),
            ...[...text.matchAll(SRCSET)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)),
          ];
    for (const raw of urls) {
      const url = raw.replaceAll('&amp;', '&');
      if (isExternal(url) || url.startsWith('data:')) continue;
      checked += 1;
      const from = relative(dist, file);
      if (url.startsWith('/')) {
        broken.push({ from, url, problem: 'root-relative URL: breaks under a sub-path' });
        continue;
      }
      const [pathAndQuery, fragment] = url.split('#');
      const path = pathAndQuery!.split('?')[0]!;
      const target = path === '' ? file : targetFile(dist, file, path);
      if (!target) {
        broken.push({ from, url, problem: 'no such file in dist/' });
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target, idCache).has(decodeURIComponent(fragment))) {
        broken.push({ from, url, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
