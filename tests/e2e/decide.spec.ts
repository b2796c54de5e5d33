import { test, expect, axe } from './fixtures';
import type { Page } from '@playwright/test';

const JOIN = (locale: string) => `/${locale}/decide/join-promotion/`;
const GMV = (locale: string) => `/${locale}/decide/gmv-change/`;

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-guide][data-ready="true"]')).toBeVisible();
}

/** What the pricing calculator writes: a $100 product costing $60, no fees (a 40 % margin). */
const assumptions = {
  currency: 'USD',
  vatRate: 0,
  pricesIncludeVat: true,
  unitCost: 6000,
  fixedFees: 0,
  fees: [
    { label: 'commission', rate: 0, base: 'gross' },
    { label: 'payment', rate: 0, base: 'gross' },
    { label: 'other', rate: 0, base: 'gross' },
  ],
  price: 10000,
};

test('without JavaScript both guides show their worked example in both languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(JOIN('en'));
  await expect(page.locator('[data-verdict]')).toHaveText('Skip this promotion.');
  await expect(page.locator('[data-figure="worst-price"]')).toHaveText('CN¥63.34');
  await expect(page.locator('[data-rule]')).toContainText('Join when L is at least B');
  await expect(page.locator('.noscript-note')).toBeVisible();
  await page.goto(JOIN('zh-cn'));
  await expect(page.locator('[data-verdict]')).toHaveText('这次不报。');
  await expect(page.locator('[data-figure="worst-price"]')).toHaveText('¥63.34');
  await page.goto(GMV('en'));
  await expect(page.locator('[data-effect="traffic"] td')).toHaveText('\u2212\u2060CN¥14,580.00');
  await expect(page.locator('[data-total]')).toHaveText('\u2212\u2060CN¥11,080.00');
  await page.goto(GMV('zh-cn'));
  await expect(page.locator('[data-effect="conversion"] td')).toHaveText('+¥6,500.00');
  await expect(page.locator('[data-moved-most]')).toContainText('天猫');
  await context.close();
});

test('both languages give the same answer with the same reasons and the same sections', async ({ page }) => {
  const answer = async (path: string) => {
    await ready(page, path);
    return page.evaluate(() => ({
      rec: document.querySelector('[data-recommendation]')?.getAttribute('data-recommendation'),
      dominant: document.querySelector('[data-dominant]')?.getAttribute('data-dominant'),
      reasons: [...document.querySelectorAll('[data-reason]')].map((r) => `${r.getAttribute('data-reason')} ${r.querySelector('a')?.getAttribute('href')?.replace(/^\/[^/]+/, '')}`),
      next: [...document.querySelectorAll('[data-read-next] a')].map((a) => a.getAttribute('href')?.replace(/^\/[^/]+/, '')),
      figures: [...document.querySelectorAll('[data-figure="worst-price"], [data-effect] td')].map((d) => d.textContent?.replace(/[^\d.,+\u2212]/g, '')),
    }));
  };
  for (const guide of [JOIN, GMV]) expect(await answer(guide('zh-cn'))).toEqual(await answer(guide('en')));
});

test('join: the product prefills from the pricing calculator’s assumptions and the advice follows the expected range', async ({ page }) => {
  await page.addInitScript((a) => localStorage.setItem('playbook:assumptions', JSON.stringify(a)), assumptions);
  await ready(page, JOIN('en'));
  await expect(page.locator('[data-prefilled]')).toBeVisible();
  await expect(page.locator('#join-price')).toHaveValue('100.00');
  await expect(page.locator('#join-unit-cost')).toHaveValue('60.00');
  // Two units reach the $150 coupon: $200 − $10 = $190; 每满300减50 at its best share, 1/6: $31.67. $158.33 for two.
  await expect(page.locator('[data-figure="worst-price"]')).toHaveText('US$79.17');
  // Break-even (40 − 19.165) ÷ (19.165 − 0.2 × 40) = +186.6 %; expected 60–120 %: skip.
  await expect(page.locator('[data-figure="break-even"]')).toContainText('+186.6%');
  await expect(page.locator('[data-recommendation]')).toHaveAttribute('data-recommendation', 'skip');
  await page.fill('#join-uplift-high', '300');
  await expect(page.locator('[data-recommendation]')).toHaveAttribute('data-recommendation', 'cap');
  await expect(page.locator('[data-reason="capPrice"]')).toBeVisible();
  await page.fill('#join-uplift-low', '200');
  await expect(page.locator('[data-recommendation]')).toHaveAttribute('data-recommendation', 'join');
  await expect(page.locator('[data-reason] a').first()).toHaveAttribute('href', '/en/03-core-strategies/#pricing-and-promotion');
  // The pricing calculator's stored inputs are not changed by the guide.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('playbook:assumptions') ?? '{}').price)).toBe(10000);
});

