// The working templates page in both locales: every template listed with format and size, each download
// answers with the file of that size, the section that explains a template links to it, axe finds nothing,
// and nothing scrolls sideways on a phone.
import { test, expect, axe } from './fixtures';

const ids = ['price-sheet', 'promotion-plan', 'kpi-plan', 'campaign-checklist', 'raci', 'metric-dictionary'];

for (const locale of ['en', 'zh-cn'] as const) {
  test(`${locale}: the templates page lists every template, and each link downloads a file of the size shown`, async ({ page, request }) => {
    await page.goto(`/${locale}/templates/`);
    const rows = page.locator('[data-template-row]');
    await expect(rows).toHaveCount(ids.length);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-row')))).toEqual(ids);
    for (const id of ids) {
      const row = page.locator(`[data-template-row="${id}"]`);
      const link = row.locator('[data-template-link]');
      const href = (await link.getAttribute('href'))!;
      expect(await link.getAttribute('download')).toMatch(/\.(xlsx|csv)$/);
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      const body = await res.body();
      expect(body.length).toBe(Number(await row.getAttribute('data-bytes')));
      // The size shown is that file's, in kB with one decimal.
      const kb = Math.max(0.1, Math.round((body.length / 1024) * 10) / 10);
      await expect(row.locator('[data-size]')).toContainText(kb.toFixed(1));
      if (href.endsWith('.xlsx')) expect([...body.subarray(0, 2)]).toEqual([0x50, 0x4b]);
      else expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(await axe(page)).toEqual([]);
  });

  test(`${locale}: a section links to the templates it explains, and the sidebar to the templates page`, async ({ page }) => {
    await page.goto(`/${locale}/03-core-strategies/`);
    const links = page.locator('[data-template-links] [data-template-link]');
    await expect(links).toHaveCount(2);
    await expect(links.first()).toHaveAttribute('href', `/${locale}/templates/price-sheet.xlsx`);
    await expect(page.locator(`#sidebar a[href="/${locale}/templates"], #sidebar a[href="/${locale}/templates/"]`)).toHaveCount(1);
  });

  test(`${locale}: at 360 px the page does not scroll sideways; only the table scrolls in its own region`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${locale}/templates/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
  });
}
