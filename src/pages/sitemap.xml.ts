// The story pages, one per language, each with every language's alternate. Embeds are noindex and left out.
import type { APIRoute } from 'astro';
import { languageTag, locales } from '../lib/i18n/locales.ts';
import { storyPath } from '../lib/paths.ts';
import { publication } from '../lib/publication.ts';

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => new URL(path, site).href;
  const alternates = locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${languageTag[l]}" href="${url(storyPath(l))}"/>`).join('\n');
  const entries = locales
    .map((l) => `  <url>\n    <loc>${url(storyPath(l))}</loc>\n    <lastmod>${publication.dateModified}</lastmod>\n${alternates}\n  </url>`)
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
