import { test, expect, axe, downloadCsv, watchDialogs } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/promotion/';

async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  // The calculator wakes on first use, as it does for a reader.
  await page.locator('[data-calculator-island="promotion"] input').first().focus();
  await expect(page.locator('[data-calculator-island="promotion"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);

/** A 100-yuan product with a 60-yuan cost and no fees: a 40 % margin. */
async function textbookProduct(page: Page) {
  await page.fill('#promotion-price', '100');
  await page.fill('#promotion-unit-cost', '60');
  await page.fill('#promotion-fixed-fees', '0');
  await page.fill('#promotion-fee-commission', '0');
  await page.fill('#promotion-fee-payment', '0');
}

test('without JavaScript the page shows the default example and its result', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(result(page, 'rate')).toHaveText('8.57%');
  await expect(result(page, 'simple-break-even')).toHaveText('+33.4%');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'profit');
  await expect(page.locator('.noscript-note')).toBeVisible();
  await expect(page.locator('.chart-svg')).toBeVisible();
  await expect(page.locator('[data-compare-table]')).toContainText('15.00%');
  await context.close();
});

test('margin 40 %, 20 % off needs +100 %; the result follows the inputs', async ({ page }) => {
  await ready(page);
  await textbookProduct(page);
  await page.selectOption('#promotion-a-kind', 'percent');
  await page.fill('#promotion-a-rate', '20');
  await expect(result(page, 'rate')).toHaveText('20.00%');
  await expect(result(page, 'simple-break-even')).toHaveText('+100.0%');
  await page.fill('#promotion-a-rate', '15');
  await page.fill('#promotion-unit-cost', '50');
  await expect(result(page, 'simple-break-even')).toHaveText('+42.9%');
});

test('each mechanism gives its known rate: 每满300减50 on 599, BOGO, buy 2 get 1, deposit 100 as 150 on 1 000', async ({ page }) => {
  await ready(page);
  // One band of ¥599 orders.
  for (let i = 0; i < 2; i++) await page.locator('[data-basket-table] tbody tr').last().getByRole('button').click();
  await expect(page.locator('[data-basket-table] tbody tr')).toHaveCount(1);
  await page.fill('#promotion-band-0-value', '599');
  await page.selectOption('#promotion-a-kind', 'perMultiple');
  await expect(result(page, 'rate')).toHaveText('8.35%');
  await page.fill('#promotion-band-0-items', '2');
  await page.selectOption('#promotion-a-kind', 'buyNGetM');
  await expect(result(page, 'rate')).toHaveText('50.00%');
  await page.fill('#promotion-band-0-items', '3');
  await page.fill('#promotion-a-buy', '2');
  await expect(result(page, 'rate')).toHaveText('33.33%');
  await page.fill('#promotion-band-0-items', '2');
  await page.selectOption('#promotion-a-kind', 'nthItem');
  await expect(result(page, 'rate')).toHaveText('25.00%');
  await page.fill('#promotion-price', '1000');
  await page.fill('#promotion-band-0-items', '1');
  await page.selectOption('#promotion-a-kind', 'deposit');
  await page.fill('#promotion-a-deposit', '100');
  await page.fill('#promotion-a-counted', '150');
  await expect(result(page, 'rate')).toHaveText('5.00%');
  await expect(page.locator('[data-note="deposit"]').first()).toHaveText('A deposit of CN¥100 counts as CN¥150 against the final price: 1.5 times the deposit.');
});

test('zh-cn: the discount is typed in 折 (8.5 is 15 % off), the other unit shown beside it; 定金100抵150 entered as it is said', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/promotion/');
  await page.selectOption('#promotion-a-kind', 'percent');
  await expect(page.locator('label[for="promotion-a-rate"]')).toHaveText('折扣（几折）');
  await page.fill('#promotion-a-rate', '8.5');
  await expect(result(page, 'rate')).toHaveText('15.00%');
  await expect(page.locator('[data-equivalent]').first()).toHaveText('8.5折（优惠 15.0%）');
  // The reader may switch to percent off; the value carries over.
  await page.selectOption('#promotion-a-rate-unit', 'percent');
  await expect(page.locator('#promotion-a-rate')).toHaveValue('15');
  await page.fill('#promotion-a-rate', '8.5');
  await expect(page.locator('[data-equivalent]').first()).toHaveText('9.15折（优惠 8.5%）');
  await page.selectOption('#promotion-a-kind', 'deposit');
  await page.fill('#promotion-a-deposit', '100');
  await page.fill('#promotion-a-counted', '150');
  await expect(page.locator('[data-note="deposit"]').first()).toHaveText('定金¥100抵¥150尾款，即膨胀为定金的 1.5 倍。');
  await page.fill('#promotion-a-deposit', '50');
  await expect(page.locator('[data-note="deposit"]').first()).not.toContainText('¥100');
});

