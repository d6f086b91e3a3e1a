import { describe, expect, it } from 'vitest';
import { filesNeededBy, precacheEntries } from '../../src/integrations/offlineFiles.ts';

const site: Record<string, string> = {
  'index.html': `<link rel="stylesheet" href="_astro/a.AbCdEf12.css"><link rel="alternate" hreflang="en" href="en/"><link rel="sitemap" href="sitemap.xml">
    <a href="en/">English</a><a href="embed/">Embeds</a><astro-island component-url="./_astro/W.12345678.js"></astro-island>
    <script type="application/json">{"detailsHref":"data/details-fr.json"}</script><script>import("./_astro/page.abcdefgh.js")</script>`,
  '_astro/a.AbCdEf12.css': '@font-face{src:url(./font.ZZZZZZZZ.woff2)}',
  '_astro/W.12345678.js': 'import{x}from"./shared.YYYYYYYY.js";',
  '_astro/shared.YYYYYYYY.js': '',
  '_astro/page.abcdefgh.js': '',
  '_astro/font.ZZZZZZZZ.woff2': '',
  'data/details-fr.json': '{}',
  'data/details-en.json': '{}',
  'en/index.html': '<link rel="stylesheet" href="../_astro/a.AbCdEf12.css">',
  'embed/index.html': '',
  'sitemap.xml': '',
};
const files = new Set(Object.keys(site));

describe('the files a story needs offline', () => {
  it('follows what a page loads, through stylesheets, scripts and data it names, and no link to another page', () => {
    expect(filesNeededBy(['index.html'], files, (path) => site[path]!)).toEqual([
      '_astro/W.12345678.js',
      '_astro/a.AbCdEf12.css',
      '_astro/font.ZZZZZZZZ.woff2',
      '_astro/page.abcdefgh.js',
      '_astro/shared.YYYYYYYY.js',
      'data/details-fr.json',
      'index.html',
    ]);
  });

  it('lists them relative to the worker, pages as their folder, a revision only where the name has no hash', () => {
    const entries = precacheEntries(['_astro/W.12345678.js', 'data/details-en.json', 'en/index.html'], 'en', (path) => Buffer.from(site[path]!));
    expect(entries.map((entry) => entry.url)).toEqual(['../_astro/W.12345678.js', '../data/details-en.json', './']);
    expect(entries[0]!.revision).toBeNull();
    expect(entries[1]!.revision).toMatch(/^[0-9a-f]{16}$/);
  });
});
