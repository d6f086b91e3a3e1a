import { expect, it } from 'vitest';
import { relativizeAssetUrls } from '../../src/integrations/relativeUrls.ts';

it('makes root asset URLs relative to the file that holds them', () => {
  expect(relativizeAssetUrls('<link href="/_astro/a.css">', '')).toBe('<link href="./_astro/a.css">');
  expect(relativizeAssetUrls('<script src="/_astro/a.js"></script>', 'en/embed/qr-flow')).toBe(
    '<script src="../../../_astro/a.js"></script>',
  );
  expect(relativizeAssetUrls('src:url(/_astro/font.woff2)', '_astro')).toBe('src:url(./font.woff2)');
  expect(relativizeAssetUrls('component-url="/_astro/W.js" renderer-url="/_astro/c.js"', 'en')).toBe(
    'component-url="../_astro/W.js" renderer-url="../_astro/c.js"',
  );
});

it('leaves other URLs alone', () => {
  const html = '<a href="https://example.org/_astro/x">x</a> <a href="/elsewhere/_astro/">y</a>';
  expect(relativizeAssetUrls(html, 'en')).toBe(html);
});
