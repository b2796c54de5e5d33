import { test, expect, axe } from './fixtures';

const chapter = { en: '/en/06-data-driven/', 'zh-cn': '/zh-cn/06-data-driven/' } as const;
const gmvName = { en: 'Gross merchandise value (GMV)', 'zh-cn': '成交总额（GMV）' } as const;

for (const locale of ['en', 'zh-cn'] as const) {
  test(`a term's popover opens from the keyboard, closes with Escape and is axe clean (${locale})`, async ({ page }) => {
    await page.goto(chapter[locale]);
    const term = page.locator('#use-gmv-in-kpis');
    await term.focus();
    const popover = page.locator('#term-popover');
    // Focus alone shows the definition and ties it to the term for screen readers.
    await expect(popover).toBeVisible();
    // Where the term sits in the document (not the viewport, which may still be scrolling to it).
    const place = () => term.evaluate((el) => { const r = el.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height]; });
    const before = await place();
    await expect(popover).toContainText(gmvName[locale]);
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(term).toHaveAttribute('aria-describedby', 'term-popover-definition');
    // Enter opens it for reading: focus moves in, the page stays where it was.
    await page.keyboard.press('Enter');
    await expect(popover).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${chapter[locale]}$`));
    await expect(popover.getByRole('link')).toHaveAttribute('href', `/${locale}/glossary/#gmv`);
    await expect(popover.locator('code')).toContainText('GMV');
    expect(await place()).toEqual(before);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(term).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  test(`hovering and tapping a term show its definition; a tap does not leave the page (${locale})`, async ({ page }) => {
    await page.goto(chapter[locale]);
    const term = page.locator('#use-cvr-in-kpis');
    await term.hover();
    const popover = page.locator('#term-popover');
    await expect(popover).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(popover).toBeHidden();
    await term.click();
    await expect(popover).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${chapter[locale]}$`));
    await popover.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/#cvr$`));
  });

  test(`the glossary filters, has an index with GMV under G, and "used in" lands on the sentence (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/glossary/`);
    const g = page.locator('#index-g').locator('xpath=..');
    await expect(g.locator('#gmv')).toBeVisible();
    await expect(page.getByRole('navigation', { name: locale === 'en' ? 'Index' : '索引' }).getByRole('link', { name: 'G', exact: true })).toBeVisible();
    const filter = page.getByLabel(locale === 'en' ? 'Filter terms' : '筛选术语');
    // "GMV" names two entries: GMV itself and kept (delivered) GMV.
    await filter.fill('gmv');
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(2);
    await expect(page.locator('[data-glossary-entry]:visible #gmv')).toHaveCount(1);
    await expect(page.locator('[data-glossary-entry]:visible #kept-gmv')).toHaveCount(1);
    await expect(page.getByRole('status')).toContainText('2');
    await filter.fill('tgi');
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(1);
    await expect(page.getByRole('status')).toContainText('1');
    await filter.fill('zzzz-nothing');
    await expect(page.locator('[data-glossary-entry]:visible')).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('zzzz-nothing');
    await filter.fill('');
    await expect(page.locator('[data-glossary-entry]:visible')).not.toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    const use = page.locator('#gmv ~ dd [data-term-use]').first();
    const href = (await use.getAttribute('href'))!;
    expect(href).toMatch(/#use-gmv-in-[a-z0-9-]+$/);
    await use.click();
    const target = page.locator(`[id="${href.split('#')[1]}"]`);
    await expect(target).toHaveAttribute('data-term', 'gmv');
    await expect(target).toBeInViewport();
  });
}

test('in Chinese, abbreviations file under their Latin letter and other terms under the pinyin initial', async ({ page }) => {
  await page.goto('/zh-cn/glossary/');
  const letterOf = (id: string) => page.locator(`[id="${id}"]`).locator('xpath=ancestor::section[1]/h2').textContent();
  expect(await letterOf('gmv')).toBe('G');
  expect(await letterOf('ctr')).toBe('C');
  expect(await letterOf('impressions')).toBe('B');
  expect(await letterOf('gross-margin')).toBe('M');
  expect(await letterOf('safety-stock')).toBe('A');
});
