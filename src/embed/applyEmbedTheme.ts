import { readEmbedParams } from '../lib/embedParams.ts';

/** Sets the page theme from the embed URL's `theme` parameter ('auto' follows the reader). */
export function applyEmbedTheme(): void {
  const { theme } = readEmbedParams(window.location.search);
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
