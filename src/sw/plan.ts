import * as z from 'zod/mini';

/**
 * What the service worker keeps and where: plain functions shared by the worker (src/sw/sw.ts), the build
 * step that lists the site's files (src/integrations/service-worker.ts) and the page that asks to keep them.
 */

export type FileKind = 'page' | 'asset' | 'search' | 'other';

/** Cache names carry a version: a worker that changes how it stores things starts from clean caches. */
const CACHE_VERSION = 1;
export function cacheFor(kind: FileKind): string {
  return `playbook-${kind === 'other' ? 'asset' : kind}-v${CACHE_VERSION}`;
}

/**
 * The key a page is kept under: its address without query or fragment, so `?path=operator` and
 * `?highlight=…` open the same stored page.
 * @example pageCacheKey('https://x.test/en/start/?path=operator#by-role') //=> 'https://x.test/en/start/'
 */
export function pageCacheKey(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** `offline.json`: every file a reader needs to read and search the playbook offline, in both languages. */
export const offlineListSchema = z.object({
  /** Total bytes of the files, for the button to say how much it will store. */
  bytes: z.number().check(z.int(), z.gte(0)),
  files: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20_000)),
});
export type OfflineList = z.infer<typeof offlineListSchema>;

/**
 * The list for `offline.json` from the built files (paths relative to the output folder, `/` separated):
 * pages as their directory addresses, bundles, the search index and the icon; not the worker itself, the
 * host's header file, sitemaps, or the 404 page.
 * @example offlineList([['en/index.html', 10], ['_astro/a.js', 5], ['sw.js', 3], ['sitemap-0.xml', 1]]).files //=> ['en/', '_astro/a.js']
 */
export function offlineList(files: readonly (readonly [path: string, bytes: number])[]): OfflineList {
  const kept: string[] = [];
  let bytes = 0;
  for (const [path, size] of files) {
    if (/^(sw\.js|offline\.json|_headers|404\.html|sitemap[^/]*\.xml|robots\.txt)$/.test(path)) continue;
    kept.push(path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
    bytes += size;
  }
  kept.sort();
  return { bytes, files: kept };
}

export type OfflineMessage =
  | { type: 'skip-waiting' }
  | { type: 'keep-page'; urls: string[] }
  | { type: 'keep-all' };

export type OfflineReply = { type: 'keep-progress'; done: number; total: number } | { type: 'keep-done'; total: number; failed: number };
