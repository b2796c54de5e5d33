import { test, expect, axe, useTheme } from './fixtures';
import type { Page } from '@playwright/test';
import { queries, questions, type SearchCase } from './search-queries';

async function openSearch(page: Page, how: 'button' | 'slash' | 'ctrl-k' = 'button') {
  if (how === 'button') await page.click('[data-search-open]');
  else if (how === 'slash') await page.keyboard.press('/');
  else await page.keyboard.press('Control+k');
  const dialog = page.locator('[data-search-dialog]');
  await expect(dialog).toBeVisible();
  await expect(page.locator('[data-search-input]')).toBeFocused();
  return dialog;
}

/** Types a query and waits until the list shows its results (not those of an earlier query). */
async function search(page: Page, query: string) {
  await page.fill('[data-search-input]', query);
  await expect(page.locator('[data-search-status]')).toHaveText(/results?|结果|No results|没有找到/, { timeout: 15_000 });
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
  return page.locator('[data-search-results] a');
}

const hrefsOf = (results: ReturnType<Page['locator']>) =>
  results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));

/** Runs a set through the dialog; returns top-1 and top-3 shares, the misses, and first-five glossary overflows. */
async function runSet(page: Page, set: SearchCase[]) {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  const crowded: string[] = [];
  for (const { query, expect: wanted } of set) {
    const hrefs = await hrefsOf(await search(page, query));
    const at = hrefs.findIndex((h) => h.endsWith(wanted));
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
    if (at !== 0) misses.push(`${at < 0 ? 'miss' : `#${at + 1}`} ${query} → ${wanted} (got ${hrefs.slice(0, 3).join(', ')})`);
    if (hrefs.slice(0, 5).filter((h) => h.includes('/glossary/')).length > 2) crowded.push(query);
  }
  return { top1: top1 / set.length, top3: top3 / set.length, misses, crowded };
}

test('Pagefind loads only when search is first opened', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('/en/02-market-analysis/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await openSearch(page);
  await expect.poll(() => pagefindRequests.length).toBeGreaterThan(0);
});

test('the dialog opens with the button, / and Ctrl+K, and Escape closes it and restores focus', async ({ page }) => {
  await page.goto('/en/');
  for (const how of ['button', 'slash', 'ctrl-k'] as const) {
    const dialog = await openSearch(page, how);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await page.click('[data-search-open]');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-open]')).toBeFocused();
});

test('keyboard only: open, type, move through results with arrows, open one with Enter and see highlights', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('body').press('/');
  // The dialog's code loads on first use: the reader types once it is open, as a person would.
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.type('break-even uplift');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await results.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => href !== null && url.href.includes(href.split('#')[0]!.split('?')[0]!));
  expect(page.url()).toContain('highlight=');
  await expect(page.locator('mark[data-search-highlight]').first()).toBeVisible();
});

test('a Chinese search opens the section with the terms highlighted', async ({ page }) => {
  await page.goto('/zh-cn/');
  await openSearch(page);
  const results = await search(page, '速算扣除数');
  const target = results.filter({ has: page.locator('.result-title') }).first();
  await target.click();
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator('mark[data-search-highlight]').first()).toHaveText('速算扣除数');
});

test('filters by kind and by chapter', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page);
  await page.selectOption('[data-search-filter="kind"]', 'glossary');
  let results = await search(page, 'margin');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toContain('/en/glossary/');
  await page.selectOption('[data-search-filter="kind"]', 'chapter');
  await page.selectOption('[data-search-filter="chapter"]', '7');
  results = await search(page, 'margin');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toContain('/en/07-team/');
});

test('typing fast then ↓ Enter opens the first result of the final query, not of a half-typed one', async ({ page }) => {
  const query = 'safety stock';
  await page.goto('/en/');
  await openSearch(page);
  const expected = (await hrefsOf(await search(page, query)))[0]!;
  expect(expected).toContain('#supply-chain');
  await page.fill('[data-search-input]', '');
  await page.keyboard.type(query); // no delay: every keystroke starts a search while the last is running
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname + url.hash === expected);
  expect(new URL(page.url()).searchParams.get('highlight')).toBe('safety stock');
});

test('while a newer query runs the list says it is out of date, and Enter waits for it', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page);
  await search(page, 'checkout');
  const during = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
    input.value = 'hiring';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return {
      busy: document.querySelector('[data-search-results]')!.getAttribute('aria-busy'),
      status: document.querySelector('[data-search-status]')!.textContent,
    };
  });
  expect(during).toEqual({ busy: 'true', status: 'Searching…' });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/07-team\/.*#building-the-team$/);
});

