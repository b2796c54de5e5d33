import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every test fails if the page logs a console error, throws, or a request fails. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, javaScriptEnabled }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('requestfailed', (req) => {
        // Downloads of blob: URLs and requests cancelled by the next navigation are not network failures.
        // With scripts off, Chromium refuses the head's module preloads (reported as `csp`), as a browser without
        // JavaScript would never ask for them: not a failure of the page.
        if (!javaScriptEnabled && req.resourceType() === 'script' && req.failure()?.errorText === 'csp') return;
        if (!req.url().startsWith('blob:') && req.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) errors.push(`http ${res.status()}: ${res.url()}`);
      });
      await use(errors);
      expect(errors, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** WCAG 2.0/2.1/2.2 A and AA rules. */
export async function axe(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

export const chapterSlugs = [
  '01-introduction',
  '02-market-analysis',
  '03-core-strategies',
  '04-customer-experience',
  '05-marketing',
  '06-data-driven',
  '07-team',
  '08-outlook',
] as const;

/** Sets the stored theme before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
}

/**
 * Clicks the calculator's CSV button and returns the file as text, after checking what Excel and WPS need:
 * a UTF-8 byte-order mark, CRLF line ends only, and the expected file name.
 */
export async function downloadCsv(page: Page, filename: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="csv"]')]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(download.suggestedFilename()).toBe(filename);
  return text;
}

/** Counts the dialogs (alert, confirm, prompt) a page opens, dismissing each: injected script would open one. */
export function watchDialogs(page: Page): { readonly count: number } {
  let count = 0;
  page.on('dialog', (dialog) => {
    count++;
    void dialog.dismiss();
  });
  return {
    get count() {
      return count;
    },
  };
}
