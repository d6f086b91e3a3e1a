// The editor's rules for a source record (content/data/sources.json): its address is the document
// itself, read from its publisher, or a copy that names the original. Each check returns the
// problem in words an editor can act on, or null; sourceSchema (schemas.ts) turns them into
// build errors that name the file, the record and the field.

/** Hosts that are never a source, whatever the page: the reason is the error message. */
const bannedHosts: { host: string; publisher: RegExp; reason: string }[] = [
  { host: 'texdyed.com', publisher: /texdyed/i, reason: 'is a spam page, never a source' },
  ...['reportify.ai', 'reportify.cn'].map((host) => ({
    host,
    publisher: /reportify/i,
    reason: 'is an AI-summary site: cite the company’s own results release or its exchange filing (HKEX), with the company as publisher',
  })),
];

/** Path segments of pages that list documents rather than being one. */
const listingSegments = new Set(['tag', 'tags', 'category', 'categories', 'topics', 'search', 'label', 'archive', 'archives']);
/** Query parameters of a site search. */
const searchParameters = ['s', 'q', 'query', 'search', 'keyword', 'keywords', 'wd'];

/** The host name without "www.", lower-case; null when the text is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const isOnHost = (host: string, banned: string) => host === banned || host.endsWith(`.${banned}`);

/** Why this address is not a document's own page: a home page, a listing, a search or a date archive. */
export function documentUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // the schema's URL check reports it
  }
  const host = parsed.hostname.toLowerCase();
  const banned = bannedHosts.find((entry) => isOnHost(host, entry.host));
  if (banned !== undefined) return `${banned.host} ${banned.reason}`;
  const path = parsed.pathname;
  if (searchParameters.some((name) => parsed.searchParams.has(name))) return 'is a search page, not the document: link the article itself';
  if ((path === '' || path === '/') && parsed.search === '') return 'is a home page, not the document: link the article itself';
  if (/^\/\d{4}(\/\d{1,2}){0,2}\/?$/.test(path)) return 'is a date archive, not the document: link the article itself';
  const segments = path.split('/').filter(Boolean).map((segment) => segment.toLowerCase());
  // "/archives/124138" is one post by its number; "/tag/alipay" or "/category/news/" lists many.
  const lists = segments.some((segment, index) => listingSegments.has(segment) && !/^\d+(\.html?)?$/.test(segments[index + 1] ?? ''));
  if (lists) return 'is a tag, category or search page, not the document: link the article itself';
  return null;
}

/** Why this publisher cannot be named: an AI-summary site or a spam host. */
export function publisherProblem(publisher: string): string | null {
  const banned = bannedHosts.find((entry) => entry.publisher.test(publisher));
  return banned === undefined ? null : `names ${banned.host}, which ${banned.reason}`;
}

/**
 * A copy names its original: the publisher is the original's, not the site we read it on.
 * `via` is the copy; `publisher` (and `url`, when we know the original's address) the original.
 */
export function copyProblem(publisher: string, via: { name: string; url?: string | undefined }): string | null {
  // Compared as bare letters and digits, so "Teller Report" matches tellerreport.com.
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const copyHost = via.url === undefined ? null : hostOf(via.url)?.replace(/\.[a-z]+$/, '') ?? null;
  const published = key(publisher);
  const named = [via.name, copyHost]
    .filter((name): name is string => name !== null && key(name).length >= 4)
    .find((name) => published.includes(key(name)) || key(name).includes(published));
  if (named !== undefined) return `the publisher names the copy (${named}), not the original: name the original's publisher, and its address in url when known`;
  if (/\b(repost|copy|mirror|translation)\b/i.test(publisher)) return 'the publisher describes a copy: name the original\'s publisher, and say where we read it in via';
  return null;
}
