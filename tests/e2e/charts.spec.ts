import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Every pair of text boxes in a chart that overlap (ticks, axis titles, guide and marker labels), by their text. */
async function overlapping(chart: Locator): Promise<string[]> {
  return chart.evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        // A pixel of anti-aliasing either side is not an overlap.
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) out.push(`"${a.text}" / "${b.text}"`);
      }
    }
    return out;
  });
}

/** Text boxes that leave the chart's drawing area. */
async function outside(chart: Locator): Promise<string[]> {
  return chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      })
      .map((t) => t.textContent ?? '');
  });
}

async function wake(page: Page, calculator: string) {
  await page.locator(`[data-calculator-island="${calculator}"] input`).first().focus();
  await expect(page.locator(`[data-calculator-island="${calculator}"][data-ready="true"]`)).toBeVisible();
}

for (const locale of ['en', 'zh-cn'] as const) {
  for (const width of [360, 1280]) {
    test(`promotion chart labels never overlap (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/calculators/promotion/`);
      await wake(page, 'promotion');
      await page.fill('#promotion-price', '4150');
      const chart = page.locator('[data-calculator-island="promotion-chart"] .chart-svg');
      // Expected uplifts around the break-even point put "expected" and "break-even" next to each other.
      for (const uplift of ['20', '30', '40', '50', '60', '80']) {
        await page.fill('#promotion-uplift', uplift);
        await chart.scrollIntoViewIfNeeded();
        expect(await overlapping(chart), `uplift ${uplift}`).toEqual([]);
        expect(await outside(chart), `uplift ${uplift}`).toEqual([]);
      }
    });

    test(`pricing chart labels never overlap (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/calculators/pricing/`);
      await wake(page, 'pricing');
      await page.selectOption('#pricing-currency', 'USD');
      const chart = page.locator('.chart-svg').first();
      for (const margin of ['10', '30', '45']) {
        await page.fill('#pricing-target-margin', margin);
        await chart.scrollIntoViewIfNeeded();
        expect(await overlapping(chart), `margin ${margin}`).toEqual([]);
        expect(await outside(chart), `margin ${margin}`).toEqual([]);
      }
    });
  }
}

test('numbers in the result figures never break inside', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto('/en/calculators/promotion/');
  await wake(page, 'promotion');
  await page.selectOption('#promotion-currency', 'USD');
  await page.fill('#promotion-baseline-units', '5000');
  const boxes = await page.locator('.calc-figures [data-result]').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent ?? '', height: e.getBoundingClientRect().height, font: parseFloat(getComputedStyle(e).fontSize) })));
  expect(boxes.length).toBeGreaterThan(3);
  // One line is under two font sizes tall.
  for (const b of boxes) expect(b.height, b.text).toBeLessThan(b.font * 2);
});