test('join: a refused answer shows its error and keeps the last good advice', async ({ page }) => {
  await ready(page, JOIN('en'));
  await page.fill('#join-price', 'abc');
  await expect(page.locator('#join-price-error')).toContainText('is not a number');
  await expect(page.locator('[data-verdict]')).toHaveText('Skip this promotion.');
  await page.fill('#join-price', '81');
  await page.fill('#join-uplift-high', '10');
  await expect(page.locator('[data-warning="invalid"]')).toContainText('cannot be below the low end');
  await expect(page.locator('[data-figure="break-even"]')).toContainText('+60.0%–+120.0%');
});

test('join: "Open in the promotion calculator" carries the same price and offer', async ({ page }) => {
  await ready(page, JOIN('en'));
  await page.fill('#join-price', '99');
  const href = await page.locator('[data-open-calculator]').getAttribute('href');
  expect(href).toMatch(/^\/en\/calculators\/promotion\/\?promotion=/);
  await page.goto(href!);
  await page.locator('[data-calculator-island="promotion"] input').first().focus();
  await expect(page.locator('[data-calculator-island="promotion"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('#promotion-price')).toHaveValue('99.00');
  await expect(page.locator('#promotion-a-kind')).toHaveValue('perMultiple');
});

test('gmv: pasted rows load, a bad row is reported with its line and reason', async ({ page }) => {
  await page.addInitScript((a) => localStorage.setItem('playbook:assumptions', JSON.stringify(a)), assumptions);
  await ready(page, GMV('en'));
  const text = ['Channel\tVisitors\tCR\tAOV\tVisitors\tCR\tAOV', 'Tmall\t1000\t2%\t50\t1200\t2.5%\t60', 'Douyin\tlots\t2%\t50\t1200\t2%\t50', 'JD\t500\t2%\t100\t0\t2%\t100'].join('\n');
  await page.fill('#gmv-paste', text);
  await expect(page.locator('[data-paste-issues]')).toContainText('Row 3: Visitors, Previous period: “lots” is not a number.');
  await page.click('[data-action="use-paste"]');
  await expect(page.locator('[data-channel]')).toHaveCount(2);
  // Tmall $1,000 → $1,800, split 248.34 / 303.33 / 248.33 (Shapley, the cent to the first equal remainder);
  // JD $1,000 → 0 as its visitors go to zero: all traffic. Change −$200.00.
  await expect(page.locator('[data-total]')).toHaveText('\u2212\u2060US$200.00');
  await expect(page.locator('[data-effect="traffic"] td')).toHaveText('\u2212\u2060US$751.66');
  await expect(page.locator('[data-effect="conversion"] td')).toHaveText('+US$303.33');
  await expect(page.locator('[data-effect="orderValue"] td')).toHaveText('+US$248.33');
  await expect(page.locator('[data-moved-most]')).toContainText('JD');
  await expect(page.locator('[data-read-next] a').first()).toHaveAttribute('href', '/en/05-marketing/#seo-and-ads');
});

for (const locale of ['en', 'zh-cn']) {
  for (const width of [360, 1280]) {
    test(`${locale} at ${width} px: both guides fit, are axe clean and are linked from the Start page and section 3.2`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [JOIN(locale), GMV(locale), `/${locale}/decide/`]) {
        if (path.endsWith('/decide/')) await page.goto(path);
        else await ready(page, path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        expect(await axe(page), path).toEqual([]);
      }
      await ready(page, JOIN(locale));
      await expect(page.locator('[data-reason]')).toHaveCount(3);
      await expect(page.locator('[data-reason] a')).toHaveCount(3);
      await page.goto(`/${locale}/start/`);
      await expect(page.locator('[data-start-guides] a')).toHaveCount(2);
      await page.goto(`/${locale}/03-core-strategies/`);
      await page.locator('[data-decide-ref="join-promotion"] a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/decide/join-promotion/$`));
    });
  }
}
