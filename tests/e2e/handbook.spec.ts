import { test, expect, axe } from './fixtures';

for (const locale of ['en', 'zh-cn'] as const) {
  test(`the handbook holds the whole playbook in order, laid out for print (${locale})`, async ({ page }) => {
    // Eight chapters on one page: axe needs longer than on a chapter.
    test.setTimeout(120_000);
    await page.goto(`/${locale}/handbook/`);
    // No site chrome: no header, menu, search or footer.
    await expect(page.locator('.site-header, #sidebar, .search-dialog, .site-footer')).toHaveCount(0);
    const chapters = page.locator('article.handbook-chapter');
    await expect(chapters).toHaveCount(8);
    await expect(chapters.first().locator('h2').first()).toHaveAttribute('id', 'chapter-01-introduction');
    // Contents link every chapter and section on the page.
    const toc = page.locator('.handbook-toc a');
    for (const href of await toc.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    }
    // Terms point to the glossary at the end; calculators appear as their worked examples and a reference.
    const term = page.locator('article a.term').first();
    const target = (await term.getAttribute('href'))!;
    expect(target).toMatch(/^#term-/);
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);
    await expect(page.locator('[data-calculator-island]')).toHaveCount(0);
    await expect(page.locator('.handbook-calculator')).toHaveCount(4);
    await expect(page.locator('[data-section-end]')).toHaveCount(0);
    expect(await axe(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handbook-bar')).toBeHidden();
    expect(await chapters.nth(2).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    // Links to other pages print their address; links inside the book do not.
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('.handbook-calculator a')).toContain('(');
    expect(await after('.handbook-toc a')).toBe('none');
  });
}

test('the sidebar links the handbook', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#sidebar').getByRole('link', { name: 'Handbook (print)' }).click();
  await expect(page).toHaveURL(/\/en\/handbook\/$/);
});
