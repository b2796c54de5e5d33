import { test, expect, axe, downloadCsv, watchDialogs } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/pricing/';

/** Opens the page and wakes the calculator the way a reader does: by focusing a field. */
async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  await page.focus('#pricing-unit-cost');
  await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);

test('without JavaScript the page shows the default example and its result', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
  await expect(result(page, 'margin')).toHaveText('30.0%');
  await expect(page.locator('.noscript-note')).toBeVisible();
  await expect(page.locator('.chart-svg')).toBeVisible();
  await context.close();
});

test('text typed while the calculator wakes is kept and used', async ({ page }) => {
  await page.goto(PAGE);
  await page.click('#pricing-unit-cost', { clickCount: 3 });
  await page.keyboard.type('60', { delay: 0 });
  await expect(result(page, 'price')).toHaveText('CN¥93.63');
});

test('typing a cost updates the solved price, the breakdown and the chart', async ({ page }) => {
  await ready(page);
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
  const before = await page.locator('.chart-line').getAttribute('d');
  await page.fill('#pricing-unit-cost', '60');
  // 60.30 ÷ 0.644 = 93.633…; at 93.62 the fees round to 4.68 + 0.56 and leave 29.994 %, while at 93.63 they
  // are again 4.68 + 0.56 and leave 28.09 ÷ 93.63 = 30.001 %, so 93.63 it is.
  await expect(result(page, 'price')).toHaveText('CN¥93.63');
  await expect(result(page, 'margin')).toHaveText('30.0%');
  await page.locator('.chart-svg').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.chart-line').getAttribute('d')).not.toBe(before);
});

test('people-typed numbers work: full-width digits, decimal comma, percent sign', async ({ page }) => {
  await ready(page);
  await page.fill('#pricing-unit-cost', '５０');
  await page.fill('#pricing-target-margin', '30％');
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
  await page.fill('#pricing-fixed-fees', '0,3');
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
});

test('bad input shows a message next to the field and keeps the last good result', async ({ page }) => {
  await ready(page);
  await page.fill('#pricing-unit-cost', '12abc');
  const error = page.locator('#pricing-unit-cost-error');
  await expect(error).toContainText('Unit cost (ex VAT)');
  await expect(error).toContainText('between 0 and 1,000,000,000');
  await expect(page.locator('#pricing-unit-cost')).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
  await page.fill('#pricing-unit-cost', '1e309');
  await expect(error).toBeVisible();
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('an unreachable target is explained instead of showing a price', async ({ page }) => {
  await ready(page);
  await page.fill('#pricing-target-margin', '95');
  await expect(page.locator('[data-warning="unreachable"]')).toContainText('No price reaches');
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('margin at a price warns about losses', async ({ page }) => {
  await ready(page);
  await page.check('input[name="pricing-mode"][value="price"]');
  await page.fill('#pricing-price', '40');
  await expect(page.locator('[data-warning="loss"]')).toBeVisible();
  await expect(page.locator('[data-warning="below-cost"]')).toBeVisible();
});

test('switching currency changes the format, not the numbers', async ({ page }) => {
  await ready(page);
  await page.selectOption('#pricing-currency', 'EUR');
  await expect(result(page, 'price')).toHaveText('€78.12');
  await page.selectOption('#pricing-currency', 'USD');
  await expect(result(page, 'price')).toHaveText('US$78.12');
});

test('a share link restores the same result in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.fill('#pricing-unit-cost', '123.45');
  await page.fill('#pricing-vat', '13');
  await page.selectOption('#pricing-currency', 'USD');
  const price = await result(page, 'price').textContent();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?pricing=');

  const { baseURL } = test.info().project.use;
  const fresh = await context.browser()!.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await ready(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(result(other, 'price')).toHaveText(price!);
  await expect(other.locator('#pricing-unit-cost')).toHaveValue('123.45');
  await fresh.close();
});

test('a link from before the entered price was named `price` still opens with its price', async ({ page }) => {
  const older = {
    assumptions: {
      currency: 'CNY', vatRate: 0, pricesIncludeVat: true, unitCost: 5000, fixedFees: 30,
      fees: [{ label: 'commission', rate: 0.02, base: 'gross' }, { label: 'payment', rate: 0.006, base: 'gross' }, { label: 'other', rate: 0, base: 'gross' }],
      sellingPrice: 9900,
    },
    pricing: { mode: 'price', targetMargin: 0.3, ending: 'none', channels: [] },
  };
  await ready(page, `${PAGE}?pricing=${Buffer.from(JSON.stringify(older)).toString('base64url')}`);
  await expect(page.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(page.locator('input[name="pricing-mode"][value="price"]')).toBeChecked();
  await expect(page.locator('#pricing-price')).toHaveValue('99.00');
  await expect(result(page, 'price')).toHaveText('CN¥99.00');
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"assumptions":{"__proto__":{"x":1},"currency":"<img src=x onerror=alert(1)>"}}').toString('base64url');
  await ready(page, `${PAGE}?pricing=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
  await ready(page, `${PAGE}?pricing=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  expect(dialogs.count).toBe(0);
});

test('the CSV download has a BOM, CRLF lines and the result', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'pricing.csv');
  expect(text).toContain('Price to charge,78.12');
});

test('channels: each gets its own price and a margin at the common price', async ({ page }) => {
  await ready(page);
  const table = page.locator('[data-channel-table]');
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('[data-channel-price]').first()).toHaveText(/CN¥/);
  await page.click('[data-action="add-channel"]');
  await expect(table.locator('tbody tr')).toHaveCount(5);
});

test('settings persist across visits; reset returns the example', async ({ page }) => {
  await ready(page);
  await page.fill('#pricing-unit-cost', '70');
  await page.reload();
  // Saved inputs wake the calculator without any interaction.
  await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('#pricing-unit-cost')).toHaveValue('70.00');
  await page.click('[data-action="reset"]');
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
});

test('corrupted storage falls back to the example quietly', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('playbook:assumptions', '{"currency":"XXX","unitCost":-1}');
    localStorage.setItem('playbook:pricing', 'not json');
  });
  await ready(page);
  await expect(result(page, 'price')).toHaveText('CN¥78.12');
});

