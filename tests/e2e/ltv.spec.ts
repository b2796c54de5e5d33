import { test, expect, axe, downloadCsv, useTheme, watchDialogs } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/ltv/';

/** Opens the page and wakes the calculator the way a reader does: by focusing a field. */
async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  await page.focus('#ltv-margin');
  await expect(page.locator('[data-calculator-island="ltv"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);

// The example: ¥54 × 4 ÷ 12 = ¥18 a month at 88 % monthly retention over 24 months is ¥143.04 (¥136.31 discounted
// at 10 %); CAC ¥60,000 ÷ 800 = ¥75; the discounted cumulative margin reaches ¥75 in month 6 (¥69.87 → ¥79.00).
test('without JavaScript the page shows the example and its result', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(result(page, 'ltv')).toHaveText('CN¥143.04');
  await expect(result(page, 'discounted-ltv')).toHaveText('CN¥136.31');
  await expect(result(page, 'cac')).toHaveText('CN¥75.00');
  await expect(result(page, 'ratio')).toHaveText('1.82');
  await expect(result(page, 'payback')).toHaveText('month 6');
  await expect(page.locator('.noscript-note')).toBeVisible();
  await expect(page.locator('.ltv-chart .chart-svg')).toBeVisible();
  await expect(page.locator('.ltv-chart .chart-data tbody tr')).toHaveCount(24);
  await context.close();
});

test('typing a margin updates the result and the chart', async ({ page }) => {
  await ready(page);
  const before = await page.locator('.ltv-chart [data-series="compared"]').getAttribute('d');
  await page.fill('#ltv-margin', '60');
  // ¥60 × 4 ÷ 12 = ¥20 a month; discounted: 20.00, 17.46, 15.24, 13.31, 11.62 → ¥77.63 ≥ ¥75 in month 5.
  await expect(result(page, 'payback')).toHaveText('month 5');
  await expect(result(page, 'ltv')).not.toHaveText('CN¥143.04');
  await page.locator('.ltv-chart').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.ltv-chart [data-series="compared"]').getAttribute('d')).not.toBe(before);
  // Years are whole: the 24 months read as 2 years; 1 year counts 12 months.
  await page.selectOption('#ltv-horizon-unit', 'year');
  await expect(page.locator('#ltv-horizon')).toHaveValue('2');
  await page.fill('#ltv-horizon', '1');
  await expect(page.locator('.ltv-chart .chart-data tbody tr')).toHaveCount(12);
  await expect(result(page, 'payback')).toHaveText('month 5');
  await page.fill('#ltv-customers', '0');
  await expect(result(page, 'cac')).toHaveText('—');
  await expect(page.locator('[data-warning="no-customers"]')).toBeVisible();
  await page.fill('#ltv-margin', '12abc');
  await expect(page.locator('#ltv-margin-error')).toContainText('Contribution before ads per order');
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('a pasted cohort table is checked row by row, and the bad row is reported', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.check('input[name="ltv-source"][value="cohort"]');
  await expect(page.locator('[data-cohort-table] tbody tr')).toHaveCount(7);
  const sheet = ['Month\tShare', '0\t100%', '1\t45%', '2\tabc', '3\t30%'].join('\r\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), sheet);
  await page.locator('#ltv-paste').focus();
  await page.keyboard.press('ControlOrMeta+V');
  const report = page.locator('[data-paste-report]');
  await expect(report.locator('[data-paste-summary]')).toHaveText('3 of 4 rows are valid. The first row was read as column headings.');
  await expect(report.locator('[data-paste-issues] li')).toHaveCount(1);
  await expect(report.locator('[data-paste-issues] li').first()).toContainText('Row 4: Still buying: “abc” is not a number.');
  await page.click('[data-action="use-pasted"]');
  await expect(page.locator('[data-paste-loaded]')).toHaveText('3 cohort rows loaded.');
  await expect(page.locator('[data-cohort-table] tbody tr')).toHaveCount(3);
  // Months 1, 2, 4 at 100 %, 45 %, 30 %; month 3 halfway, 37.5 %: 18.00 + 8.10 + 6.75 + 5.40 = ¥38.25, then nothing.
  await expect(result(page, 'ltv')).toHaveText('CN¥38.25');
  await expect(result(page, 'payback')).toHaveText('Not within the horizon');
  await expect(page.locator('[data-warning="cohort-short"]')).toBeVisible();
  await expect(page.locator('[data-warning="below-cac"]')).toBeVisible();
});

test('a share link restores the same result in a new context', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.fill('#ltv-margin', '60');
  await page.selectOption('#ltv-currency', 'USD');
  await expect(result(page, 'payback')).toHaveText('month 5');
  const ltv = await result(page, 'ltv').textContent();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?ltv=');

  const { baseURL } = test.info().project.use;
  const fresh = await context.browser()!.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await ready(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(result(other, 'ltv')).toHaveText(ltv!);
  await expect(result(other, 'payback')).toHaveText('month 5');
  await expect(other.locator('#ltv-margin')).toHaveValue('60.00');
  await fresh.close();
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"currency":"CNY","ltv":{"__proto__":{"x":1},"horizonMonths":1e309}}').toString('base64url');
  await ready(page, `${PAGE}?ltv=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expect(result(page, 'ltv')).toHaveText('CN¥143.04');
  expect(dialogs.count).toBe(0);
});

test('the CSV download has the inputs, the results and every month', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'ltv.csv');
  expect(text).toContain('Contribution before ads per order,54');
  expect(text).toContain('LTV over the horizon,143.04');
  expect(text).toContain('"LTV, discounted",136.31');
  expect(text).toContain('CAC,75');
  expect(text).toContain('Payback month,6');
  expect(text).toContain('6,52.77%,9.5,80.34,79');
});

test('the Chinese page is labelled in Chinese and formats yuan', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/ltv/');
  await expect(page.locator('label[for="ltv-margin"]')).toHaveText('每单广告前边际贡献');
  await expect(result(page, 'ltv')).toHaveText('¥143.04');
  await expect(result(page, 'payback')).toHaveText('第 6 个月');
});

test('section 6.3 shows the worked example in both languages', async ({ page }) => {
  await page.goto('/en/06-data-driven/');
  await expect(page.locator('[data-ltv-example] [data-example-result]')).toContainText('paid back in month 6');
  await expect(page.locator('[data-ltv-example] [data-example-result]')).toContainText('CN¥143.04');
  await page.goto('/zh-cn/06-data-driven/');
  await expect(page.locator('[data-ltv-example] [data-example-result]')).toContainText('第 6 个月回本');
});

for (const [locale, width, theme] of [['en', 360, 'light'], ['zh-cn', 360, 'dark'], ['en', 1280, 'dark'], ['zh-cn', 1280, 'light']] as const) {
  test(`no axe violations and no sideways scrolling (${locale}, ${width} px, ${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.setViewportSize({ width, height: 900 });
    await ready(page, `/${locale}/calculators/ltv/`);
    await page.check('input[name="ltv-source"][value="cohort"]');
    await page.fill('#ltv-paste', '1\t100%\n2\tx');
    await expect(page.locator('[data-paste-issues] li')).toHaveCount(1);
    await page.locator('.calc-math summary').click();
    await page.locator('.ltv-chart .chart-data summary').click();
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
