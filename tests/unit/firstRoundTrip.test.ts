import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFromGzipPrefix, renderBlockingRequests } from '../../bench/firstRoundTrip.mjs';

describe('what the first round trip of a page holds', () => {
  it('is the HTML the first gzip bytes decompress to, even cut mid-stream', () => {
    // Varied text, as a story is: repeated text would compress to a handful of bytes.
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraphe ${i} : ${(i * 7919).toString(36)} ${(i * 104729).toString(16)}.</p>`);
    const html = `<!doctype html><title>t</title>${paragraphs.join('')}`;
    const gzipped = gzipSync(html, { level: 9 });
    const prefix = htmlFromGzipPrefix(gzipped, Math.floor(gzipped.length / 2));
    expect(prefix.length).toBeGreaterThan(100);
    expect(prefix.length).toBeLessThan(html.length);
    expect(html.startsWith(prefix)).toBe(true);
    expect(htmlFromGzipPrefix(gzipped, gzipped.length)).toBe(html);
  });

  it('names the stylesheets and classic scripts the browser would wait for, and only those', () => {
    const blocking = renderBlockingRequests(
      [
        '<link rel="stylesheet" href="a.css">',
        '<link rel=stylesheet href=b.css media=print>',
        '<noscript><link rel="stylesheet" href="noscript.css"></noscript>',
        '<script src="c.js"></script>',
        '<script type="module" src="d.js"></script>',
        '<script defer src="e.js"></script>',
        '<script async src="f.js"></script>',
        '<link rel="preload" href="g.woff2" as="font">',
      ].join(''),
    );
    expect(blocking).toEqual(['<link rel="stylesheet" href="a.css">', '<script src="c.js">']);
  });
});
