/** Saved scenarios in the browser: save, rename, duplicate, compare, delete, reload, unread items, storage problems and comparison links. */
import { readFileSync } from 'node:fs';
import { test, expect, axe } from './fixtures';
import type { Page } from '@playwright/test';
import { defaultPromotionState } from '../../src/lib/calc/promotion/schema';
import { calculatorNames } from '../../src/calculators';

const KEY = 'playbook:scenarios:promotion';

/** What the page says, per locale: default names of promotion A's two offers and the action names. */
const words = {
  en: {
    threshold: 'Spend CN¥300, save CN¥50 · CN¥81',
    percent: '15.0% off (8.5折) · CN¥81',
    rename: (n: string) => `Rename ${n}`,
    duplicate: (n: string) => `Duplicate ${n}`,
    del: (n: string) => `Delete ${n}`,
    pick: (n: string) => `Compare ${n}`,
    deleted: (n: string) => `Deleted “${n}”.`,
    renamed: 'Spend-and-save',
  },
  'zh-cn': {
    threshold: '满¥300减¥50 · ¥81',
    percent: '8.5折（优惠 15.0%） · ¥81',
    rename: (n: string) => `改名「${n}」`,
    duplicate: (n: string) => `复制「${n}」`,
    del: (n: string) => `删除「${n}」`,
    pick: (n: string) => `对比「${n}」`,
    deleted: (n: string) => `已删除「${n}」。`,
    renamed: '满减方案',
  },
} as const;
type Locale = keyof typeof words;

