// The reader on a phone: the header keeps one line with the chapter menu open, the search dialog shows a
// screenful of results, and a back-to-top link appears once the reader is a screen down.
import { test, expect, axe, useTheme } from './fixtures';

const menuClose = { en: 'Close chapters', 'zh-cn': '关闭章节菜单' } as const;
const searchName = { en: 'Search', 'zh-cn': '搜索' } as const;
const toTopName = { en: 'Back to top', 'zh-cn': '回到顶部' } as const;
const query = { en: 'ROI', 'zh-cn': '定价' } as const;

for (const locale of ['en', 'zh-cn'] as const) {
  for (const width of [360, 390]) {
    test(`with the chapter menu open, the header keeps one line and a full search button at ${width} px (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`/${locale}/03-core-strategies/`);
      const header = page.locator('.site-header');
      const headerBox = (await header.boundingBox())!;
      await page.locator('[data-menu-button]').click();
      // The button is named for what it does now, and says that it is open.
      const menu = page.getByRole('button', { name: menuClose[locale], exact: true });
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#sidebar')).toBeVisible();
      // The open menu covers the page down to the bottom of the screen.
      expect(Math.round((await page.locator('#sidebar').boundingBox())!.height + headerBox.height)).toBeGreaterThanOrEqual(843);

      expect((await header.boundingBox())!.height).toBe(headerBox.height);
      const search = page.getByRole('button', { name: searchName[locale], exact: true });
      const [m, s] = [(await menu.boundingBox())!, (await search.boundingBox())!];
      // One line: neither button wraps, both sit inside the header, side by side, with the search button at
      // a full 44 px tap target and its icon showing whole.
      for (const box of [m, s]) {
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeLessThanOrEqual(48);
        expect(box.y).toBeGreaterThanOrEqual(headerBox.y);
        expect(box.y + box.height).toBeLessThanOrEqual(headerBox.y + headerBox.height);
      }
      expect(Math.abs(m.y + m.height / 2 - (s.y + s.height / 2))).toBeLessThan(2);
      expect(m.x + m.width).toBeLessThan(s.x);
      expect(s.width).toBeGreaterThanOrEqual(44);
      expect(s.x + s.width).toBeLessThanOrEqual(width);
      const icon = (await search.locator('svg').boundingBox())!;
      expect(icon.width).toBeGreaterThanOrEqual(14);
      expect(icon.x).toBeGreaterThanOrEqual(s.x);
      expect(icon.x + icon.width).toBeLessThanOrEqual(s.x + s.width);
      // Nothing in the header sticks out of the screen.
      expect(await page.evaluate(() => document.querySelector('.site-header')!.scrollWidth)).toBeLessThanOrEqual(width);

      // Escape closes the menu and gives the button back its opening name.
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-menu-button]')).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('[data-menu-button]')).toBeFocused();
      await expect(page.locator('#sidebar')).toBeHidden();
    });
  }

  test(`the search dialog shows at least five whole results at 390 × 844, and no cut-off hint (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/03-core-strategies/`);
    await page.locator('[data-search-open]').click();
    await page.fill('[data-search-input]', query[locale]);
    await expect(page.locator('[data-search-status]')).toHaveText(/results?|结果/, { timeout: 15_000 });
    await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
    const list = (await page.locator('[data-search-results]').boundingBox())!;
    const boxes = await page.locator('[data-search-results] li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    // Whole results in sight without scrolling: inside the list's visible box and the screen.
    const bottom = Math.min(list.y + list.height, 844);
    const whole = boxes.filter((b) => b.top >= list.y - 1 && b.bottom <= bottom + 1);
    expect(whole.length).toBeGreaterThanOrEqual(5);
    // The keyboard hint either stays out (touch, narrow) or shows whole inside the dialog.
    const hint = page.locator('.search-hint');
    if (await hint.isVisible()) {
      const h = (await hint.boundingBox())!;
      const d = (await page.locator('[data-search-dialog]').boundingBox())!;
      expect(h.y + h.height).toBeLessThanOrEqual(Math.min(d.y + d.height, 844));
    }
    expect(await page.locator('[data-search-dialog]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  test(`back to top appears after a screen of scrolling and takes the reader and focus to the top (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await useTheme(page, 'dark');
    await page.goto(`/${locale}/03-core-strategies/`);
    const toTop = page.getByRole('link', { name: toTopName[locale], exact: true });
    await expect(toTop).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, innerHeight * 0.6));
    await expect(toTop).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, innerHeight * 2));
    await expect(toTop).toBeVisible();
    await expect(toTop).toHaveAttribute('href', '#top');
    expect(await axe(page, '[data-to-top]')).toEqual([]);
    // It keeps clear of the sticky table of contents, and a whole tap target.
    const box = (await toTop.boundingBox())!;
    const toc = (await page.locator('[data-toc-mobile]').boundingBox())!;
    expect(box.y).toBeGreaterThan(toc.y + toc.height);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // With reduced motion it neither fades nor scrolls smoothly.
    expect(await toTop.evaluate((el) => getComputedStyle(el).transitionDuration)).toMatch(/^0s/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');

    // Keyboard: the focus ring shows, Enter goes to the top, and the next Tab starts from the title.
    await toTop.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(toTop).toBeFocused();
    expect(await toTop.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await expect(page.locator('main h1#top')).toBeFocused();
    await expect(toTop).toBeHidden();
  });

  test(`back to top is on the glossary and the handbook too (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['glossary', 'handbook/operator']) {
      await page.goto(`/${locale}/${path}/`);
      const toTop = page.getByRole('link', { name: toTopName[locale], exact: true });
      await expect(toTop).toBeHidden();
      await page.evaluate(() => window.scrollTo(0, innerHeight * 1.5));
      await expect(toTop).toBeVisible();
      await toTop.click();
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-to-top]')).toBeHidden();
  });
}
