// Offline use: the player, its scripts and styles, and each session it has loaded are kept in a cache. Pages and
// data come from the network first (so they are never stale online) and from the cache when it cannot be reached.
// Holds and ratings are not cached requests: the player's outbox keeps them until the server has them.
const CACHE = 'limber-v1';
const SHELL = ['/static/app.css', '/static/player.js', '/static/outbox.js', '/static/voice.js', '/static/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const kept = url.pathname.startsWith('/player/') || url.pathname.startsWith('/static/') || /^\/api\/sessions\/\d+$/.test(url.pathname);
  if (event.request.method !== 'GET' || url.origin !== location.origin || !kept) return;
  event.respondWith(fetch(event.request).then((answer) => {
    if (answer.ok) {
      const copy = answer.clone();
      caches.open(CACHE).then((cache) => cache.put(event.request, copy));
    }
    return answer;
  }).catch(() => caches.match(event.request, { ignoreSearch: url.pathname.startsWith('/player/') }).then((hit) => hit || Response.error())));
});
