import { expect, it } from 'vitest';
import { relativeHref } from '../../src/lib/paths.ts';

it('links between pages without assuming where the site is mounted', () => {
  expect(relativeHref('', 'en/')).toBe('en/');
  expect(relativeHref('en/', '')).toBe('../');
  expect(relativeHref('en/embed/qr/', 'en/')).toBe('../../../en/');
  expect(relativeHref('', '')).toBe('./');
});
