// Every page of the built site, found through the sitemap so new pages are covered without editing tests:
// axe (WCAG 2.0/2.1/2.2 A and AA) in both themes, no console errors, no failed requests, no CSP violations,
// and the reading experience with JavaScript switched off.
import { readFileSync } from 'node:fs';
import { test, expect, axe } from './fixtures';

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('the sitemap lists the pages', () => {
  expect(paths.length).toBeGreaterThan(30);
});

for (const path of paths) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe and console are clean on ${path} in the ${theme} theme`, async ({ page }) => {
      // axe over a long chapter takes several seconds, more on a busy machine; the handbook holds all eight.
      test.setTimeout(path.includes('/handbook/') ? 240_000 : 90_000);
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
      });
      await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Let islands hydrate so their client-rendered state is checked too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(150);
      expect(await axe(page), `${path} (${theme})`).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of paths.filter((p) => /\/\d\d-[a-z-]+\/$/.test(p))) {
    test(`${path} is fully readable and its navigation works`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const sections = page.locator('main h2[id]');
      expect(await sections.count()).toBeGreaterThanOrEqual(3);
      for (const h2 of await sections.all()) await expect(h2).toBeVisible();
      await expect(page.locator('#sidebar a').first()).toBeVisible();
      const twin = await page.locator('[data-language-link]').getAttribute('href');
      const response = await page.goto(twin!);
      expect(response?.status()).toBe(200);
      await expect(page.locator('main h2[id]').first()).toBeVisible();
    });
  }

  for (const path of paths.filter((p) => /\/calculators\/[a-z]+\/$/.test(p))) {
    test(`${path} shows its default result`, async ({ page }) => {
      await page.goto(path);
      const results = page.locator('[data-result]');
      expect(await results.count()).toBeGreaterThan(0);
      await expect(results.first()).not.toBeEmpty();
      await expect(page.locator('.noscript-note').first()).toBeVisible();
      await expect(page.locator('main')).not.toContainText(/NaN|Infinity/);
    });
  }
});
