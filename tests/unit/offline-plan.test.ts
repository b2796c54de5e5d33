import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacheFor, offlineList, offlineListSchema, pageCacheKey } from '../../src/sw/plan';

describe('what the service worker keeps', () => {
  it('keeps a page once, whatever its query or fragment', () => {
    expect(pageCacheKey('https://x.test/en/start/?path=operator#by-role')).toBe('https://x.test/en/start/');
    expect(pageCacheKey('https://x.test/playbook/zh-cn/07-team/?highlight=%E6%8F%90%E6%88%90')).toBe('https://x.test/playbook/zh-cn/07-team/');
  });

  it('lists pages as their addresses and leaves out the worker, headers, sitemaps and the 404 page', () => {
    const list = offlineList([
      ['index.html', 100],
      ['en/index.html', 200],
      ['en/03-core-strategies/index.html', 300],
      ['_astro/site.abc.css', 40],
      ['pagefind/pagefind.js', 50],
      ['favicon.svg', 5],
      ['sw.js', 999],
      ['offline.json', 999],
      ['_headers', 999],
      ['404.html', 999],
      ['sitemap-0.xml', 999],
      ['sitemap-index.xml', 999],
    ]);
    expect(list.files).toEqual(['', '_astro/site.abc.css', 'en/', 'en/03-core-strategies/', 'favicon.svg', 'pagefind/pagefind.js']);
    expect(list.bytes).toBe(100 + 200 + 300 + 40 + 50 + 5);
    expect(offlineListSchema.safeParse(list).success).toBe(true);
  });

  it('writes a list its own schema accepts, for any file names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9_/.-]{1,60}$/), fc.nat(10_000_000)), { maxLength: 200 }), (files) => {
        const list = offlineList(files);
        expect(offlineListSchema.safeParse(list).success).toBe(true);
        expect(list.files.length).toBeLessThanOrEqual(files.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a broken list rather than fetching garbage', () => {
    expect(offlineListSchema.safeParse({ bytes: -1, files: [] }).success).toBe(false);
    expect(offlineListSchema.safeParse({ bytes: 1, files: [42] }).success).toBe(false);
    expect(offlineListSchema.safeParse(null).success).toBe(false);
  });

  it('names caches by kind and version', () => {
    expect(cacheFor('page')).toBe('playbook-page-v1');
    expect(cacheFor('other')).toBe(cacheFor('asset'));
  });
});
