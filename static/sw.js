// kubeplay's service worker: after the first visit the playground works
// without a network. Registered by the page (src/ui/offline.rs) as
// `sw.js?build=<id>`, so every build gets its own cache, named after it;
// activating a new build deletes the caches of older ones.
//
// Install caches the app shell: the page, every hashed file it names
// (wasm-bindgen script, wasm, stylesheets), the text files the wasm
// fetches (text/) and the lessons of every
// language (from each catalog). It reads them with `cache: 'force-cache'`:
// the page registers the worker after the app has started, so the page
// and its ~1 MB of wasm are already in the browser's HTTP cache and are
// copied from there, not downloaded a second time. Requests: hashed files come from the cache
// first (they never change); everything else goes to the network first and
// falls back to the cache when offline, so a new build is seen as soon as
// the network answers.
'use strict';

const BUILD = new URL(self.location.href).searchParams.get('build') || 'dev';
const CACHE = 'kubeplay-' + BUILD;
const LANGS = ['en', 'es', 'ja', 'ko', 'zh-TW'];
// Bounds on what install reads, so a strange page cannot make it loop.
const SHELL_FILES_MAX = 100;
const LESSON_FILES_MAX = 200;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('kubeplay-') && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

async function precache() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'force-cache' });
  const html = await page.clone().text();
  await cache.put('./', page.clone());
  await cache.put('index.html', page);
  // Text the wasm fetches when first needed (kubectl's help, see
  // src/kubectl/texts.rs): cached now so it is there offline.
  const files = new Set(['favicon.svg', 'text/kubectl.json']);
  for (const m of html.matchAll(/["'](?:\.\/)?([\w.-]+\.(?:js|wasm|css|svg))["']/g)) {
    if (files.size >= SHELL_FILES_MAX) break;
    files.add(m[1]);
  }
  for (const file of files) {
    const res = await fetch(file, { cache: 'force-cache' });
    if (res.ok) await cache.put(file, res);
  }
  let lessons = 0;
  for (const lang of LANGS) {
    try {
      const base = 'lessons/' + lang + '/';
      const res = await fetch(base + 'catalog.json', { cache: 'force-cache' });
      if (!res.ok) continue;
      const catalog = await res.clone().json();
      await cache.put(base + 'catalog.json', res);
      for (const entry of catalog.lessons || []) {
        if (lessons++ >= LESSON_FILES_MAX) break;
        if (typeof entry.file === 'string' && /^[\w.-]+$/.test(entry.file)) {
          const file = await fetch(base + entry.file, { cache: 'force-cache' });
          if (file.ok) await cache.put(base + entry.file, file);
        }
      }
    } catch (e) {
      // A language that cannot be fetched now is cached when first used.
    }
  }
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  if (HASHED.test(url.pathname)) {
    const hit = await cache.match(request);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const hit =
      (await cache.match(request, { ignoreSearch: request.mode === 'navigate' })) ||
      (request.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    throw offline;
  }
}