test('stop words neither rank nor highlight; counts are singular for one result', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page);
  const results = await search(page, 'how to write a product title');
  const marks = await page.locator('[data-search-results] mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(m.toLowerCase()).toMatch(/^(product|title)s?$/);
  await results.first().click();
  await page.waitForURL(/highlight=/);
  // The landing page marks the terms once its highlight script has run.
  await expect(page.locator('mark[data-search-highlight]').first()).toBeAttached();
  const landing = await page.locator('mark[data-search-highlight]').allTextContents();
  expect(landing.length).toBeGreaterThan(0);
  for (const m of landing) expect(m.toLowerCase()).toMatch(/^(product|title)(s|'s)?$/);

  await page.goto('/en/');
  await openSearch(page);
  await page.selectOption('[data-search-filter="kind"]', 'chapter');
  await search(page, 'Jingxuan');
  await expect(page.locator('[data-search-status]')).toHaveText('1 result');
});

test('"what is" questions lead to the definition, also with the glossary filter', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page);
  expect((await hrefsOf(await search(page, 'what is ROAS')))[0]).toBe('/en/glossary/#roas');
  await page.selectOption('[data-search-filter="kind"]', 'glossary');
  expect((await hrefsOf(await search(page, 'what is AOV')))[0]).toBe('/en/glossary/#aov');
  await page.keyboard.press('Escape');
  await page.goto('/zh-cn/');
  await openSearch(page);
  const hrefs = await hrefsOf(await search(page, '什么是GMV'));
  expect(hrefs[0]).toBe('/zh-cn/glossary/#gmv');
  expect(hrefs[1]).toMatch(/^\/zh-cn\/\d\d-[a-z-]+\/#/);
});

test('results teach: no quiz page on top, no interface text in excerpts', async ({ page }) => {
  for (const [locale, list] of [
    ['en', ['how to set team KPIs', 'how to write a product title', 'what is GMV', 'customer service', 'checklist']],
    ['zh-cn', ['什么是GMV', '店铺评分低怎么办', '客服', 'JavaScript']],
  ] as const) {
    await page.goto(`/${locale}/`);
    await openSearch(page);
    for (const query of list) {
      const results = await search(page, query);
      const hrefs = await hrefsOf(results);
      expect(hrefs.slice(0, 3).some((h) => h.includes('/start/')), `${query}: ${hrefs.join(', ')}`).toBe(false);
      const text = (await page.locator('[data-search-results]').textContent()) ?? '';
      expect(text, query).not.toMatch(/of \d+ done|ticks are kept|Clear ticks|已完成 \d+\/\d+|需要启用 JavaScript|needs JavaScript/);
    }
    await page.keyboard.press('Escape');
  }
});

test('each glossary term is its own result in both languages', async ({ page }) => {
  for (const [locale, query, anchor] of [['en', 'ROAS', '#roas'], ['zh-cn', '复购率', '#repurchase-rate']] as const) {
    await page.goto(`/${locale}/`);
    await openSearch(page);
    const results = await search(page, query);
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((h) => h.includes(`/${locale}/glossary/`) && h.endsWith(anchor))).toBe(true);
    await page.keyboard.press('Escape');
  }
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`query set (${locale}): the expected section is first for ≥ 80 % and in the top three for ≥ 95 %`, async ({ page }) => {
    test.setTimeout(240_000);
    const set = queries[locale];
    expect(set.length).toBeGreaterThanOrEqual(60);
    await page.goto(`/${locale}/`);
    await openSearch(page);
    const r = await runSet(page, set);
    console.log(`search queries ${locale}: top-1 ${(r.top1 * 100).toFixed(1)} %, top-3 ${(r.top3 * 100).toFixed(1)} % of ${set.length}\n  ${r.misses.join('\n  ')}`);
    expect(r.crowded, 'more than two glossary entries in the first five').toEqual([]);
    expect(r.top1, r.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(r.top3, r.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test(`question set (${locale}): the answer is in the top three for ≥ 90 %`, async ({ page }) => {
    test.setTimeout(180_000);
    const set = questions[locale];
    expect(set.length).toBeGreaterThanOrEqual(30);
    await page.goto(`/${locale}/`);
    await openSearch(page);
    const r = await runSet(page, set);
    console.log(`search questions ${locale}: top-1 ${(r.top1 * 100).toFixed(1)} %, top-3 ${(r.top3 * 100).toFixed(1)} % of ${set.length}\n  ${r.misses.join('\n  ')}`);
    expect(r.crowded, 'more than two glossary entries in the first five').toEqual([]);
    expect(r.top3, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations in the open search dialog (${locale}, ${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(`/${locale}/`);
      await openSearch(page);
      const results = await search(page, locale === 'en' ? 'pricing' : '定价');
      await expect(results.first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  }
}
