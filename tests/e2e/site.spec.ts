import { test, expect, axe, chapterSlugs, useTheme } from './fixtures';

test('the root page offers both languages and works without redirecting', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a[data-locale-choice="en"]')).toHaveAttribute('href', '/en/');
  await expect(page.locator('a[data-locale-choice="zh-cn"]')).toHaveAttribute('href', '/zh-cn/');
  await page.click('a[data-locale-choice="zh-cn"]');
  await expect(page).toHaveURL(/\/zh-cn\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('every chapter page links its twin with hreflang alternates', async ({ page }) => {
  await page.goto('/en/03-core-strategies/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh-cn\/03-core-strategies\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/03-core-strategies\/$/);
});

test('switching language lands on the same chapter and section', async ({ page }) => {
  await page.goto('/en/05-marketing/#seo-and-ads');
  await page.click('[data-language-link]');
  await expect(page).toHaveURL(/\/zh-cn\/05-marketing\/#seo-and-ads$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h2#seo-and-ads')).toBeVisible();
  // The link carries the place once the page's script runs; a click while it still loads opens the chapter's top.
  await page.waitForLoadState('load');
  await page.click('[data-language-link]');
  await expect(page).toHaveURL(/\/en\/05-marketing\/#seo-and-ads$/);
});

test('previous and next walk through the chapters in order', async ({ page }) => {
  await page.goto(`/en/${chapterSlugs[0]}/`);
  await expect(page.locator('.pagination a[rel="prev"]')).toHaveCount(0);
  for (const slug of chapterSlugs.slice(1)) {
    await page.click('.pagination a[rel="next"]');
    await expect(page).toHaveURL(new RegExp(`/en/${slug}/$`));
  }
  await expect(page.locator('.pagination a[rel="next"]')).toHaveCount(0);
  await page.click('.pagination a[rel="prev"]');
  await expect(page).toHaveURL(new RegExp(`/en/${chapterSlugs[6]}/$`));
});

test('the sidebar marks the current chapter and lists its sections', async ({ page }) => {
  await page.goto('/zh-cn/06-data-driven/');
  const current = page.locator('.sidebar a[aria-current="page"]');
  await expect(current).toHaveAttribute('href', '/zh-cn/06-data-driven/');
  await expect(page.locator('.sidebar .sidebar-sections a')).toHaveCount(4);
  await expect(page.locator('.toc a[href="#kpis"]')).toHaveCount(1);
});

test('the theme choice survives a reload and is applied before first paint', async ({ page }) => {
  await page.goto('/en/');
  await page.selectOption('[data-theme-select]', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  // Read the attribute as soon as the document exists, before stylesheets and module scripts run.
  const early = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(early).toBe('dark');
  await expect(page.locator('[data-theme-select]')).toHaveValue('dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 22, 26)');
  await page.selectOption('[data-theme-select]', 'auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the theme is set by the inline head script, not by a later module', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('playbook:theme', 'dark');
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { themeAtInteractive?: string | undefined }).themeAtInteractive = document.documentElement.dataset.theme;
    });
  });
  await page.goto('/en/02-market-analysis/');
  expect(await page.evaluate(() => (window as unknown as { themeAtInteractive?: string }).themeAtInteractive)).toBe('dark');
  await context.close();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/01-introduction/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('on a 360 px screen the chapters sit behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/04-customer-experience/');
  const sidebar = page.locator('#sidebar');
  await expect(sidebar).toBeHidden();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  const menu = page.locator('[data-menu-button]');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(menu).toBeFocused();
});

test('printing hides the navigation and writes out link targets', async ({ page }) => {
  await page.goto('/en/03-core-strategies/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#sidebar')).toBeHidden();
  await expect(page.locator('.pagination')).toBeHidden();
  const after = await page.evaluate(() => {
    const link = document.querySelector('main a[href^="/"]');
    return link ? getComputedStyle(link, '::after').content : '';
  });
  expect(after).toMatch(/\(\/(en|zh-cn)\//);
});

test('checklist ticks are kept per section across reloads', async ({ page }) => {
  await page.goto('/en/03-core-strategies/');
  const list = page.locator('[data-checklist="product"]');
  const first = list.locator('input[type="checkbox"]').first();
  await expect(first).toBeEnabled();
  await first.check();
  await page.reload();
  await expect(page.locator('[data-checklist="product"] input[type="checkbox"]').first()).toBeChecked();
  await expect(page.locator('[data-checklist="channels"] input[type="checkbox"]').first()).not.toBeChecked();
});

for (const locale of ['en', 'zh-cn'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations on home and a chapter (${locale}, ${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      for (const path of [`/${locale}/`, `/${locale}/03-core-strategies/`]) {
        await page.goto(path);
        expect(await axe(page), path).toEqual([]);
      }
    });
  }
}
