// The offline reader. The build prepends VERSION and PRECACHE (every file of this build, relative
// to this script). A new build has a new VERSION: its cache is filled completely before it takes
// over, then the old one is deleted, so a reader never gets a mix of two builds.
/* global VERSION, PRECACHE */
const CACHE = `alipay-wechat-${VERSION}`;
const scope = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(new URL(path, scope), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('alipay-wechat-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a new build shows at once; the cache when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((cached) => cached ?? Response.error()),
      ),
    );
    return;
  }
  // Fingerprinted assets, fonts and data: the cache first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((cached) => cached ?? fetch(request)),
  );
});