async function ready(page: Page, path: string, name = 'promotion') {
  await page.goto(path);
  await expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`)).toBeAttached({ timeout: 15_000 });
  await expect(page.locator(`[data-scenarios="${name}"][data-ready="true"]`)).toBeAttached({ timeout: 15_000 });
}
const names = (page: Page) => page.locator('[data-scenarios] li [data-scenario-name]');
const section = '[data-scenarios="promotion"]';

/** axe over the scenarios part, scrolled to just under the sticky header, so nothing of it is behind the header (target-size counts what it covers). */
async function axeScenarios(page: Page) {
  await page.evaluate((sel) => {
    const top = document.querySelector(sel)!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - (document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0) - 8);
  }, section);
  return axe(page, section);
}

async function noSidewaysScroll(page: Page) {
  const wide = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('.calc-scenarios, .scenarios-list, .scenario')) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
  expect(wide).toEqual([]);
}

for (const locale of ['en', 'zh-cn'] as const) {
  for (const width of [360, 1280]) {
    test(`${locale} ${width}px: save 满300减50 and 8.5折, rename, duplicate, compare, delete, reload`, async ({ page }) => {
      const w = words[locale as Locale];
      await page.setViewportSize({ width, height: 900 });
      await ready(page, `/${locale}/calculators/promotion/`);
      await expect(page.locator('[data-scenarios-empty]')).toBeVisible();
      expect(await axeScenarios(page)).toEqual([]);

      // 满300减50 is the example's promotion A; save it, then switch A to 8.5折 and save again.
      await page.click('[data-action="scenario-save"]');
      await expect(names(page)).toHaveText([w.threshold]);
      await expect(names(page).first()).toBeFocused();
      await expect(page.locator('[data-scenarios-announce]')).toContainText(w.threshold);
      await page.selectOption('#promotion-a-kind', 'percent');
      await page.click('[data-action="scenario-save"]');
      await expect(names(page)).toHaveText([w.threshold, w.percent]);
      await expect(names(page).nth(1)).toBeFocused();

      // Rename with Enter; a second rename cancelled with Escape changes nothing.
      await page.getByRole('button', { name: w.rename(w.threshold) }).click();
      await expect(page.locator('.scenario-rename input')).toBeFocused();
      await page.locator('.scenario-rename input').fill(w.renamed);
      await page.keyboard.press('Enter');
      await expect(names(page)).toHaveText([w.renamed, w.percent]);
      await expect(page.getByRole('button', { name: w.rename(w.renamed) })).toBeFocused();
      await page.getByRole('button', { name: w.rename(w.percent) }).click();
      await page.locator('.scenario-rename input').fill('never kept');
      await page.keyboard.press('Escape');
      await expect(names(page)).toHaveText([w.renamed, w.percent]);

      // Duplicate: the copy comes right after its original, numbered, and takes focus.
      await page.getByRole('button', { name: w.duplicate(w.percent) }).click();
      await expect(names(page)).toHaveText([w.renamed, w.percent, `${w.percent} (2)`]);
      await expect(names(page).nth(2)).toBeFocused();
      expect(await axeScenarios(page)).toEqual([]);

      // Compare the two offers: one row a key figure, the better value marked, differences against the first.
      await page.getByRole('checkbox', { name: w.pick(w.renamed) }).check();
      await page.getByRole('checkbox', { name: w.pick(w.percent), exact: true }).check();
      const table = page.locator('[data-scenarios-comparison] [data-scenarios-compare]');
      await expect(table.locator('thead th')).toHaveText([locale === 'en' ? 'Figure' : '指标', w.renamed, w.percent]);
      await expect(table.locator('tbody tr')).toHaveCount(5);
      // Every row where one value is better than the other carries exactly one mark; the second column shows a difference.
      const profit = table.locator('tr[data-figure="incrementalProfit"]');
      await expect(profit.locator('td[data-best]')).toHaveCount(1);
      await expect(profit.locator('td').nth(1).locator('[data-diff]')).toHaveText(/^[+\-±]/);
      await expect(table.locator('tr[data-figure="roi"] td').nth(1).locator('[data-diff]')).toContainText(locale === 'en' ? 'pp' : '个百分点');
      expect(await axeScenarios(page)).toEqual([]);
      await noSidewaysScroll(page);

      // Delete the copy (the last one): focus moves to the one before it; the deletion is announced once.
      await page.getByRole('button', { name: w.del(`${w.percent} (2)`) }).click();
      await expect(names(page)).toHaveText([w.renamed, w.percent]);
      await expect(names(page).nth(1)).toBeFocused();
      await expect(page.locator('[data-scenarios-announce]')).toHaveText(w.deleted(`${w.percent} (2)`));

      await page.reload();
      await ready(page, `/${locale}/calculators/promotion/`);
      await expect(names(page)).toHaveText([w.renamed, w.percent]);
      await noSidewaysScroll(page);
    });
  }
}

test('opening a scenario puts its inputs back into the calculator', async ({ page }) => {
  await ready(page, '/en/calculators/promotion/');
  await page.click('[data-action="scenario-save"]');
  await page.selectOption('#promotion-a-kind', 'percent');
  await expect(page.locator('[data-result="rate"]')).toHaveText('15.00%');
  await page.getByRole('button', { name: `Open ${words.en.threshold} in the calculator` }).click();
  await expect(page.locator('#promotion-a-kind')).toHaveValue('threshold');
  await expect(page.locator('[data-result="rate"]')).toHaveText('8.57%');
});

test('the CSV lists every saved scenario with its key figures', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/promotion/');
  await page.click('[data-action="scenario-save"]');
  await page.selectOption('#promotion-a-kind', 'percent');
  await page.click('[data-action="scenario-save"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="scenarios-csv"]')]);
  expect(download.suggestedFilename()).toBe('promotion-scenarios.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('方案,保存时间,币种,活动期销售额,增量利润,活动 ROI（利润 ÷ 活动成本）,保本销量增幅,实际折扣率');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(/^满¥300减¥50 · ¥81,\d{4}-\d\d-\d\dT[\d:.]+Z,CNY,[\d.]+,-?[\d.]+,-?[\d.]+%,[\d.]+%,8\.57%$/);
  expect(lines[2]).toMatch(/^8\.5折（优惠 15\.0%） · ¥81,.*,CNY,.*,15\.00%$/);
  expect(lines[3]).toBe('');
});

test('a stored item that no longer reads is reported, downloadable and removable; the others stay', async ({ page }) => {
  // A valid state (the example, as its share link carries it) and one the calculator no longer accepts.
  const good = { id: 'a', name: 'Kept plan', savedAt: '2026-11-30T08:00:00.000Z', state: defaultPromotionState };
  const broken = { id: 'b', name: 'Old plan', savedAt: '2026-11-01T08:00:00.000Z', state: { price: 'eighty-one' } };
  await page.goto('/en/calculators/promotion/');
  const stored = JSON.stringify({ version: 1, scenarios: [good, broken] });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, stored]);
  await ready(page, '/en/calculators/promotion/');
  await expect(names(page)).toHaveText(['Kept plan', 'Old plan']);
  const unread = page.locator('[data-unread]');
  await expect(unread).toContainText('Could not be read');
  expect(await axeScenarios(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Old plan' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(broken);
  await page.getByRole('button', { name: 'Remove Old plan' }).click();
  await expect(names(page)).toHaveText(['Kept plan']);
  await expect(names(page).first()).toBeFocused();
  const left = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!) as { scenarios: { name: string }[] };
  expect(left.scenarios.map((s) => s.name)).toEqual(['Kept plan']);
});

test('storage disabled: a clear message, the calculator still computes and saving works for the visit', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await ready(page, '/en/calculators/promotion/');
  await expect(page.locator('[data-scenarios-problem="disabled"]')).toContainText('not keeping data');
  await page.fill('#promotion-price', '100');
  await expect(page.locator('[data-result="rate"]')).not.toHaveText('');
  await page.click('[data-action="scenario-save"]');
  await expect(names(page)).toHaveCount(1);
  expect(await axeScenarios(page)).toEqual([]);
});

test('storage full: a clear message and what was saved before stays stored', async ({ page }) => {
  await ready(page, '/en/calculators/promotion/');
  await page.click('[data-action="scenario-save"]');
  await expect(names(page)).toHaveCount(1);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.evaluate((k) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === k) throw new DOMException('full', 'QuotaExceededError');
      set.call(this, key, value);
    };
  }, KEY);
  await page.selectOption('#promotion-a-kind', 'percent');
  await page.click('[data-action="scenario-save"]');
  await expect(page.locator('[data-scenarios-problem="full"]')).toContainText('storage for the site is full');
  await expect(names(page)).toHaveCount(2);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  await expect(page.locator('[data-result="rate"]')).toHaveText('15.00%');
});

for (const locale of ['en', 'zh-cn'] as const) {
  for (const width of [360, 1280]) {
    test(`${locale} ${width}px: a comparison link opens in a fresh browser without touching its saved scenarios`, async ({ page, context, browser }) => {
      const w = words[locale as Locale];
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width, height: 900 });
      await ready(page, `/${locale}/calculators/promotion/`);
      await page.click('[data-action="scenario-save"]');
      await page.selectOption('#promotion-a-kind', 'percent');
      await page.click('[data-action="scenario-save"]');
      for (const n of [w.threshold, w.percent]) await page.getByRole('checkbox', { name: w.pick(n) }).check();
      const ownTable = await page.locator('[data-scenarios-comparison] [data-scenarios-compare]').innerText();
      await page.click('[data-action="scenarios-share"]');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('promotion-scenarios=');

      const other = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
      const reader = await other.newPage();
      const errors: string[] = [];
      reader.on('pageerror', (e) => errors.push(e.message));
      // The reader already has a scenario of their own.
      await reader.goto(`/${locale}/calculators/promotion/`);
      await reader.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 1, scenarios: [] })), KEY);
      await reader.goto(link);
      const shared = reader.locator('[data-scenarios-shared="open"]');
      await expect(shared).toBeVisible({ timeout: 15_000 });
      expect(await shared.locator('[data-scenarios-compare]').innerText()).toBe(ownTable);
      expect(await axeScenarios(reader)).toEqual([]);
      await noSidewaysScroll(reader);
      expect(await reader.evaluate((k) => localStorage.getItem(k), KEY)).toBe(JSON.stringify({ version: 1, scenarios: [] }));
      await reader.click('[data-action="scenarios-shared-save"]');
      await expect(reader.locator('[data-scenarios] li [data-scenario-name]')).toHaveText([w.threshold, w.percent]);
      expect(reader.url()).not.toContain('promotion-scenarios=');
      expect(errors).toEqual([]);
      await other.close();
    });
  }
}

test('a garbled comparison link is ignored with a notice', async ({ page }) => {
  await ready(page, '/en/calculators/promotion/?promotion-scenarios=eyJ2ZXJzaW9uIjoxfQ');
  await expect(page.locator('[data-scenarios-shared="rejected"]')).toContainText('could not be read');
  await expect(page.locator('[data-scenarios-empty]')).toBeVisible();
  expect(await axeScenarios(page)).toEqual([]);
});

// Every calculator of the registry: one added later is covered without touching this list.
for (const name of calculatorNames) {
  test(`${name}: saving works and lists the key figures`, async ({ page }) => {
    await ready(page, `/en/calculators/${name}/`, name);
    await page.click(`[data-scenarios="${name}"] [data-action="scenario-save"]`);
    const item = page.locator(`[data-scenarios="${name}"] li`);
    await expect(item).toHaveCount(1);
    await expect(item.locator('[data-scenario-name]')).not.toHaveText('');
    const values = await item.locator('.scenario-figures dd').allInnerTexts();
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values.some((v) => /\d/.test(v))).toBe(true);
    const stored = await page.evaluate((k) => localStorage.getItem(k), `playbook:scenarios:${name}`);
    expect(JSON.parse(stored!).scenarios).toHaveLength(1);
  });
}

// Each calculator's own state schema goes through the kit's comparison, CSV and comparison link (the new
// calculators' states differ: stock has no currency, ltv and ads carry it beside their form).
for (const name of calculatorNames) {
  test(`${name}: two scenarios compare, export as CSV and open from a comparison link`, async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page, `/en/calculators/${name}/`, name);
    const part = page.locator(`[data-scenarios="${name}"]`);
    await part.locator('[data-action="scenario-save"]').click();
    await part.locator('[data-action="scenario-duplicate"]').first().click();
    await expect(part.locator('li [data-scenario-name]')).toHaveCount(2);
    for (const box of await part.locator('[data-action="scenario-pick"]').all()) await box.check();
    const table = part.locator('[data-scenarios-comparison] [data-scenarios-compare]');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    // Identical inputs: no figure differs, and none is NaN or blank.
    const cells = await table.locator('tbody td .scenarios-value').allInnerTexts();
    expect(cells.every((c) => c !== '' && !/NaN|Infinity/.test(c))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), part.locator('[data-action="scenarios-csv"]').click()]);
    expect(download.suggestedFilename()).toBe(`${name}-scenarios.csv`);
    const lines = readFileSync((await download.path())!).toString('utf8').slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split(',').length).toBeGreaterThanOrEqual(6);
    expect(lines[1]!.split(',').slice(3).some((c) => /\d/.test(c))).toBe(true);
    expect(lines[1]).not.toMatch(/NaN|Infinity|could not be read/);

    const ownTable = await table.innerText();
    await part.locator('[data-action="scenarios-share"]').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`${name}-scenarios=`);
    const other = await browser.newContext({ serviceWorkers: 'block' });
    const reader = await other.newPage();
    await reader.goto(link);
    const shared = reader.locator(`[data-scenarios="${name}"] [data-scenarios-shared="open"]`);
    await expect(shared).toBeVisible({ timeout: 15_000 });
    expect(await shared.locator('[data-scenarios-compare]').innerText()).toBe(ownTable);
    await other.close();
  });
}