test('storage that throws does not break the calculator', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
    Storage.prototype.setItem = fail;
  });
  await ready(page);
  await page.fill('#pricing-unit-cost', '60');
  await expect(result(page, 'price')).toHaveText('CN¥93.63');
});

test('the Chinese page is labelled in Chinese and formats yuan', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/pricing/');
  await expect(page.locator('label[for="pricing-unit-cost"]')).toHaveText('单件成本（不含税）');
  await expect(result(page, 'price')).toHaveText('¥78.12');
  // Example channels carry no name of their own: they read as the platforms in Chinese.
  await expect(page.locator('#pricing-channel-0-name')).toHaveAttribute('placeholder', '天猫');
  await expect(page.locator('#pricing-channel-3-name')).toHaveAttribute('placeholder', '小程序');
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations after a calculation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await ready(page);
    await page.fill('#pricing-unit-cost', '60');
    await page.fill('#pricing-target-margin', 'abc');
    await page.locator('[data-channel-table]').scrollIntoViewIfNeeded();
    await page.locator('.calc-converter').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });
}

/** A link carrying the default example with another unit cost (minor units). */
function linkWithUnitCost(unitCost: number) {
  const state = {
    assumptions: {
      currency: 'CNY', vatRate: 0, pricesIncludeVat: true, unitCost, fixedFees: 30, price: 8100,
      fees: [{ label: 'commission', rate: 0.05, base: 'gross' }, { label: 'payment', rate: 0.006, base: 'gross' }, { label: 'other', rate: 0, base: 'gross' }],
    },
    pricing: { mode: 'margin', targetMargin: 0.3, ending: 'none', channels: [] },
  };
  return `${PAGE}?pricing=${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
}
const storedUnitCost = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('playbook:assumptions') ?? '{}').unitCost);

test('a shared link opens as a shared view and leaves the reader’s own inputs alone until kept', async ({ page }) => {
  await ready(page);
  await page.fill('#pricing-unit-cost', '55');
  await page.locator('#pricing-unit-cost').blur();
  expect(await storedUnitCost(page)).toBe(5500);

  await ready(page, linkWithUnitCost(3800));
  await expect(page.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(page.locator('#pricing-unit-cost')).toHaveValue('38.00');
  expect(await storedUnitCost(page)).toBe(5500);
  // Edits in the shared view stay out of the reader's inputs, and a reload shows them, not the old link.
  await page.fill('#pricing-unit-cost', '39');
  await page.locator('#pricing-unit-cost').blur();
  expect(await storedUnitCost(page)).toBe(5500);
  await page.reload();
  await ready(page, page.url());
  await expect(page.locator('#pricing-unit-cost')).toHaveValue('39.00');
  expect(await storedUnitCost(page)).toBe(5500);

  await page.click('[data-action="shared-back"]');
  await expect(page.locator('#pricing-unit-cost')).toHaveValue('55.00');
  await expect(page.locator('[data-share-notice="shared"]')).toHaveCount(0);
  expect(page.url()).not.toContain('pricing=');
  await page.reload();
  await ready(page, page.url());
  await expect(page.locator('#pricing-unit-cost')).toHaveValue('55.00');

  await ready(page, linkWithUnitCost(3800));
  await page.click('[data-action="shared-keep"]');
  await expect(page.locator('[data-share-notice="kept"]')).toBeVisible();
  expect(page.url()).not.toContain('pricing=');
  expect(await storedUnitCost(page)).toBe(3800);
  await page.reload();
  await ready(page, page.url());
  await expect(page.locator('#pricing-unit-cost')).toHaveValue('38.00');
});

test('channel rows take the main form’s values unless a cell is overridden, and an overridden cell can be reset', async ({ page }) => {
  await ready(page);
  await page.fill('#pricing-fixed-fees', '6');
  await page.fill('#pricing-vat', '13');
  await page.locator('#pricing-vat').blur();
  const table = page.locator('[data-channel-table]');
  await table.scrollIntoViewIfNeeded();
  // Tmall is the main form's platform: the same settings give the same price.
  await expect(page.locator('#pricing-channel-0-fixedFee')).toHaveValue('6.00');
  await expect(page.locator('#pricing-channel-0-vatRate')).toHaveValue('13');
  await expect(table.locator('[data-channel-price]').first()).toHaveText((await result(page, 'price').textContent())!);
  const cell = table.locator('tbody tr').first().locator('td[data-own]');
  await expect(cell).toHaveCount(0);

  await page.fill('#pricing-channel-0-vatRate', '6');
  await page.locator('#pricing-channel-0-vatRate').blur();
  await expect(cell).toHaveCount(1);
  await expect(page.getByLabel('Tmall: VAT (overridden)')).toHaveValue('6');
  await page.fill('#pricing-vat', '9');
  await page.locator('#pricing-vat').blur();
  await expect(page.locator('#pricing-channel-0-vatRate')).toHaveValue('6');
  await expect(page.locator('#pricing-channel-0-fixedFee')).toHaveValue('6.00');

  await page.click('[aria-label="Use the value set above for Tmall: VAT"]');
  await expect(cell).toHaveCount(0);
  await expect(page.locator('#pricing-channel-0-vatRate')).toHaveValue('9');
});

test('channel rows stored before they inherited open with the reader’s changes kept', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => localStorage.setItem('playbook:pricing', JSON.stringify({
    mode: 'margin', targetMargin: 0.3, ending: 'none',
    channels: [{ name: '', commission: 0.05, paymentFee: 0.006, fixedFee: 30, vatRate: 0 }, { name: 'Shop', commission: 0.08, paymentFee: 0.006, fixedFee: 99, vatRate: 0 }],
  })));
  await ready(page);
  await page.fill('#pricing-fixed-fees', '6');
  await page.locator('#pricing-fixed-fees').blur();
  await page.locator('[data-channel-table]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-channel-table] tbody tr')).toHaveCount(2);
  await expect(page.locator('#pricing-channel-0-fixedFee')).toHaveValue('6.00');
  await expect(page.locator('#pricing-channel-1-fixedFee')).toHaveValue('0.99');
  await expect(page.locator('#pricing-channel-1-name')).toHaveValue('Shop');
});

test('edits in another tab do not replace the shared plan on screen', async ({ page, context }) => {
  await ready(page);
  const shared = await context.newPage();
  await ready(shared, linkWithUnitCost(3800));
  await expect(shared.locator('[data-share-notice="shared"]')).toBeVisible();
  await page.fill('#pricing-unit-cost', '66');
  await page.locator('#pricing-unit-cost').blur();
  expect(await storedUnitCost(page)).toBe(6600);
  await shared.waitForTimeout(300);
  await expect(shared.locator('#pricing-unit-cost')).toHaveValue('38.00');
  await shared.click('[data-action="shared-back"]');
  await expect(shared.locator('#pricing-unit-cost')).toHaveValue('66.00');
});
