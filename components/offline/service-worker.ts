/**
 * The service worker (/sw.js, bundled by scripts/build-enhance.ts): the site readable when the
 * network is what is failing. Workbox routes and strategies, no hand-written cache protocol:
 * - pages: network first, so a new build's page replaces the saved one whenever the network
 *   answers, and the saved one is served when it does not (every page a reader visits is saved);
 * - files named by their content (Next's static files, the site script and its chunks, a search
 *   index folder, images): cache first, since they never change once published;
 * - anything else of the site (the search index's manifest, the offline list): network first.
 * "Save for offline" (components/enhance/offline.ts) sends every page and index file through the
 * same routes with Workbox's CACHE_URLS message. When a new search index is published, the old
 * index folders are deleted from the cache, so the saved collection stays one index, not many.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { Route, Router } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

const PAGES = 'faultline-pages';
const FILES = 'faultline-files';
const OTHER = 'faultline-other';
const INDEX_FOLDER = /^\/search-index\/([0-9a-f]{16})\//;
const IMMUTABLE = /^\/(_next\/static|enhance|media)\//;

// A new worker takes over at once; pages are never reloaded for it (no reload loops).
void self.skipWaiting();
clientsClaim();

const sameSite = (url: URL) => url.origin === self.location.origin;

/** After a new search index manifest is saved, drop the index folders it no longer names. */
const pruneOldIndexes = {
  async cacheDidUpdate({ request, newResponse }: { request: Request; newResponse: Response }) {
    if (!new URL(request.url).pathname.endsWith('/search-index/manifest.json')) return;
    const { base } = (await newResponse.clone().json()) as { base?: string };
    const cache = await caches.open(FILES);
    for (const key of await cache.keys()) {
      const folder = INDEX_FOLDER.exec(new URL(key.url).pathname)?.[1];
      if (folder && `${folder}/` !== base) await cache.delete(key);
    }
  },
};

/**
 * A page's query string is read in the browser (/search/?q=…, /incidents/?depth=brief): the
 * page is the same, so it is saved and found under its address without one.
 */
const pageWithoutQuery = {
  async cacheKeyWillBeUsed({ request }: { request: Request }) {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

const router = new Router();
router.registerRoute(
  new Route(
    // A page is any path ending in "/": navigations, and the pages "save for offline" sends.
    ({ url, request }) => sameSite(url) && (request.mode === 'navigate' || url.pathname.endsWith('/')),
    new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5, plugins: [pageWithoutQuery] }),
  ),
);
router.registerRoute(new Route(({ url }) => sameSite(url) && (IMMUTABLE.test(url.pathname) || INDEX_FOLDER.test(url.pathname)), new CacheFirst({ cacheName: FILES })));
router.registerRoute(new Route(({ url }) => sameSite(url), new NetworkFirst({ cacheName: OTHER, networkTimeoutSeconds: 5, plugins: [pruneOldIndexes] })));
router.addFetchListener();
router.addCacheListener();
