// Checks over the built site (no browser): every internal link and #anchor resolves, and every page has
// its description, Open Graph tags, hreflang alternates and a content security policy.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test, expect } from '@playwright/test';

const DIST = process.env.PLAYBOOK_DIST ?? 'dist';
const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(DIST);
const sitePath = (file: string) => `${BASE}${file.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}
/** The file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(path.slice(BASE.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(DIST, rel, 'index.html')] : [join(DIST, rel), join(DIST, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const from = sitePath(file);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/|data:)/i.test(raw)) continue;
      const [pathAndQuery, hash] = raw.split('#', 2) as [string, string | undefined];
      const path = pathAndQuery.split('?')[0]!;
      const target = path === '' ? file : fileFor(path.startsWith('/') ? path : posix.join(posix.dirname(from.endsWith('/') ? `${from}x` : from), path));
      if (!target) {
        broken.push(`${from} → ${raw} (no such page)`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
        broken.push(`${from} → ${raw} (no #${hash})`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every page has a description, Open Graph tags, hreflang alternates and a CSP', () => {
  const missing: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const from = sitePath(file);
    for (const [what, re] of [
      ['description', /<meta name="description" content="[^"]{20,}"/],
      ['og:title', /<meta property="og:title" content="[^"]+"/],
      ['og:description', /<meta property="og:description" content="[^"]+"/],
      ['hreflang en', /<link rel="alternate" hreflang="en"/],
      ['hreflang zh-CN', /<link rel="alternate" hreflang="zh-CN"/],
      ['csp', /<meta http-equiv="content-security-policy" content="[^"]*script-src/],
      ['lang', /<html lang="(en|zh-CN)"/],
    ] as const) {
      if (!re.test(html)) missing.push(`${from}: ${what}`);
    }
    if (/\son[a-z]+="/i.test(html)) missing.push(`${from}: inline event handler`);
    if (/script-src[^;]*'unsafe-inline'/.test(html)) missing.push(`${from}: unsafe-inline scripts`);
  }
  expect(missing).toEqual([]);
});

test('the sitemap lists every page with hreflang alternates', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const file of pages) {
    const path = sitePath(file);
    if (path.endsWith('404.html')) continue;
    expect(locs, path).toContain(path);
  }
  expect(xml).toContain('hreflang="zh-CN"');
});

test('every page is valid HTML (html-validate)', () => {
  const result = spawnSync(process.execPath, ['node_modules/html-validate/bin/html-validate.mjs', '--formatter', 'text', `${DIST}/**/*.html`], {
    encoding: 'utf8',
  });
  expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
  expect(result.status).toBe(0);
});

test('each templates page lists every template file with its real size, and no page script carries the spreadsheet writer', () => {
  for (const locale of ['en', 'zh-cn']) {
    const html = readFileSync(join(DIST, locale, 'templates', 'index.html'), 'utf8');
    const rows = [...html.matchAll(/<tr data-template-row="([^"]+)" data-bytes="(\d+)"[^>]*>[\s\S]*?href="([^"]+)"/g)];
    expect(rows.map((r) => r[1])).toEqual(['price-sheet', 'promotion-plan', 'kpi-plan', 'campaign-checklist', 'raci', 'metric-dictionary']);
    for (const [, , bytes, href] of rows) {
      const file = fileFor(href!);
      expect(file, href).toBeTruthy();
      expect(statSync(file!).size, href).toBe(Number(bytes));
    }
  }
  // exceljs runs at build time only: its code (and the workbook XML it writes) is in no bundle a page loads.
  const bundles = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
  expect(bundles.length).toBeGreaterThan(0);
  const carrying = bundles.filter((f) => /exceljs|spreadsheetml|xl\/workbook\.xml/.test(readFileSync(join(DIST, '_astro', f), 'utf8')));
  expect(carrying).toEqual([]);
});
