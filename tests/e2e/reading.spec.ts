import { test, expect, axe, useTheme } from './fixtures';

for (const locale of ['en', 'zh-cn'] as const) {
  test(`at 360 px the header is one line and the section control names the section in view (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/04-customer-experience/`);
    const header = page.locator('.site-header');
    const box = await header.boundingBox();
    // One line: every control sits inside the header's single row, and nothing scrolls sideways.
    for (const selector of ['[data-menu-button]', '.site-name', '[data-search-open]', '[data-language-link]', '.theme-select label']) {
      const b = (await page.locator(selector).boundingBox())!;
      expect(b.y, selector).toBeGreaterThanOrEqual(box!.y);
      expect(b.y + b.height, selector).toBeLessThanOrEqual(box!.y + box!.height);
      expect(b.x + b.width, selector).toBeLessThanOrEqual(360);
    }
    // No visible text in the header wraps onto a second line ("简体中文" did, at 390 px).
    const wrapped = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('.site-header')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (!node.nodeValue?.trim()) continue;
        // Text kept only for screen readers sits in a 1 px box; it is not on screen to wrap.
        const box = node.parentElement!.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(node.nodeValue.trim());
      }
      return out;
    });
    expect(wrapped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const control = page.locator('[data-toc-mobile]');
    await expect(control).toBeVisible();
    const titles = await page.$$eval('main h2[id]', (hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
    for (const { id, text } of [titles[2]!, titles[0]!]) {
      await page.evaluate((target) => {
        const h = document.getElementById(target)!;
        window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 130);
      }, id);
      await expect(control.locator('[data-toc-current]')).toHaveText(text);
      const stuck = (await control.boundingBox())!;
      expect(stuck.y).toBeLessThanOrEqual(box!.height + 1); // sticky under the header
    }
    // It opens the list of sections, and choosing one closes it again.
    await control.locator('summary').click();
    await control.locator(`a[href="#${titles[3]!.id}"]`).click();
    await expect(control).not.toHaveAttribute('open', '');
    await expect(page).toHaveURL(new RegExp(`#${titles[3]!.id}$`));
    await expect(control.locator('[data-toc-current]')).toHaveText(titles[3]!.text);
  });
}

test('every section heading has a link to itself, named after the section and shown on focus', async ({ page }) => {
  await page.goto('/en/04-customer-experience/');
  const headings = await page.$$eval('main .heading-wrapper > h2[id]', (hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
  expect(headings.length).toBe(4);
  for (const { id, text } of headings) {
    const link = page.locator(`a.heading-anchor[href="#${id}"]`);
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAccessibleName(`Link to this section: ${text}`);
  }
  // The heading's own name stays just its title.
  await expect(page.getByRole('heading', { level: 2, name: headings[0]!.text, exact: true })).toHaveCount(1);
  const first = page.locator(`a.heading-anchor[href="#${headings[0]!.id}"]`);
  await expect(first).toHaveCSS('opacity', '0');
  await first.focus();
  await expect(first).toHaveCSS('opacity', '1');
  await first.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/04-customer-experience/#${headings[0]!.id}$`));
  await page.goto('/zh-cn/04-customer-experience/');
  await expect(page.locator('a.heading-anchor[href="#customer-service"]')).toHaveAccessibleName('本节链接：客户服务质量与效率的提升');
});

for (const [locale, theme] of [['en', 'dark'], ['zh-cn', 'light']] as const) {
  test(`no axe violations at 360 px with the icon header and the open section list (${locale}, ${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/03-core-strategies/`);
    await page.locator('[data-toc-mobile] summary').click();
    await expect(page.locator('[data-toc-mobile]')).toHaveAttribute('open', '');
    expect(await axe(page)).toEqual([]);
  });
}
