import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Prints the way a browser does: print media, then the beforeprint event the page listens for. */
async function printing(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

for (const theme of ['light', 'dark'] as const) {
  test(`a printed calculator shows its inputs as values and its working expanded (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await page.goto('/zh-cn/calculators/pricing/');
    await page.locator('[data-calculator-island="pricing"] input').first().focus();
    await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]')).toBeVisible();
    await expect(page.locator('details.calc-math').first()).not.toHaveAttribute('open', '');
    await printing(page);
    // The working is open and printed.
    const math = page.locator('details.calc-math').first();
    await expect(math).toHaveAttribute('open', '');
    await expect(math.locator('ol')).toBeVisible();
    // A field prints as its value in black on white, not as an empty box.
    const field = page.locator('#pricing-unit-cost');
    await expect(field).not.toHaveValue('');
    const style = await field.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fill: s.getPropertyValue('-webkit-text-fill-color'), border: s.borderTopWidth, background: s.backgroundColor };
    });
    expect(style.color).toBe('rgb(0, 0, 0)');
    expect(style.border).toBe('0px');
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(style.background);
    // Ticks and choices keep their box: on paper it is the only sign of which one is set.
    for (const choice of ['input[type="checkbox"]', 'input[type="radio"]']) {
      expect(await page.locator(`[data-calculator-island="pricing"] ${choice}`).first().evaluate((el) => getComputedStyle(el).appearance)).not.toBe('none');
    }
    // After printing the working closes again, as the reader left it.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(math).not.toHaveAttribute('open', '');
  });
}

test('the worked example prints without its several-line share link, other links keep their address', async ({ page }) => {
  await page.goto('/en/03-core-strategies/');
  await printing(page);
  const open = page.locator('[data-example-open]').first();
  await expect(open).toBeVisible();
  expect(await open.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  const plain = page.locator('main a[href^="/"]:not([href*="?"]):not([href*="#"]):not([data-example-open])').first();
  expect(await plain.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('(');
});
