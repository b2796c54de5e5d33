// npm run bench: builds the site, serves it, and prints what a reader pays, measured in Chromium.
// Prints tables; asserts nothing (budgets are listed beside the numbers for the reader to compare).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

// BENCH_PORT lets several checkouts bench on one machine without their servers colliding.
const PORT = Number(process.env.BENCH_PORT ?? 4329);
// Filled in as each calculator lands: the field to type in and the result that must change.
const KPI_INPUT = '#kpi-gmv';
const KPI_RESULT = '[data-result="uv"]';
const INCENTIVE_INPUT = '#incentive-sales';
const INCENTIVE_RESULT = '[data-result="payout"]';
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
// `--only=js,search,calculators,lighthouse` runs those sections alone (a quicker look after a change).
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : ['js', 'search', 'calculators', 'lighthouse']);
let buildSeconds = NaN;
if (!skipBuild) {
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildSeconds = (performance.now() - t0) / 1000;
}

// 2. Serve dist the way a static host does — gzip, and the cache rules of public/_headers — with a plain server
// (astro preview allows one server per project, and tests may hold it).
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join('dist', path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate',
    };
    const compressible = /^(text|application\/(json|xml|javascript)|image\/svg)/.test(headers['content-type']) || extname(file) === '.wasm';
    if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(body));
    } else {
      res.writeHead(200, headers);
      res.end(body);
    }
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(PORT, resolve));

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
/** Wakes a calculator the way a reader does: focus its first field. */
const useCalculator = (name) => async (page) => {
  await page.focus(`[data-calculator-island="${name}"] input`);
  await page.waitForSelector(`[data-calculator-island="${name}"][data-ready="true"]`);
};

const calculators = [
  // name, first input to type in, result that must change, values to type
  ['pricing', '#pricing-unit-cost', '[data-result="price"]', ['51', '52.5', '60', '49.99', '75']],
  ['promotion', '#promotion-uplift', '[data-result="incremental-profit"]', ['50', '65', '80', '95', '120']],
  ['kpi', KPI_INPUT, KPI_RESULT, ['2000000', '2500000', '3000000', '3600000', '4200000']],
  ['incentive', INCENTIVE_INPUT, INCENTIVE_RESULT, ['150000', '199999', '200000', '250000', '320000']],
  ['stock', '#stock-leadTimeDays', '[data-result="reorder-point"]', ['14', '10', '20', '7', '16']],
  ['ltv', '#ltv-margin', '[data-result="ltv"]', ['60', '54.5', '70', '45', '80']],
  ['ads', '#ads-margin', '[data-result="break-even-roas"]', ['35', '30', '45', '50', '25']],
];

// Calculators not built yet are left out rather than failing the whole bench.
for (let i = calculators.length - 1; i >= 0; i--) {
  if ((await fetch(`${ORIGIN}/en/calculators/${calculators[i][0]}/`)).status !== 200) calculators.splice(i, 1);
}

