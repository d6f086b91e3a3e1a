import { describe, expect, it } from 'vitest';
import { escapeHtml, iframeCode, oembedPath, responsiveCode } from '../../src/embed/embedCodes.ts';
import { embedPagePath } from '../../src/lib/paths.ts';

const siteRoot = 'https://news.example/graphics/alipay/';

describe('embed codes', () => {
  it('point at the embed page of the language, under the site root', () => {
    expect(embedPagePath('qr-flow', 'fr')).toBe('embed/qr-flow/');
    expect(embedPagePath('qr-flow', 'en')).toBe('en/embed/qr-flow/');
    expect(oembedPath('timeline', 'en')).toBe('oembed/en/timeline.json');
  });
  it('responsive: a placeholder link and the loader, with absolute URLs', () => {
    expect(responsiveCode({ siteRoot, widget: 'timeline', locale: 'en', title: 'Walls' })).toBe(
      '<div data-alipay-wechat-embed data-theme="auto" data-autoplay="0"><a href="https://news.example/graphics/alipay/en/embed/timeline/">Walls</a></div>\n' +
        '<script src="https://news.example/graphics/alipay/embed.js" async></script>',
    );
  });
  it('carry a step only when one is chosen, step 0 included', () => {
    const code = (step: number | null) => responsiveCode({ siteRoot, widget: 'qr-flow', locale: 'en', title: 'QR', params: { theme: 'auto', step, autoplay: false } });
    expect(code(null)).not.toContain('data-step');
    expect(code(0)).toContain('data-step="0"');
    const frame = (step: number | null) => iframeCode({ siteRoot, widget: 'qr-flow', locale: 'en', title: 'QR', height: 640, params: { theme: 'auto', step, autoplay: false } });
    expect(frame(null)).toContain('/en/embed/qr-flow/"');
    expect(frame(0)).toContain('/en/embed/qr-flow/?step=0"');
  });
  it('iframe: a fixed height, a title and a sandbox', () => {
    const code = iframeCode({ siteRoot, widget: 'qr-flow', locale: 'fr', title: 'QR', height: 640 });
    expect(code).toMatch(/^<iframe src="https:\/\/news\.example\/graphics\/alipay\/embed\/qr-flow\/" title="QR" width="100%" height="640" /);
    expect(code).toContain('sandbox="allow-scripts allow-same-origin');
    expect(code).not.toContain('allow-top-navigation');
  });
  it('escape titles, so a title can never close the attribute or the element', () => {
    expect(escapeHtml('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    const code = iframeCode({ siteRoot, widget: 'qr-flow', locale: 'en', title: '"><script>x</script>', height: 100 });
    expect(code).not.toContain('<script>');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });
});
