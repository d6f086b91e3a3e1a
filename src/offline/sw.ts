// The offline reader of one language's story (Workbox). The build bundles this file once per
// language, next to that language's story, with the files reading it offline needs as the
// precache list (self.__WB_MANIFEST: each file with a revision, so a new build fetches only the
// files that changed). Other pages and files are kept as the reader visits them.
import { addPlugins, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

// The worker's global scope, as much of it as this file uses (the project's TypeScript sees the
// DOM, whose types clash with the webworker library's).
declare const self: {
  location: Location;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

const withoutQuery = (url: string): string => url.replace(/[?#].*$/, '');

/** When the network fails and nothing was kept at run time: the copy made at install. */
const precacheFallback = {
  handlerDidError: async ({ request }: { request: Request }) => (await matchPrecache(withoutQuery(request.url))) ?? Response.error(),
};

// Pages and unversioned files (data, CSS outside _astro/): the network first, so a correction
// reaches readers at once and a page never meets the files of another build while online.
const isVersioned = (url: URL): boolean => url.pathname.includes('/_astro/');
registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin && !isVersioned(url),
  new NetworkFirst({ cacheName: 'alipay-wechat-visited', plugins: [precacheFallback] }),
);
// Workbox fetches a file with a revision past the browser's cache; asking the server whether it
// changed instead costs nothing for the page the reader has just loaded (the server answers 304),
// and a changed file still arrives whole.
addPlugins([{ requestWillFetch: async ({ request }) => (isVersioned(new URL(request.url)) ? request : new Request(request, { cache: 'no-cache' })) }]);
// Files whose names carry their content's hash never change: the copy made at install first.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
registerRoute(({ url }) => url.origin === self.location.origin && isVersioned(url), new CacheFirst({ cacheName: 'alipay-wechat-visited-assets' }));

// No skipWaiting: a new build's worker waits until the reader's pages of the old build are closed,
// so an open page never gets the files of two builds. Claiming the pages it activates under is
// safe: they are of its own build (or, on a first visit, of no worker at all).
self.addEventListener('activate', (event) => {
  // The worker that came before Workbox kept one cache per build, named by its version.
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => /^alipay-wechat-[0-9a-f]{16}$/.test(key)).map((key) => caches.delete(key)))));
  // Not awaited (as Workbox's clientsClaim does it): a navigation that triggered this activation
  // waits for it to end, and a claim waiting on that navigation's page would hold both forever.
  void self.clients.claim();
});
