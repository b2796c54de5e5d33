import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { calculators } from '../../src/calculators';

/** Script requests of a page, by file name. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  return scripts;
}
// Chunks are named after their first module: the loader, Preact, and each calculator's parts and module.
const calculatorCode = new RegExp(`^(?:hydrate-islands|preact|MarginMarkup|${calculators.map((c) => c.name).join('|')})`, 'i');

for (const { name, home } of calculators) {
  test(`${name}: its own page is ready before the first keystroke, with no interaction`, async ({ page }) => {
    const scripts = scriptsOf(page);
    await page.goto(`/en/calculators/${name}/`);
    // Nothing touched, nothing scrolled: the page hydrates when the browser is idle.
    await expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`)).toBeAttached({ timeout: 10_000 });
    expect(scripts.filter((s) => calculatorCode.test(s)).length).toBeGreaterThan(0);
  });

  test(`${name}: its own page asks for all of the calculator's bundles in one round`, async ({ page }) => {
    const scripts = scriptsOf(page);
    await page.goto(`/en/calculators/${name}/`);
    await expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`)).toBeAttached({ timeout: 10_000 });
    // The build lists each part's bundles, however deep its imports go; the loader preloads them together.
    const listed = await page.locator('[data-island]').evaluateAll((parts) => [...new Set(parts.flatMap((p) => (p as HTMLElement).dataset.modules?.split(' ') ?? []))]);
    expect(listed.length).toBeGreaterThan(5);
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href.split('/').pop()));
    expect(new Set(preloaded)).toEqual(new Set(listed));
    // Nothing the calculator runs on was left for the browser to discover import by import.
    const pageScripts = /^(?:Island|BaseLayout|Sidebar|SearchDialog|TermDefinitions|SectionEnd)\.astro|^(?:progress|search|highlight|term-popover|checklist)/;
    expect(scripts.filter((s) => s.endsWith('.js') && !pageScripts.test(s) && !listed.includes(s))).toEqual([]);
  });

  test(`${name}: a chapter loads no calculator code until the calculator comes near`, async ({ page }) => {
    const scripts = scriptsOf(page);
    await page.goto(`/en/${home.chapter}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(scripts.filter((s) => calculatorCode.test(s))).toEqual([]);
    const island = page.locator(`[data-calculator-island="${name}"]`).first();
    await island.scrollIntoViewIfNeeded();
    await expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`).first()).toBeAttached({ timeout: 10_000 });
    expect(scripts.filter((s) => calculatorCode.test(s)).length).toBeGreaterThan(0);
  });
}

test('a returning reader with saved inputs still gets no calculator code in a chapter until one comes near', async ({ page }) => {
  // What a reader leaves behind after using every calculator: the shared assumptions and each one's inputs.
  await page.addInitScript((names: string[]) => {
    localStorage.setItem('playbook:assumptions', JSON.stringify({ currency: 'CNY', unitCost: 4000, price: 9900 }));
    for (const name of names) localStorage.setItem(`playbook:${name}`, '{}');
  }, calculators.map((c) => c.name));
  const scripts = scriptsOf(page);
  await page.goto('/en/03-core-strategies/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(scripts.filter((s) => calculatorCode.test(s))).toEqual([]);
  await page.locator('[data-calculator-island="pricing"]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-calculator-island="pricing"][data-ready="true"]').first()).toBeAttached({ timeout: 10_000 });
});

test('a reading page without calculators loads no calculator code, even when read to the end', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/en/02-market-analysis/', { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 100_000);
  await page.keyboard.press('End');
  await page.waitForTimeout(800);
  expect(scripts.filter((s) => calculatorCode.test(s))).toEqual([]);
});
