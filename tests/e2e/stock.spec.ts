import { test, expect, axe, downloadCsv, watchDialogs } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/stock/';

/** Opens the page and wakes the calculator the way a reader does: by focusing a field. */
async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  await page.focus('#stock-leadTimeDays');
  await expect(page.locator('[data-calculator-island="stock"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);

/**
 * The example: eight weeks averaging 280 (d = 40, σd = 6.534), lead time 12 ± 3, 95 %:
 * SS = ⌈1.6449 × √(12 × 42.694 + 1 600 × 9)⌉ = ⌈1.6449 × 122.12⌉ = 201, ROP = 480 + 201 = 681, cover 500 ÷ 40 = 12.5,
 * peak order = 1 140 + ⌈1.6449 × 126.37⌉ − 500 = 1 140 + 208 − 500 = 848, risk of 700 = 1 − Φ(60 ÷ 126.37) = 31.7 %.
 */
async function expectExample(page: Page, items = 'items', days = 'days') {
  await expect(result(page, 'safety-stock')).toHaveText(`201 ${items}`);
  await expect(result(page, 'reorder-point')).toHaveText(`681 ${items}`);
  await expect(result(page, 'days-of-cover')).toHaveText(`12.5 ${days}`);
  await expect(result(page, 'peak-order')).toHaveText(`848 ${items}`);
  await expect(result(page, 'plan-risk')).toHaveText('31.7%');
}

test('without JavaScript the page shows the default example, its result and its chart', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expectExample(page);
  await expect(page.locator('.noscript-note')).toBeVisible();
  await expect(page.locator('.chart-svg')).toBeVisible();
  await expect(page.locator('[data-formula]')).toContainText('SS = z × √(L × σd² + d² × σL²)');
  await context.close();
});

test('typing a forecast updates safety stock, reorder point and the chart', async ({ page }) => {
  await ready(page);
  await expectExample(page);
  const before = await page.locator('.chart-line').getAttribute('d');
  await page.check('input[name="stock-source"][value="forecast"]');
  // forecast 40 ± 8: SS = ⌈1.6449 × √(12 × 64 + 1 600 × 9)⌉ = ⌈1.6449 × 123.16⌉ = ⌈202.58⌉ = 203; ROP = 480 + 203 = 683
  await expect(result(page, 'safety-stock')).toHaveText('203 items');
  await expect(result(page, 'reorder-point')).toHaveText('683 items');
  // a supplier that always delivers on day 12: SS = ⌈1.6449 × √(12 × 64)⌉ = ⌈1.6449 × 27.713⌉ = ⌈45.58⌉ = 46; ROP = 526
  await page.fill('#stock-leadTimeSd', '0');
  await expect(result(page, 'safety-stock')).toHaveText('46 items');
  await expect(result(page, 'reorder-point')).toHaveText('526 items');
  await page.locator('.chart-svg').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.chart-line').getAttribute('d')).not.toBe(before);
});

test('pasted daily sales with a date column and a heading become the demand', async ({ page }) => {
  await ready(page);
  await page.selectOption('#stock-history-unit', 'day');
  await page.fill('#stock-paste', 'Date\tSales\n2026-10-01\t30\n2026-10-02\t50\n2026-10-03\tabc\n');
  await expect(page.locator('[data-paste-summary]')).toContainText('2 of 3 rows read. The first row was taken as headings.');
  await expect(page.locator('[data-paste-issues]')).toContainText('Line 4');
  await page.click('[data-action="use-pasted"]');
  await expect(page.locator('[data-paste-loaded]')).toHaveText('Now using 2 periods of sales.');
  // 30 and 50: d = 40, σd = √200 = 14.14
  await expect(page.locator('[data-history-summary]')).toContainText('40 items a day on average, standard deviation 14.1 a day');
  // σ = √(12 × 200 + 1 600 × 9) = √16 800 = 129.61; SS = ⌈1.6449 × 129.61⌉ = ⌈213.2⌉ = 214
  await expect(result(page, 'safety-stock')).toHaveText('214 items');
});

test('an impossible service level and a zero lead time are explained, never NaN', async ({ page }) => {
  await ready(page);
  await page.fill('#stock-serviceLevel', '100');
  await expect(page.locator('[data-warning="service-level-unbounded"]')).toContainText('cannot be promised');
  await expect(result(page, 'safety-stock')).toHaveText('—');
  await expect(result(page, 'peak-order')).toHaveText('—');
  await page.fill('#stock-serviceLevel', '95');
  await expect(result(page, 'safety-stock')).toHaveText('201 items');
  await page.fill('#stock-leadTimeDays', '0');
  const error = page.locator('#stock-leadTimeDays-error');
  await expect(error).toContainText('Lead time (days)');
  await expect(error).toContainText('between 1 and 365');
  await expect(page.locator('#stock-leadTimeDays')).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page, 'safety-stock')).toHaveText('201 items');
  await page.fill('#stock-plannedQuantity', '100');
  await expect(page.locator('[data-warning="plan-below-expected"]')).toBeVisible();
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity|undefined/);
});

test('a share link restores the same plan in a new context', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.fill('#stock-onHand', '300');
  await page.selectOption('#stock-peakMonth', '6');
  await expect(result(page, 'days-of-cover')).toHaveText('7.5 days');
  const order = await result(page, 'peak-order').textContent();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?stock=');

  const { baseURL } = test.info().project.use;
  const fresh = await context.browser()!.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await ready(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(other.locator('#stock-onHand')).toHaveValue('300');
  await expect(other.locator('#stock-peakMonth')).toHaveValue('6');
  await expect(result(other, 'peak-order')).toHaveText(order!);
  await fresh.close();
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"stock":{"__proto__":{"x":1},"serviceLevel":"<img src=x onerror=alert(1)>"}}').toString('base64url');
  await ready(page, `${PAGE}?stock=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expectExample(page);
  expect(dialogs.count).toBe(0);
});

test('the CSV has the inputs, the results and the risk table', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'stock.csv');
  expect(text).toContain('Lead time (days),12');
  expect(text).toContain('Safety stock,201');
  expect(text).toContain('Reorder point,681');
  expect(text).toContain('Order for the peak,848');
  expect(text).toContain('Stock-out risk of the planned quantity,31.75%');
  expect(text).toContain('Order quantity (items),Stock-out risk');
});

test('the Chinese page is labelled in Chinese and counts in 件', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/stock/');
  await expect(page.locator('label[for="stock-leadTimeDays"]')).toHaveText('补货周期（天）');
  await expectExample(page, '件', '天');
  await expect(page.locator('[data-formula]')).toContainText('安全库存同时计入需求波动和到货时间波动');
});

test('section 3.4 shows the worked example in both languages', async ({ page }) => {
  for (const [locale, order] of [['en', '848'], ['zh-cn', '848']] as const) {
    await page.goto(`/${locale}/03-core-strategies/`);
    const example = page.locator('[data-stock-example]');
    await expect(example).toBeVisible();
    await expect(example.locator('[data-example-order]')).toContainText(order);
    await expect(example.locator('[data-example-risk]')).toHaveText('31.7%');
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations after a calculation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await ready(page);
    await page.fill('#stock-serviceLevel', '100');
    await page.fill('#stock-leadTimeDays', 'abc');
    await page.locator('.chart-svg').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });
}

for (const width of [360, 1280]) {
  for (const locale of ['en', 'zh-cn'] as const) {
    test(`${locale} at ${width} px: nothing scrolls sideways and the figures show`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await ready(page, `/${locale}/calculators/stock/`);
      await expect(result(page, 'peak-order')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
