import { test, expect, axe, watchDialogs, downloadCsv } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/ads/';
const ZH = '/zh-cn/calculators/ads/';

/** Opens the page and wakes the calculator the way a reader does: by focusing a field. */
async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  await page.locator('[data-calculator-island="ads"] input').first().focus();
  await expect(page.locator('[data-calculator-island="ads"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-calculator-island="ads"] [data-result="${name}"]`);

/** The section 5.3 example: 40 % margin, ¥100 orders, 6 % conversion, ROAS target 3.6, 10 % refunds. */
async function expectExample(page: Page) {
  await expect(result(page, 'break-even-roas')).toHaveText('2.5');
  await expect(result(page, 'break-even-acos')).toHaveText('40.0%');
  // 6 % × ¥100 × 0.9 × 40 % = ¥2.16
  await expect(result(page, 'max-cpc')).toHaveText('CN¥2.16');
  // ¥104,400 ÷ 3.6
  await expect(result(page, 'budget')).toHaveText('CN¥29,000.00');
  await expect(result(page, 'gross-roi')).toHaveText('3.6');
  await expect(result(page, 'net-roi')).toHaveText('3.24');
  await expect(result(page, 'break-even-gross-roi')).toHaveText('2.78');
  // ¥6 ÷ 3.6 = ¥1.666… rounded down
  await expect(result(page, 'max-cpc-at-target')).toHaveText('CN¥1.66');
  // ¥29,000 × 3.6 × 0.9 × 40 % − ¥29,000
  await expect(result(page, 'profit')).toHaveText('CN¥8,584.00');
}

test('without JavaScript the page shows the worked example, the bid table and the chart', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expectExample(page);
  await expect(page.locator('.noscript-note').first()).toBeVisible();
  await expect(page.locator('[data-bid-table] tbody tr')).toHaveCount(11);
  await expect(page.locator('[data-bid-table] tr[data-own] [data-bid-max]')).toHaveText('CN¥2.16');
  await expect(page.locator('[data-calculator-island="ads-chart"] .chart-svg')).toBeVisible();
  await expect(page.locator('[data-ads-example] [data-example-max-cpc]')).toHaveText('CN¥2.16');
  await context.close();
});

test('typing updates every result, with a warning for a target below break-even, refunds and no margin', async ({ page }) => {
  await ready(page);
  await expectExample(page);
  await page.fill('#ads-margin', '25');
  // 1 ÷ 25 % = 4 > 3.6
  await expect(result(page, 'break-even-roas')).toHaveText('4');
  await expect(result(page, 'identity')).toHaveText('Break-even ROAS × contribution margin before ads = 4 × 25.00% = 1.');
  await expect(page.locator('[data-warning="target-below-break-even"]')).toContainText('3.6 is below the break-even ROAS of 4');
  await page.fill('#ads-conversion-rate', '5');
  // 5 % × ¥100 × 0.9 × 25 % = ¥1.125 → ¥1.12 (rounded down)
  await expect(result(page, 'max-cpc')).toHaveText('CN¥1.12');
  await page.fill('#ads-margin', '30');
  // Break-even 3.33; 3.6 clears it, but 3.6 × 0.9 = 3.24 does not; the dashboard needs 3.33 ÷ 0.9 = 3.70.
  await expect(page.locator('[data-warning="refunds-below-break-even"]')).toContainText('the net ROI is 3.24');
  await expect(result(page, 'break-even-gross-roi')).toHaveText('3.7');
  await page.fill('#ads-target-roas', '4');
  await expect(page.locator('.calc-warning')).toHaveCount(0);
  await page.fill('#ads-gmv-goal', '100,000');
  await page.fill('#ads-target-roas', '3');
  // ¥100,000 ÷ 3 = ¥33,333.33… rounded up
  await expect(result(page, 'budget')).toHaveText('CN¥33,333.34');
  await page.fill('#ads-margin', '0');
  await expect(result(page, 'break-even-roas')).toHaveText('—');
  await expect(result(page, 'max-cpc')).toHaveText('CN¥0.00');
  await expect(page.locator('[data-warning="no-margin"]')).toContainText('no ROAS breaks even');
  await page.fill('#ads-margin', '-10');
  await expect(page.locator('[data-warning="no-margin"]')).toContainText('-10.0%');
  await expect(page.locator('[data-calculator-island="ads"]')).not.toContainText(/NaN|Infinity|∞/);
});

test('bad input keeps the last good result and never shows NaN or Infinity', async ({ page }) => {
  await ready(page);
  await page.fill('#ads-aov', '12abc');
  await expect(page.locator('#ads-aov-error')).toContainText('Average order value');
  await expect(result(page, 'max-cpc')).toHaveText('CN¥2.16');
  await page.fill('#ads-target-roas', '0');
  await expect(page.locator('#ads-target-roas-error')).toBeVisible();
  await page.fill('#ads-margin', '1e309');
  await page.fill('#ads-refund-rate', '120');
  await expect(page.locator('#ads-refund-rate-error')).toBeVisible();
  await expect(result(page, 'break-even-roas')).toHaveText('2.5');
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('the bid table and the chart follow the conversion rate', async ({ page }) => {
  await ready(page);
  await page.fill('#ads-conversion-rate', '2');
  const own = page.locator('[data-bid-table] tr[data-own]');
  await expect(own).toHaveCount(1);
  // 2 % is one of the table's rates: ¥2 × 0.9 × 40 % = ¥0.72; ¥2 ÷ 3.6 = ¥0.555… → ¥0.55
  await expect(own.locator('th')).toContainText('2.00%');
  await expect(own.locator('[data-bid-max]')).toHaveText('CN¥0.72');
  await expect(own.locator('[data-bid-target]')).toHaveText('CN¥0.55');
  await expect(page.locator('[data-bid-table] tbody tr')).toHaveCount(10);
  const chart = page.locator('[data-calculator-island="ads-chart"]');
  await chart.locator('details summary').click();
  // The chart runs to 5 % when the reader's rate is below 2.5 %: its last row is ¥5 × 0.36 = ¥1.80.
  await expect(chart.locator('tbody tr').last()).toContainText('CN¥1.80');
});

test('"use my pricing result" takes the margin from the pricing calculator', async ({ page }) => {
  await page.goto('/en/calculators/pricing/');
  await page.locator('[data-calculator-island="pricing"] input').first().focus();
  await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]')).toBeVisible();
  await page.check('input[name="pricing-mode"][value="price"]');
  // ¥100 with unit cost ¥50, ¥0.30 fixed and the default fees: the margin on the price shown.
  await page.fill('#pricing-price', '100');
  const margin = (await page.locator('[data-result="margin"]').textContent())!;
  await ready(page);
  await page.click('[data-action="use-pricing"]');
  await expect(page.locator('.promo-pull-status')).toContainText('Margin taken from the pricing calculator');
  await expect(page.locator('.promo-pull-status')).toContainText('CN¥100.00');
  // No VAT in the example, so the margin on GMV is the pricing calculator's margin.
  await expect(result(page, 'break-even-acos')).toHaveText(margin);
});

test('a share link restores the plan in a new browser', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.fill('#ads-margin', '35');
  await page.fill('#ads-aov', '250');
  await page.selectOption('#ads-currency', 'USD');
  await page.fill('#ads-refund-rate', '20');
  const maxCpc = await result(page, 'max-cpc').textContent();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?ads=');

  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('[data-calculator-island="ads"][data-ready="true"]')).toBeVisible();
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  // 6 % × $250 × 0.8 × 35 % = $4.20
  await expect(result(other, 'max-cpc')).toHaveText('US$4.20');
  expect(maxCpc).toBe('US$4.20');
  await expect(other.locator('#ads-aov')).toHaveValue('250.00');
  await expect(other.locator('#ads-currency')).toHaveValue('USD');
  await fresh.close();
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"currency":"<img src=x onerror=alert(1)>","ads":{"targetRoas":0,"__proto__":{"x":1}}}').toString('base64url');
  await page.goto(`${PAGE}?ads=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expect(result(page, 'max-cpc')).toHaveText('CN¥2.16');
  expect(dialogs.count).toBe(0);
});

test('the CSV has a BOM, CRLF lines, the inputs, the results and the bid table', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'ads.csv');
  expect(text).toContain('Contribution margin before ads,40.00%');
  expect(text).toContain('Break-even ROAS,2.5\r\n');
  expect(text).toContain('Break-even ACOS,40.00%');
  expect(text).toContain('Highest CPC that still pays,2.16');
  expect(text).toContain('Budget for the GMV goal,29000');
  expect(text).toContain('Net ROI (after refunds),3.24');
  expect(text).toContain('Contribution after ads,8584');
  expect(text).toContain('6.00%,2.16,1.66');
  expect(text).toContain('0.50%,0.18,0.13');
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
});

test('the Chinese page is labelled in Chinese and computes the same example', async ({ page }) => {
  await ready(page, ZH);
  await expect(page.locator('label[for="ads-margin"]')).toHaveText('广告前边际贡献率');
  await expect(result(page, 'break-even-roas')).toHaveText('2.5');
  await expect(result(page, 'max-cpc')).toHaveText('¥2.16');
  await expect(result(page, 'budget')).toHaveText('¥29,000.00');
  await page.fill('#ads-margin', '25');
  await expect(page.locator('[data-warning="target-below-break-even"]')).toContainText('低于盈亏平衡 ROAS 4');
  await expect(page.locator('main')).not.toContainText(/\b(?:ads|calc)\.[a-z]/);
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`section 5.3 shows the worked example and the calculator (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/05-marketing/`);
    const example = page.locator('[data-ads-example]');
    await expect(example).toHaveCount(1);
    await expect(example.locator('[data-example-break-even]')).toHaveText('2.5');
    await expect(example.locator('[data-example-budget]')).toContainText('29,000.00');
    await expect(example.locator('[data-example-plan]')).toContainText('8,584.00');
    // The example is inside section 5.3.
    // The example sits in section 5.3: the last chapter heading before it is that section's.
    expect(await example.evaluate((el) => {
      const before = [...document.querySelectorAll('main h2[id]')].filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before.at(-1)?.id ?? '';
    })).toBe('seo-and-ads');
    await example.locator('[data-example-open]').click();
    await expect(page.locator('[data-calculator-island="ads"][data-ready="true"]')).toBeVisible();
    await expect(page.locator('[data-share-notice="shared"]')).toBeVisible();
    await expect(result(page, 'break-even-roas')).toHaveText('2.5');
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations after a calculation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await ready(page);
    await page.fill('#ads-margin', '30');
    await page.fill('#ads-aov', 'abc');
    await page.locator('[data-calculator-island="ads"] details.calc-math summary').click();
    await page.locator('[data-calculator-island="ads-chart"]').scrollIntoViewIfNeeded();
    await page.locator('[data-calculator-island="ads-chart"] details summary').click();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });
}

for (const width of [360, 1280]) {
  for (const path of [PAGE, ZH]) {
    test(`nothing scrolls sideways at ${width} px (${path})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await ready(page, path);
      await page.fill('#ads-margin', '25');
      await page.locator('[data-calculator-island="ads"] details.calc-math summary').click();
      await expect(page.locator('[data-warning="target-below-break-even"]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // Each figure fits its card (a budget once ran out of a narrow one).
      for (const over of await page.locator('[data-calculator-island="ads"] .calc-figures > div').evaluateAll((cards) => cards.map((c) => c.scrollWidth - c.clientWidth))) {
        expect(over).toBeLessThanOrEqual(0);
      }
      // Every button keeps its label on one line's height or wraps inside its own box, never past the viewport.
      for (const box of await page.locator('[data-calculator-island="ads"] button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().right))) {
        expect(box).toBeLessThanOrEqual(width);
      }
    });
  }
}
