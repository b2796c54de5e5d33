import { test, expect, axe } from './fixtures';
import { readingPaths, roles } from '../../src/lib/reading-path';
import { calculators } from '../../src/calculators';

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
    // One reference per calculator: each is embedded once, in its home section.
    await expect(page.locator('.handbook-calculator')).toHaveCount(calculators.length);
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

for (const locale of ['en', 'zh-cn'] as const) {
  for (const role of roles) {
    test(`the ${role} handbook holds exactly that path's sections, in path order, laid out for print (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/start/`);
      await page.locator(`[data-role-handbook="${role}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/handbook/${role}/$`));
      await expect(page.locator('.site-header, #sidebar, .search-dialog, .site-footer')).toHaveCount(0);
      const steps = readingPaths[role];
      // One part per step, in path order, each holding its own section's heading and no other section.
      const parts = page.locator('article.handbook-chapter');
      await expect(parts).toHaveCount(steps.length);
      expect(await parts.evaluateAll((els) => els.map((el) => el.getAttribute('data-handbook-section')))).toEqual([...steps]);
      expect(await parts.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('h2')].map((h) => h.id)))).toEqual(
        steps.map((ref) => [ref.split('#')[1]]),
      );
      // The section's body comes along: its steps and its checklist.
      for (const part of await parts.all()) {
        await expect(part.locator('.steps').first()).toBeVisible();
        await expect(part.locator('.checklist')).toHaveCount(1);
      }
      // Contents list the steps in the same order, then the glossary; every link lands on this page.
      const hrefs = await page.locator('.handbook-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs).toEqual([...steps.map((ref) => `#${ref.split('#')[1]}`), '#glossary']);
      for (const href of await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
      }
      await expect(page.locator('[data-calculator-island], [data-section-end], [data-mark-read]')).toHaveCount(0);
      // Only the terms its sections use: each glossary entry is a term in one of them (in prose or a metric).
      const terms = await page.locator('.handbook-glossary dt').evaluateAll((dts) => dts.map((dt) => dt.id.replace(/^term-/, '')));
      expect(terms.length).toBeGreaterThan(0);
      for (const id of terms) await expect(page.locator(`article a.term[data-term="${id}"]`).first()).toBeAttached();

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.handbook-bar, .handbook-others')).toHaveCount(2);
      await expect(page.locator('.handbook-bar')).toBeHidden();
      await expect(page.locator('.handbook-others')).toBeHidden();
      for (const part of await parts.all()) expect(await part.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
      // Back to the whole handbook, which links every role's.
      await page.emulateMedia({ media: 'screen' });
      await page.locator('.handbook-others a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/handbook/$`));
      await page.locator(`[data-role-handbook="${role}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/handbook/${role}/$`));
    });
  }
}
