// kubeplay's service worker: after the first visit the playground works
// without a network. Registered by the page (src/ui/offline.rs) as
// `sw.js?build=<id>`, so every build gets its own cache, named after it;
// activating a new build deletes the caches of older ones.
//
// Install caches the app shell: the page, every hashed file it names
// (wasm-bindgen script, the boot script and the wasm it names), the text
// files the wasm fetches (text/: kubectl's help, the interface in every
// language) and the lessons of every language (from each catalog). The page registers the
// worker after the app has started, so the page (at the address it was
// opened with) and its ~2 MB of wasm are already in the browser's HTTP
// cache: install copies them from there (`only-if-cached` never touches the
// network) and downloads only what the page has not fetched (a file the
// HTTP cache dropped, the other languages' lessons). Requests: hashed files
// come from the cache first (they never change); everything else goes to
// the network first and falls back to the cache when offline, so a new
// build is seen as soon as the network answers.
'use strict';

const BUILD = new URL(self.location.href).searchParams.get('build') || 'dev';
const CACHE = 'kubeplay-' + BUILD;
const LANGS = ['en', 'es', 'ja', 'ko', 'zh-TW'];
// The interface's words in every language but English, which the wasm
// fetches when a learner first needs one (src/i18n/served.rs).
const UI_TEXTS = LANGS.filter((l) => l !== 'en').map((l) => 'text/ui.' + l + '.json');
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

/** `url` as the page already fetched it, from the HTTP cache; null when
 *  the cache does not hold it. */
async function fetched(url) {
  try {
    const res = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' });
    return res.ok ? res : null;
  } catch (e) {
    return null;
  }
}

/** `url` from the HTTP cache, downloaded only when it is not there. */
async function fetchedOrDownload(url) {
  return (await fetched(url)) || fetch(url, { cache: 'force-cache' });
}

/** The names of app files in `text` (a page or a script). */
function fileNames(text) {
  return [...text.matchAll(/["'](?:\.\/)?([\w.-]+\.(?:js|wasm|css|svg))["']/g)].map((m) => m[1]);
}

/** The page as the browser fetched it when it was opened (`./?lang=en`, …):
 *  the first window of this scope whose address the HTTP cache holds. */
async function openedPage() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows.slice(0, SHELL_FILES_MAX)) {
    const url = new URL(client.url);
    url.hash = '';
    if (url.origin === self.location.origin && url.pathname.startsWith(new URL(self.registration.scope).pathname)) {
      const res = await fetched(url.href);
      if (res) return res;
    }
  }
  return null;
}

async function precache() {
  const cache = await caches.open(CACHE);
  const page = (await openedPage()) || (await fetch('./', { cache: 'force-cache' }));
  const html = await page.clone().text();
  await cache.put('./', page.clone());
  await cache.put('index.html', page);
  // Text the wasm fetches after it starts (kubectl's help, see
  // src/kubectl/texts.rs; the other interface languages): cached now so it
  // is there offline, a language the page has not used yet included.
  const files = new Set(['favicon.svg', 'text/kubectl.json', ...UI_TEXTS, ...fileNames(html).slice(0, SHELL_FILES_MAX)]);
  for (const file of files) {
    const res = await fetchedOrDownload(file);
    if (!res.ok) continue;
    // The boot script names the wasm, which the page has no tag for.
    if (/^boot-[0-9a-f]{16}\.js$/.test(file)) {
      for (const name of fileNames(await res.clone().text())) {
        if (files.size < SHELL_FILES_MAX) files.add(name);
      }
    }
    await cache.put(file, res);
  }
  let lessons = 0;
  for (const lang of LANGS) {
    try {
      const base = 'lessons/' + lang + '/';
      const res = await fetchedOrDownload(base + 'catalog.json');
      if (!res.ok) continue;
      const catalog = await res.clone().json();
      await cache.put(base + 'catalog.json', res);
      for (const entry of catalog.lessons || []) {
        if (lessons++ >= LESSON_FILES_MAX) break;
        if (typeof entry.file === 'string' && /^[\w.-]+$/.test(entry.file)) {
          const file = await fetchedOrDownload(base + entry.file);
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