test('stacked coupons multiply: 20 % then 10 % is 28 %', async ({ page }) => {
  await ready(page);
  await page.selectOption('#promotion-a-kind', 'stacked');
  await page.fill('#promotion-a-coupon-0-rate', '20');
  await page.selectOption('#promotion-a-coupon-1-type', 'percent');
  await page.fill('#promotion-a-coupon-1-rate', '10');
  await expect(result(page, 'rate')).toHaveText('28.00%');
});

test('a discount deeper than the margin says no uplift can pay for it', async ({ page }) => {
  await ready(page);
  await textbookProduct(page);
  await page.selectOption('#promotion-a-kind', 'percent');
  await page.fill('#promotion-a-rate', '45');
  await expect(result(page, 'simple-break-even')).toHaveText('none');
  await expect(page.locator('[data-warning="no-uplift"]')).toContainText('No volume increase');
  // 40 % margin, no fees: a unit stops earning at 40 % off the shown price, the base of the 45 %.
  await expect(page.locator('[data-warning="no-uplift"]')).toContainText('stops earning at 40.0% off the shown price');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'never');
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('bad input shows a message next to the field and keeps the last good result', async ({ page }) => {
  await ready(page);
  await page.fill('#promotion-baseline-units', '12abc');
  const error = page.locator('#promotion-baseline-units-error');
  await expect(error).toContainText('Units sold in the period without the promotion');
  await expect(error).toContainText('between 1 and 1,000,000,000');
  await expect(page.locator('#promotion-baseline-units')).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page, 'rate')).toHaveText('8.57%');
  await page.fill('#promotion-uplift', '1e309');
  await expect(page.locator('#promotion-uplift-error')).toBeVisible();
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('“use my pricing result” takes the price, cost and fees set in the pricing calculator', async ({ page }) => {
  await page.goto('/en/calculators/pricing/');
  await page.focus('#pricing-unit-cost');
  await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]')).toBeVisible();
  await page.fill('#pricing-unit-cost', '60');
  await page.fill('#pricing-fee-commission', '8');
  const price = page.locator('[data-result="price"]');
  await expect(price).not.toHaveText('CN¥81.00');
  const solved = (await price.textContent())!;
  await ready(page);
  await expect(page.locator('#promotion-price')).toHaveValue('81.00');
  await page.click('[data-action="use-pricing"]');
  await expect(page.locator('#promotion-price')).toHaveValue(solved.replace('CN¥', ''));
  await expect(page.locator('#promotion-unit-cost')).toHaveValue('60.00');
  await expect(page.locator('#promotion-fee-commission')).toHaveValue('8');
  await expect(page.locator('.promo-pull [role="status"]')).toContainText(solved);
});

test('a share link restores the same result in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.fill('#promotion-price', '129');
  await page.selectOption('#promotion-a-kind', 'tiered');
  await page.fill('#promotion-a-tier-0-off', '25');
  await page.fill('#promotion-uplift', '65');
  await page.selectOption('#promotion-currency', 'USD');
  const profit = await result(page, 'incremental-profit').textContent();
  const rate = await result(page, 'rate').textContent();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?promotion=');

  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await ready(other, new URL(link).pathname + new URL(link).search);
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(result(other, 'incremental-profit')).toHaveText(profit!);
  await expect(result(other, 'rate')).toHaveText(rate!);
  await expect(other.locator('#promotion-price')).toHaveValue('129.00');
  await expect(other.locator('#promotion-a-kind')).toHaveValue('tiered');
  await expect(other.locator('#promotion-uplift')).toHaveValue('65');
  await fresh.close();
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"currency":"<img src=x onerror=alert(1)>","__proto__":{"x":1},"price":-1}').toString('base64url');
  await ready(page, `${PAGE}?promotion=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expect(result(page, 'rate')).toHaveText('8.57%');
  await ready(page, `${PAGE}?promotion=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  expect(dialogs.count).toBe(0);
});

test('the CSV download has a BOM, CRLF lines and both promotions’ results', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'promotion.csv');
  expect(text).toContain('Effective discount,8.57%,15.00%');
  expect(text).toMatch(/\r\nIncremental profit,\d+(\.\d+)?,-\d+(\.\d+)?\r\n/);
  // Negative percentages are numbers, not text behind an apostrophe (issue #18).
  expect(text).toMatch(/\r\nROI[^,\r\n]*,-?\d+\.\d\d%,-\d+\.\d\d%\r\n/);
  expect(text).not.toContain("'-");
  expect(text).toContain('Mechanism,"Spend CN¥300, save CN¥50",15.0% off (8.5折)');
});

