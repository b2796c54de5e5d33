import { test, expect, axe, useTheme } from './fixtures';
import type { Page } from '@playwright/test';
import { queries } from './search-queries';

async function openSearch(page: Page, how: 'button' | 'slash' | 'ctrl-k' = 'button') {
  if (how === 'button') await page.click('[data-search-open]');
  else if (how === 'slash') await page.keyboard.press('/');
  else await page.keyboard.press('Control+k');
  const dialog = page.locator('[data-search-dialog]');
  await expect(dialog).toBeVisible();
  await expect(page.locator('[data-search-input]')).toBeFocused();
  return dialog;
}

async function search(page: Page, query: string) {
  await page.fill('[data-search-input]', query);
  await expect(page.locator('[data-search-status]')).toHaveText(/results|结果|No results|没有找到/, { timeout: 15_000 });
  return page.locator('[data-search-results] a');
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
  test(`query set (${locale}): at least 95 % of queries find their section`, async ({ page }) => {
    test.setTimeout(120_000);
    const set = queries[locale];
    expect(set.length).toBeGreaterThanOrEqual(20);
    await page.goto(`/${locale}/`);
    await openSearch(page);
    const misses: string[] = [];
    for (const { query, expect: wanted } of set) {
      const results = await search(page, query);
      const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
      if (!hrefs.slice(0, 8).some((h) => h.endsWith(wanted))) misses.push(`${query} → ${wanted} (got ${hrefs.slice(0, 5).join(', ')})`);
    }
    const recall = (set.length - misses.length) / set.length;
    console.log(`search recall ${locale}: ${(recall * 100).toFixed(1)} % (${set.length - misses.length}/${set.length})${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
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
