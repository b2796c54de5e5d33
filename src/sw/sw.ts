/**
 * The service worker (built to `sw.js` by src/integrations/service-worker.ts). Pages a reader opens stay
 * readable offline: pages are fetched network-first and kept, hashed bundles are kept for good, the search
 * index is served from the cache and refreshed behind. "Keep the whole playbook offline" (a message from the
 * page) stores every page and the search index of both languages, listed in `offline.json` at build time.
 * A new version waits until the reader accepts the update prompt.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { cacheFor, offlineListSchema, pageCacheKey, type OfflineMessage, type OfflineReply } from './plan';

// The little of the worker scope this file uses, typed here: the webworker library's types would clash with
// the DOM types the rest of the project is checked against.
interface WorkerMessageEvent {
  data: unknown;
  source: { postMessage(data: unknown): void } | null;
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
  addEventListener(type: 'install', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
}
const worker = self as unknown as WorkerScope;

const scope = new URL(worker.registration.scope);
const inScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
// One entry per page whatever its query (?path=, ?highlight=): what a reader opened is what they get offline.
const pageKey = { cacheKeyWillBeUsed: async ({ request }: { request: Request }) => pageCacheKey(request.url) };

clientsClaim();

// Stored responses answer whatever headers the page's request carries: hosts that send `Vary: Origin` would
// otherwise never match a module script (sent with Origin) against the copy stored here (fetched without).
const matchOptions = { ignoreVary: true };

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && inScope(url),
  new NetworkFirst({ cacheName: cacheFor('page'), networkTimeoutSeconds: 4, plugins: [pageKey], matchOptions }),
);
registerRoute(
  ({ url }) => inScope(url) && kindOf(url) === 'asset',
  // Old bundles of earlier versions go once there are many more than one version needs.
  new CacheFirst({ cacheName: cacheFor('asset'), plugins: [new ExpirationPlugin({ maxEntries: 400 }) as WorkboxPlugin], matchOptions }),
);
registerRoute(({ url }) => inScope(url) && kindOf(url) === 'search', // Pagefind adds a cache-busting `?ts=` to its entry file: the stored copy answers any of them offline.
  new StaleWhileRevalidate({ cacheName: cacheFor('search'), matchOptions: { ...matchOptions, ignoreSearch: true } }));
registerRoute(({ url, request }) => inScope(url) && request.method === 'GET' && kindOf(url) === 'other', new StaleWhileRevalidate({ cacheName: cacheFor('asset'), matchOptions }));

function kindOf(url: URL): 'page' | 'asset' | 'search' | 'other' {
  const path = url.pathname.slice(scope.pathname.length);
  if (path.startsWith('_astro/')) return 'asset';
  if (path.startsWith('pagefind/')) return 'search';
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'page';
  return 'other';
}

/** Stores what is not stored yet; returns how many could not be fetched. */
async function keep(urls: readonly string[], onProgress?: (done: number) => void): Promise<number> {
  let failed = 0;
  let done = 0;
  const queue = [...new Set(urls)];
  const fetchNext = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const at = new URL(url, scope);
      if (!inScope(at)) continue;
      const kind = kindOf(at);
      const cache = await caches.open(cacheFor(kind));
      const key = kind === 'page' ? pageCacheKey(at.href) : at.href;
      try {
        if (!(await cache.match(key, matchOptions))) {
          const response = await fetch(at.href, { credentials: 'same-origin' });
          if (response.ok) await cache.put(key, response);
          else failed++;
        }
      } catch {
        failed++;
      }
      onProgress?.(++done);
    }
  };
  // A few at a time: fast on a good line, gentle on a phone's.
  await Promise.all([fetchNext(), fetchNext(), fetchNext(), fetchNext()]);
  return failed;
}

/** The list of files `offline.json` names, checked; undefined when it cannot be had. */
async function offlineFiles(): Promise<readonly string[] | undefined> {
  try {
    const response = await fetch(new URL('offline.json', scope).href, { cache: 'no-cache' });
    const list = offlineListSchema.safeParse(await response.json());
    return list.success ? list.data.files : undefined;
  } catch {
    return undefined;
  }
}

// On install, the site's scripts, styles and icon (about 100 kB compressed): what any page loads later, on
// the reader's first move or first search, is then there offline too. Pages and the index wait to be asked.
worker.addEventListener('install', (event) => {
  event.waitUntil(offlineFiles().then((files) => files && keep(files.filter((file) => file.startsWith('_astro/') || file === 'favicon.svg'))));
});

worker.addEventListener('message', (event) => {
  const message = event.data as OfflineMessage | undefined;
  const reply = (data: OfflineReply) => event.source?.postMessage(data);
  if (message?.type === 'skip-waiting') void worker.skipWaiting();
  if (message?.type === 'keep-page') {
    const [page, ...used] = message.urls.filter((u) => typeof u === 'string' && u !== '').slice(0, 200);
    // What the page used first, the page last: once the page is stored, it opens complete.
    if (page) event.waitUntil(keep(used).then(() => keep([page])));
  }
  if (message?.type === 'keep-all') {
    event.waitUntil(
      (async () => {
        const files = await offlineFiles();
        if (!files) return reply({ type: 'keep-done', total: 0, failed: -1 });
        const total = files.length;
        let last = 0;
        const failed = await keep(files, (done) => {
          // Progress about every 2 %, not on every file.
          if (done === total || done - last >= Math.max(1, Math.floor(total / 50))) {
            last = done;
            reply({ type: 'keep-progress', done, total });
          }
        });
        reply({ type: 'keep-done', total, failed });
      })(),
    );
  }
});
