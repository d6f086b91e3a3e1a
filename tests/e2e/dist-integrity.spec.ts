// Static checks of the whole built site: links and anchors resolve, the HTML is valid, and
// nothing points outside the site except the sources readers may follow.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { checkLinks, filesUnder } from '../support/linkCheck.ts';

const dist = process.env.DIST_DIR ?? 'dist';

test('every internal link, anchor and asset in dist/ resolves, relative to its page', () => {
  const { checked, broken } = checkLinks(dist);
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('every HTML file in dist/ is valid HTML', async () => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = filesUnder(dist).filter((file) => file.endsWith('.html'));
  expect(files.length).toBeGreaterThanOrEqual(4);
  const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
  const failing = reports.filter((report) => !report.valid);
  const text = formatterFactory('text');
  expect(failing.map((report) => text(report.results)).join('\n')).toBe('');
});

test('no page loads a script, style, font or image from another host', () => {
  const external = /<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)=["'](?:https?:)?\/\//i;
  for (const file of filesUnder(dist).filter((path) => path.endsWith('.html'))) {
    const tags = readFileSync(file, 'utf8').match(new RegExp(external.source, 'gi')) ?? [];
    // Canonical, hreflang and Open Graph URLs are absolute by definition, and not loaded.
    const loaded = tags.filter((tag: string) => !/rel=["'](canonical|alternate|sitemap)["']/.test(tag));
    expect(loaded, file).toEqual([]);
  }
});
