import { expect, it } from 'vitest';
import { checkLinks } from '../support/linkCheck.ts';

it('finds every kind of broken link in a small broken site', () => {
  const { broken } = checkLinks('tests/fixtures/broken-site');
  expect(broken.map(({ from, url }) => `${from} -> ${url}`).sort()).toEqual(
    [
      '_astro/a.css -> ./font.woff2',
      'en/index.html -> ../_astro/missing.png',
      'index.html -> /_astro/root.js',
      'index.html -> en/#missing',
      'index.html -> nowhere/',
    ].sort(),
  );
});