test('the breakdown, the math and the chart follow the inputs', async ({ page }) => {
  await ready(page);
  const panel = page.locator('[data-calculator-island="promotion-breakdown"]');
  await panel.scrollIntoViewIfNeeded();
  await panel.locator('summary').click();
  await expect(panel.locator('[data-math] li').first()).toContainText('162.00 ≥ 300.00 ? 50.00 : 0');
  const chart = page.locator('[data-calculator-island="promotion-chart"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.chart-marker-label').last()).toContainText('Break-even');
  const before = await chart.locator('.chart-line').getAttribute('d');
  await page.fill('#promotion-ad-spend', '9000');
  await expect.poll(() => chart.locator('.chart-line').getAttribute('d')).not.toBe(before);
  await expect(panel.locator('[data-line="fixedCosts"]')).toHaveText('−CN¥9,500.00');
});

test('two promotions side by side', async ({ page }) => {
  await ready(page);
  const compare = page.locator('[data-calculator-island="promotion-compare"]');
  await compare.scrollIntoViewIfNeeded();
  await expect(compare.locator('[data-compare="rate-a"]')).toHaveText('8.57%');
  await expect(compare.locator('[data-compare="rate-b"]')).toHaveText('15.00%');
  await expect(compare.locator('[data-compare-summary]')).toContainText('Promotion A earns');
  await page.selectOption('#promotion-b-kind', 'perMultiple');
  await expect(compare.locator('[data-compare="rate-b"]')).toHaveText('11.15%');
  await page.fill('#promotion-b-uplift', '200');
  await expect(compare.locator('[data-compare-summary]')).toContainText('Promotion B earns');
});

test('settings persist across visits; reset returns the example', async ({ page }) => {
  await ready(page);
  await page.fill('#promotion-price', '99');
  await page.reload();
  await expect(page.locator('[data-calculator-island="promotion"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('#promotion-price')).toHaveValue('99.00');
  await page.click('[data-action="reset"]');
  await expect(page.locator('#promotion-price')).toHaveValue('81.00');
  await expect(result(page, 'rate')).toHaveText('8.57%');
});

test('corrupted storage falls back to the example quietly', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('playbook:promotion', '{"price":-1,"a":"x"}'));
  await ready(page);
  await expect(result(page, 'rate')).toHaveText('8.57%');
});

test('the Chinese page is labelled in Chinese and formats yuan', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/promotion/');
  await expect(page.locator('label[for="promotion-price"]')).toHaveText('日常售价');
  await expect(page.locator('[data-action="use-pricing"]')).toHaveText('使用我的定价结果');
  await expect(result(page, 'rate')).toHaveText('8.57%');
  await expect(result(page, 'incremental-profit')).toContainText('¥');
  await expect(page.locator('[data-platform-roi]')).toContainText('千川');
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations after a calculation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await ready(page);
    await page.fill('#promotion-uplift', '30');
    await page.fill('#promotion-price', 'abc');
    await page.selectOption('#promotion-a-kind', 'stacked');
    await page.locator('[data-calculator-island="promotion-breakdown"] summary').scrollIntoViewIfNeeded();
    await page.locator('[data-calculator-island="promotion-chart"]').scrollIntoViewIfNeeded();
    await page.locator('[data-compare-table]').scrollIntoViewIfNeeded();
    await page.selectOption('#promotion-b-kind', 'tiered');
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });
}

test('“use my pricing result” spreads the fixed fee per order over the items of an order', async ({ page }) => {
  await page.goto('/en/calculators/pricing/');
  await page.focus('#pricing-fixed-fees');
  await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('label[for="pricing-fixed-fees"]')).toContainText('per order');
  await page.fill('#pricing-fixed-fees', '6');
  await page.locator('#pricing-fixed-fees').blur();
  await ready(page);
  await expect(page.locator('label[for="promotion-fixed-fees"]')).toContainText('per item');
  await page.click('[data-action="use-pricing"]');
  // The example's orders: 2 items in 50 %, 4 in 35 %, 8 in 15 % = 3.6 items per order; ¥6.00 ÷ 3.6 = ¥1.666… → ¥1.67.
  await expect(page.locator('#promotion-fixed-fees')).toHaveValue('1.67');
  await expect(page.locator('.promo-pull [role="status"]')).toContainText('CN¥6.00 per order are CN¥1.67 per item here, at 3.6 items per order');
});
