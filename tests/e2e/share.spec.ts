import { test, expect } from './fixtures';

// The calculators whose "copy link" button writes a share link, and a money field of each to edit.
const fields = { pricing: '#pricing-unit-cost', promotion: '#promotion-unit-cost', incentive: '#incentive-sales' } as const;

for (const [name, field] of Object.entries(fields)) {
  test(`${name}: copying a link leaves the address bar alone, so later edits survive a reload`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ready = () => expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`)).toBeAttached({ timeout: 10_000 });
    await page.goto(`/en/calculators/${name}/`);
    await ready();
    await page.fill(field, '111');
    await page.click(`[data-calculator-island="${name}"] [data-action="share"]`);
    await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${name}=`);
    expect(page.url()).not.toContain(`${name}=`);
    await page.fill(field, '222');
    await page.locator(field).blur();
    await page.reload();
    await ready();
    await expect(page.locator(field)).toHaveValue('222.00');
  });
}
