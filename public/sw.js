/*
 * Lotse service worker: keeps pages for reading without internet.
 *
 * - When a page asks ("keep"), it saves that page and the core pages of its language (listed
 *   in /<locale>/offline.json: home, journeys, checklists, Leichte Sprache, offline notice).
 * - Pages: network first (always current when online), the saved copy when offline, else the
 *   offline notice in the page's language.
 * - Build assets under /_astro/ have content hashes: cache first.
 * - Requests to other hosts (map tiles after consent) are never touched or stored.
 * Plain JavaScript without a build step, so it is served exactly as written.
 */
const PAGES = 'lotse-pages-v1';
const ASSETS = 'lotse-assets-v1';
const LOCALE = /^[a-z]{2}$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Same-origin files a page or script loads: stylesheets, scripts and their imports, icons, manifest. */
function assetsIn(text, base, isScript) {
  const pattern = isScript
    ? /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g
    : /(?:href|src)="(\/[^"#?]*\.(?:css|js|svg|png|webmanifest))"/g;
  const urls = [];
  for (const match of text.matchAll(pattern)) {
    const url = new URL(match[1], base);
    if (url.origin === self.location.origin) urls.push(url.href);
  }
  return urls;
}

async function saveAsset(url, seen) {
  if (seen.has(url)) return;
  seen.add(url);
  const assets = await caches.open(ASSETS);
  let response = await assets.match(url);
  if (!response) {
    response = await fetch(url);
    if (!response.ok) return;
    await assets.put(url, response.clone());
  }
  if (url.endsWith('.js')) {
    const imports = assetsIn(await response.text(), url, true);
    await Promise.all(imports.map((imported) => saveAsset(imported, seen)));
  }
}

/** Save a page and everything it needs to display. */
async function savePage(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || response.redirected) return;
  const html = await response.clone().text();
  await (await caches.open(PAGES)).put(url, response);
  const seen = new Set();
  await Promise.all(assetsIn(html, url, false).map((asset) => saveAsset(asset, seen).catch(() => undefined)));
}

async function keep(locale, page) {
  const origin = self.location.origin;
  await savePage(new URL(page, origin).href).catch(() => undefined);
  if (!LOCALE.test(locale)) return;
  const list = await fetch(`/${locale}/offline.json`).then((response) => response.json());
  // The list's version changes with the content: then the core pages are saved afresh.
  const marker = `${origin}/__lotse/offline/${locale}`;
  const pages = await caches.open(PAGES);
  const saved = await pages.match(marker);
  const fresh = saved && (await saved.text()) === list.version;
  for (const path of list.pages) {
    const url = new URL(path, origin).href;
    if (fresh && (await pages.match(url))) continue;
    await savePage(url).catch(() => undefined);
  }
  await pages.put(marker, new Response(list.version));
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || typeof data.page !== 'string') return;
  event.waitUntil(
    keep(String(data.locale), data.page)
      .catch(() => undefined)
      .then(() => event.source && event.source.postMessage({ type: 'kept', page: data.page })),
  );
});

async function fromNetworkOrSaved(request, url) {
  try {
    const response = await fetch(request);
    const type = response.headers.get('content-type') || '';
    if (response.ok && !response.redirected && type.includes('text/html')) {
      const copy = response.clone();
      caches.open(PAGES).then((pages) => pages.put(url.origin + url.pathname, copy));
    }
    return response;
  } catch (error) {
    const saved = await caches.match(url.origin + url.pathname);
    if (saved) return saved;
    const locale = url.pathname.split('/')[1];
    const notice = await caches.match(`${url.origin}/${LOCALE.test(locale) ? locale : 'de'}/offline/`);
    if (notice) return notice;
    throw error;
  }
}

async function fromCacheOrNetwork(request) {
  const saved = await caches.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(ASSETS).then((assets) => assets.put(request, copy));
  }
  return response;
}

async function fromNetworkOrAnyCache(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await caches.match(request);
    if (saved) return saved;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(fromNetworkOrSaved(request, url));
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(fromCacheOrNetwork(request));
  else event.respondWith(fromNetworkOrAnyCache(request));
});
