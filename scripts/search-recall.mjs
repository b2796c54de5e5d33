// npm run search:recall [-- <dist dir>]: runs the query and question sets of tests/e2e/search-queries.ts
// through the real search dialog of a built site and prints top-1 and top-3 per locale, with every miss.
// It asserts nothing: use it to compare builds, for example before moving Pagefind off 1.4.0
// (`npm install -D pagefind@<version> && npm run build && npm run search:recall`), against the figures
// the browser tests require (queries: top-1 ≥ 80 %, top-3 ≥ 95 %; questions: top-3 ≥ 90 %).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? 'dist';
const PORT = Number(process.env.RECALL_PORT ?? 4339);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(PORT, resolve));

// The sets are TypeScript; Node 24 strips the types on import.
const { queries, questions } = await import('../tests/e2e/search-queries.ts');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  for (const locale of ['en', 'zh-cn']) {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${PORT}/${locale}/`);
    await page.click('[data-search-open]');
    for (const [name, set] of [['queries', queries[locale]], ['questions', questions[locale]]]) {
      let top1 = 0;
      let top3 = 0;
      const misses = [];
      for (const { query, expect } of set) {
        await page.fill('[data-search-input]', query);
        await page.waitForFunction(() => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return status !== '' && !status.includes('…');
        }, null, { timeout: 15_000 });
        const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href').replace(/\?[^#]*/, '')));
        const at = hrefs.findIndex((h) => h.endsWith(expect));
        if (at === 0) top1++;
        if (at >= 0 && at < 3) top3++;
        if (at !== 0) misses.push(`  ${at < 0 ? 'miss' : `#${at + 1}`}  ${query} → ${expect}`);
      }
      const pct = (n) => `${((100 * n) / set.length).toFixed(1)} %`;
      console.log(`${locale} ${name} (${set.length}): top-1 ${pct(top1)}, top-3 ${pct(top3)}`);
      if (misses.length) console.log(misses.join('\n'));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
