// Registers the offline reader once the page has loaded, so it never competes with first paint.
// Embeds inside other sites' pages do not register it: they keep no storage.
import { afterLoad } from '../lib/afterLoad.ts';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || window.self !== window.top) return;
  // sw.js sits at the site root; the page says how far that is (<html data-site-root="../">),
  // because Astro may inline this script, where import.meta.url is the page itself.
  const root = document.documentElement.dataset.siteRoot ?? './';
  const url = new URL(`${root}sw.js`, window.location.href);
  afterLoad(() => void navigator.serviceWorker.register(url).catch(() => undefined));
}