const pages = [
  ['home', '/en/', null],
  ['chapter', '/en/02-market-analysis/', 15, openSearchAndQuery('pricing')],
  ['chapter (zh-cn)', '/zh-cn/02-market-analysis/', 15, openSearchAndQuery('定价')],
  ['chapter with calculators (3)', '/en/03-core-strategies/', 15],
  ...calculators.map(([name]) => [`calculator: ${name}`, `/en/calculators/${name}/`, 25, useCalculator(name)]),
  ['calculator: pricing (360 px)', '/en/calculators/pricing/', 25, useCalculator('pricing')],
  ['glossary', '/en/glossary/', null],
];
const jsRows = [['page', 'path', 'JS before interaction (gzip)', 'budget', 'JS after first use (search / calculator)', 'search index bytes (first query)']];
for (const [name, path, , after] of only.has('js') ? pages : []) {
  const viewport = name.includes('360') ? { width: 360, height: 740 } : undefined;
  const r = await jsOf(path, { viewport, after });
  const budget = name.startsWith('chapter') ? '≤ 5 kB' : name.startsWith('calculator') ? '≤ 25 kB' : '';
  if (r.pagefind === 0) r.pagefind = null;
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
const searchRows = [['locale', 'keystroke → results (median of 20, warm; no debounce)', 'budget']];
if (only.has('search')) searchRows.push(['en', ms(await searchTiming('/en/', ['pricing', 'conversion rate', 'inventory', 'commission', 'live commerce', 'how to calculate margin'])), '≤ 100 ms']);
if (only.has('search')) searchRows.push(['zh-cn', ms(await searchTiming('/zh-cn/', ['定价', '转化率', '库存', '提成', '直播', '怎么算毛利率'])), '≤ 100 ms']);

/**
 * Types a value into a calculator field the way an input event does and resolves with the time until the
 * result's text changes (looked up afresh each frame: hydration may replace the node).
 */
const typeAndTime = (page, inputSelector, resultSelector, value) =>
  page.evaluate(
    ({ inputSelector, resultSelector, value }) =>
      new Promise((resolve) => {
        const input = document.querySelector(inputSelector);
        const before = document.querySelector(resultSelector)?.textContent;
        const t0 = performance.now();
        const check = () => {
          if (document.querySelector(resultSelector)?.textContent !== before) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(check);
      }),
    { inputSelector, resultSelector, value },
  );

// 5. Calculator: input → updated result, median of 50
async function calculatorTiming(path, inputSelector, resultSelector, values) {
  const page = await browser.newPage();
  const response = await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  if (process.env.BENCH_DEBUG) console.error(path, response?.status(), await page.title(), await page.locator(inputSelector).count());
  await page.focus(inputSelector);
  await page.waitForSelector('[data-ready="true"]');
  const times = [];
  for (let i = 0; i < 50; i++) {
    const t = await typeAndTime(page, inputSelector, resultSelector, values[i % values.length]);
    times.push(t);
  }
  await page.close();
  return median(times);
}
/**
 * A first visit on a phone network (Slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up; CPU 4× slower),
 * timed from the first keystroke in the first field to the updated result (median of 3 cold visits), two ways:
 * - `settled`: the reader types once the page has loaded and the network has been quiet for half a second,
 *   as someone who reads the form before typing does;
 * - `at load`: the worst case, typing at the load event, before the calculator may have woken.
 * Also the scripts the page has fetched by then, and the longest chain of requests among them (the page, then
 * each script that a fetched script asked for).
 */
async function firstKeystroke(path, inputSelector, resultSelector, value, waitUntil) {
  const times = [];
  let requests = 0;
  let chain = 0;
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const scripts = new Map();
    const depth = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type !== 'Script') return;
      const parent = e.initiator?.url ?? e.initiator?.stack?.callFrames?.[0]?.url ?? '';
      depth.set(e.request.url, (depth.get(parent) ?? 0) + 1);
      scripts.set(e.request.url, true);
    });
    await page.goto(ORIGIN + path, { waitUntil });
    await page.focus(inputSelector);
    const t = await typeAndTime(page, inputSelector, resultSelector, value);
    times.push(t);
    requests = scripts.size;
    chain = Math.max(0, ...depth.values());
    await context.close();
  }
  return { time: median(times), requests, chain };
}

const calcRows = [[
  'calculator',
  'input',
  'input → updated result (warm, median of 50)',
  'first keystroke → result, Slow 4G, settled (budget ≤ 150 ms)',
  'same, typing at load (worst case)',
  'scripts fetched',
  'longest request chain (budget ≤ 3)',
]];
for (const [name, input, result, values] of only.has('calculators') ? calculators : []) {
  const path = `/en/calculators/${name}/`;
  const warm = await calculatorTiming(path, input, result, values);
  const settled = await firstKeystroke(path, input, result, values[0], 'networkidle');
  const atLoad = await firstKeystroke(path, input, result, values[0], 'load');
  calcRows.push([name, input, ms(warm), ms(settled.time), ms(atLoad.time), settled.requests, settled.chain]);
}

await browser.close();

// 6. Lighthouse (mobile, the default form factor) on the four page types
const lighthouseRows = [['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below full marks (perf / best practices)']];
if (only.has('lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const lighthousePages = [['home', '/en/'], ['chapter', '/zh-cn/03-core-strategies/'], ...calculators.map(([name]) => [`calculator: ${name}`, `/en/calculators/${name}/`]), ['glossary', '/en/glossary/']];
  for (const [name, path] of lighthousePages) {
    const run = await lighthouse(ORIGIN + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = run.lhr.categories;
    const score = (k) => (c[k]?.score == null ? 'n/a' : Math.round(c[k].score * 100));
    // What cost the points, so a score below 100 says where to look.
    const missed = ['performance', 'best-practices'].flatMap((k) =>
      (c[k]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (run.lhr.audits[ref.id]?.score ?? 1) < 0.9).map((ref) => ref.id),
    );
    lighthouseRows.push([name, path, score('performance'), score('accessibility'), score('best-practices'), score('seo'), missed.join(', ')]);
  }
  chrome.kill();
}
server.close();

table('Build', [['step', 'time'], ['npm run build (astro build + search index)', Number.isNaN(buildSeconds) ? 'skipped' : `${buildSeconds.toFixed(1)} s`]]);
if (only.has('js')) table('JavaScript per page (Chromium, 1280×800 unless noted)', jsRows);
if (only.has('search')) table('Search', searchRows);
if (only.has('calculators')) table('Calculators', calcRows);
if (only.has('lighthouse')) table('Lighthouse 12.2.3, mobile (target: 100 in every category)', lighthouseRows);
