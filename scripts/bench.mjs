// npm run bench: builds the site, serves it, and prints what a reader pays, measured in Chromium.
// Prints tables; asserts nothing (budgets are listed beside the numbers for the reader to compare).
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4329;
const ORIGIN = `http://localhost:${PORT}`;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(1)} ms`;

function table(title, rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(`\n${title}`);
  rows.forEach((r, n) => {
    console.log(`| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`);
    if (n === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  });
}

// 1. Full build
const skipBuild = process.argv.includes('--no-build');
let buildSeconds = NaN;
if (!skipBuild) {
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildSeconds = (performance.now() - t0) / 1000;
}

// 2. Serve dist
const server = spawn('node_modules/.bin/astro', ['preview', '--port', String(PORT)], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(ORIGIN)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** JavaScript a page loads (gzip bytes): external scripts as transferred compressed, inline scripts gzipped. */
async function jsOf(path, { viewport = { width: 1280, height: 800 }, after } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const scripts = new Map();
  const pagefind = new Map();
  page.on('response', async (res) => {
    const url = res.url();
    try {
      const body = await res.body();
      const gz = gzipSync(body).length;
      if (url.includes('/pagefind/')) pagefind.set(url, gz);
      else if (res.request().resourceType() === 'script') scripts.set(url, gz);
    } catch {}
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(Buffer.from(code)).length, 0);
  const before = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
  let afterBytes = null;
  let pagefindBytes = null;
  if (after) {
    await after(page);
    await page.waitForLoadState('networkidle');
    afterBytes = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
    pagefindBytes = [...pagefind.values()].reduce((a, b) => a + b, 0);
  }
  await context.close();
  return { before, after: afterBytes, pagefind: pagefindBytes };
}

const openSearchAndQuery = (query) => async (page) => {
  await page.click('[data-search-open]');
  await page.fill('[data-search-input]', query);
  await page.waitForSelector('[data-search-results] li', { timeout: 15000 });
};

// 3. JavaScript per page type
const pages = [
  ['home', '/en/', null],
  ['chapter', '/en/02-market-analysis/', 25, openSearchAndQuery('pricing')],
  ['chapter (zh-cn)', '/zh-cn/02-market-analysis/', 25, openSearchAndQuery('定价')],
  ['calculator: pricing', '/en/calculators/pricing/', 25],
  ['calculator: pricing (360 px)', '/en/calculators/pricing/', 25],
  ['glossary', '/en/glossary/', null],
];
const jsRows = [['page', 'path', 'JS before interaction (gzip)', 'budget', 'JS after first search', 'search index bytes (first query)']];
for (const [name, path, , after] of pages) {
  const viewport = name.includes('360') ? { width: 360, height: 740 } : undefined;
  const r = await jsOf(path, { viewport, after });
  const budget = name.startsWith('chapter') ? '≤ 15 kB' : name.startsWith('calculator') ? '≤ 25 kB' : '';
  jsRows.push([name, path, kB(r.before), budget, r.after === null ? '' : kB(r.after), r.pagefind === null ? '' : kB(r.pagefind)]);
}

// 4. Search: keystroke to results, median of 20, both locales
async function searchTiming(path, queries) {
  const page = await browser.newPage();
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  await page.click('[data-search-open]');
  await page.fill('[data-search-input]', queries[0]);
  await page.waitForSelector('[data-search-results] li', { timeout: 15000 });
  const times = [];
  for (let i = 0; i < 20; i++) {
    const q = queries[(i + 1) % queries.length];
    const t = await page.evaluate(
      (query) =>
        new Promise((resolve) => {
          const input = document.querySelector('[data-search-input]');
          const list = document.querySelector('[data-search-results]');
          const status = document.querySelector('[data-search-status]');
          const t0 = performance.now();
          const done = () => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          };
          const observer = new MutationObserver(() => {
            if (status.textContent && !status.textContent.includes('…')) done();
          });
          observer.observe(list, { childList: true });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      q,
    );
    times.push(t);
  }
  await page.close();
  return median(times);
}
const searchRows = [['locale', 'keystroke → results (median of 20, includes 150 ms debounce)']];
searchRows.push(['en', ms(await searchTiming('/en/', ['pricing', 'conversion rate', 'inventory', 'commission', 'live commerce']))]);
searchRows.push(['zh-cn', ms(await searchTiming('/zh-cn/', ['定价', '转化率', '库存', '提成', '直播']))]);

// 5. Calculator: input → updated result, median of 50
async function calculatorTiming(path, inputSelector, resultSelector, values) {
  const page = await browser.newPage();
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-ready="true"]');
  const times = [];
  for (let i = 0; i < 50; i++) {
    const t = await page.evaluate(
      ({ inputSelector, resultSelector, value }) =>
        new Promise((resolve) => {
          const input = document.querySelector(inputSelector);
          const result = document.querySelector(resultSelector);
          const before = result.textContent;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (result.textContent !== before) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }
          });
          observer.observe(result, { childList: true, characterData: true, subtree: true });
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { inputSelector, resultSelector, value: values[i % values.length] },
    );
    times.push(t);
  }
  await page.close();
  return median(times);
}
const calcRows = [['calculator', 'input → updated result (median of 50)']];
calcRows.push(['pricing', ms(await calculatorTiming('/en/calculators/pricing/', '#pricing-unit-cost', '[data-result="price"]', ['51', '52.5', '60', '49.99', '75']))]);

await browser.close();
server.kill();

table('Build', [['step', 'time'], ['npm run build (astro build + search index)', Number.isNaN(buildSeconds) ? 'skipped' : `${buildSeconds.toFixed(1)} s`]]);
table('JavaScript per page (Chromium, 1280×800 unless noted)', jsRows);
table('Search', searchRows);
table('Calculators', calcRows);
