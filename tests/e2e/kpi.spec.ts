import { test, expect, axe, watchDialogs, downloadCsv } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/kpi/';

/** Opens the page and wakes the calculator the way a reader does: by focusing a field. */
async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  await page.locator('[data-calculator-island="kpi"] input').first().focus();
  await expect(page.locator('[data-calculator-island="kpi"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);
const actualRows = (page: Page) => page.locator('[data-actuals-table] tbody tr');
/** The solved figure, whichever unknown it is (it also carries `data-result` named after the unknown). */
const solvedFigure = (page: Page) => page.locator('[data-solved] dd');

test('without JavaScript the page shows the worked example, its split and its pacing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(solvedFigure(page)).toHaveText('800,000');
  await expect(result(page, 'orders')).toHaveText('20,000');
  await expect(page.locator('.noscript-note')).toBeVisible();
  await expect(page.locator('[data-split-total]')).toHaveText('CN¥3,000,000.00');
  await expect(page.locator('[data-split-table] tbody tr')).toHaveCount(12);
  await expect(result(page, 'status')).toContainText('On track');
  await expect(result(page, 'line-pace')).toHaveText('93.6%');
  await expect(page.locator('.kpi-chart .chart-svg')).toBeVisible();
  await context.close();
});

test('the funnel solves for any of the four', async ({ page }) => {
  await ready(page);
  await expect(solvedFigure(page)).toHaveText('800,000');
  await expect(result(page, 'uv')).toHaveText('800,000');
  await page.fill('#kpi-gmv', '6,000,000');
  await expect(solvedFigure(page)).toHaveText('1,600,000');
  await page.fill('#kpi-gmv', '3000000');

  await page.check('input[name="kpi-solve-for"][value="cvr"]');
  await expect(page.locator('#kpi-uv')).toHaveValue('800,000');
  await expect(result(page, 'cvr')).toHaveText('2.50%');
  await expect(result(page, 'uv')).toHaveText('800,000');
  await page.fill('#kpi-uv', '1000000');
  await expect(solvedFigure(page)).toHaveText('2.00%');

  await page.check('input[name="kpi-solve-for"][value="aov"]');
  await expect(solvedFigure(page)).toHaveText('CN¥150.00');
  await page.check('input[name="kpi-solve-for"][value="gmv"]');
  await expect(solvedFigure(page)).toHaveText('CN¥3,000,000.00');
  await page.fill('#kpi-cvr', '3％');
  await expect(solvedFigure(page)).toHaveText('CN¥4,500,000.00');
});

test('planning on kept GMV grosses the target up for cancellations and returns', async ({ page }) => {
  await ready(page);
  await page.selectOption('#kpi-basis', 'net');
  await page.fill('#kpi-cancelRate', '5');
  await page.fill('#kpi-returnRate', '8');
  await expect(solvedFigure(page)).toHaveText('915,332');
  await expect(result(page, 'paid-gmv')).toHaveText('CN¥3,432,494.28');
  await page.locator('[data-calculator-island="kpi"] details.calc-math summary').click();
  await expect(page.locator('[data-calculator-island="kpi"] .calc-math')).toContainText('87.40%');
});

test('impressions × click-through rate can lead the funnel', async ({ page }) => {
  await ready(page);
  await page.check('#kpi-use-impressions');
  await expect(page.locator('input[name="kpi-solve-for"][value="impressions"]')).toBeChecked();
  await expect(solvedFigure(page)).toHaveText('16,000,000');
  await page.fill('#kpi-ctr', '4');
  await expect(solvedFigure(page)).toHaveText('20,000,000');
});

test('an impossible conversion rate is explained, and bad input keeps the last good result', async ({ page }) => {
  await ready(page);
  await page.check('input[name="kpi-solve-for"][value="cvr"]');
  await page.fill('#kpi-uv', '10000');
  await expect(page.locator('[data-warning="rate-above-100"]')).toContainText('above 100 %');
  await page.fill('#kpi-uv', '800000');
  await page.fill('#kpi-aov', '12abc');
  await expect(page.locator('#kpi-aov-error')).toContainText('Average order value');
  await expect(solvedFigure(page)).toHaveText('2.50%');
  await page.fill('#kpi-aov', '1e309');
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
});

test('the split is an editable table that always adds up', async ({ page }) => {
  await ready(page);
  const table = page.locator('[data-split-table]');
  await page.selectOption('#kpi-preset', 'flat');
  await expect(table.locator('[data-split-gmv]').first()).toHaveText('CN¥250,000.00');
  await page.fill('#kpi-weight-10', '300');
  await expect(page.locator('#kpi-preset')).toHaveValue('custom');
  await expect(table.locator('[data-split-gmv]').nth(10)).toHaveText('CN¥642,857.14');
  await expect(table.locator('[data-split-gmv]').first()).toHaveText('CN¥214,285.72');
  await expect(page.locator('[data-split-total]')).toHaveText('CN¥3,000,000.00');
  await page.selectOption('#kpi-unit', 'week');
  await expect(table.locator('tbody tr')).toHaveCount(52);
  await expect(page.locator('[data-split-total]')).toHaveText('CN¥3,000,000.00');
  const channels = page.locator('[data-channel-table] tbody tr');
  await expect(channels).toHaveCount(4);
  await page.click('[data-action="add-channel"]');
  await expect(channels).toHaveCount(5);
  await expect(page.locator('[data-matrix-table] thead th')).toHaveCount(7);
});

test('actuals pasted from a spreadsheet are checked row by row', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await expect(actualRows(page)).toHaveCount(6);
  const sheet = ['Date\tGMV', '2026-01-31\t236,000', '2026-02-30\t100', '2026-02-28\tabc', '2026-03-31\t¥219,800.00', '2026-03-31\t5'].join('\r\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), sheet);
  await page.locator('#kpi-paste').focus();
  await page.keyboard.press('ControlOrMeta+V');
  const report = page.locator('[data-paste-report]');
  await expect(report.locator('[data-paste-summary]')).toContainText('2 of 5 rows are valid. The first row was read as column headings.');
  const issues = report.locator('[data-paste-issues] li');
  await expect(issues).toHaveCount(3);
  await expect(issues.nth(0)).toHaveText('Row 3: Date or day: “2026-02-30” is not a date. Use a date such as 2026-01-01 (year first), a month such as 2026-01 for a month’s total, or a day number from 1 to 365.');
  await expect(issues.nth(1)).toContainText('Row 4: GMV: “abc” is not a number.');
  await expect(issues.nth(2)).toContainText('Row 6: Date or day: “2026-03-31” is already on row 5.');
  const before = await page.locator('.kpi-chart [data-series="actual"]').getAttribute('d');
  await page.click('[data-action="use-pasted"]');
  await expect(page.locator('[data-paste-loaded]')).toHaveText('2 rows of actuals loaded.');
  await expect(actualRows(page)).toHaveCount(2);
  await expect(result(page, 'actual')).toHaveText('CN¥455,800.00');
  await expect(page.locator('[data-as-of]')).toContainText('day 90 of 365');
  await page.locator('.kpi-chart').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.kpi-chart [data-series="actual"]').getAttribute('d')).not.toBe(before);
});

test('320 000 of 500 000 at day 20 of 30 is 96.0 % of pace and needs 18 000 a day', async ({ page }) => {
  await ready(page);
  await page.fill('#kpi-gmv', '6000000');
  await page.selectOption('#kpi-preset', 'flat');
  await page.selectOption('#kpi-scope', '4'); // April: 30 days, ¥500 000 on a flat plan
  await expect(result(page, 'scope-target')).toHaveText('CN¥500,000.00');
  await page.fill('#kpi-paste', 'day,amount\n20,"320,000"\n');
  await page.click('[data-action="use-pasted"]');
  await expect(result(page, 'pace')).toHaveText('96.0%');
  await expect(result(page, 'line-pace')).toHaveText('96.0%');
  await expect(result(page, 'required')).toHaveText('CN¥18,000.00');
  await expect(result(page, 'projected')).toHaveText('CN¥480,000.00');
  await expect(result(page, 'status')).toContainText('Behind plan');
  await expect(result(page, 'status')).toHaveAttribute('data-status', 'behind');
});

test('actuals can be typed row by row, with a message for a date that is not one', async ({ page }) => {
  await ready(page);
  await page.fill('#kpi-new-date', '18/06/2026');
  await page.click('[data-action="add-actual"]');
  await expect(page.locator('#kpi-new-date-error')).toContainText('is not a date');
  await expect(page.locator('#kpi-new-date')).toHaveAttribute('aria-invalid', 'true');
  await page.fill('#kpi-new-date', '2026-07-15');
  await page.fill('#kpi-new-amount', '12345.6');
  await page.click('[data-action="add-actual"]');
  // The reader's first row replaces the six example rows instead of joining them.
  await expect(actualRows(page)).toHaveCount(1);
  await expect(page.locator('[data-example-actuals]')).toHaveCount(0);
  await expect(actualRows(page).last()).toContainText('15 Jul 2026');
  await expect(page.locator('[data-as-of]')).toContainText('day 196 of 365');
  for (const date of ['2026-01-31', '2026年3月', '5月']) {
    await page.fill('#kpi-new-date', date);
    await page.click('[data-action="add-actual"]');
  }
  await expect(actualRows(page)).toHaveCount(4);
  await expect(actualRows(page).nth(1)).toContainText('31 Mar 2026');
  await expect(actualRows(page).nth(2)).toContainText('31 May 2026');
  // Removing a row hands focus to the remove button of the row that takes its place, or the row above.
  const third = await actualRows(page).nth(2).locator('th').textContent();
  await actualRows(page).nth(1).getByRole('button').click();
  await expect(actualRows(page)).toHaveCount(3);
  await expect(actualRows(page).nth(1).locator('th')).toHaveText(third!);
  await expect(actualRows(page).nth(1).getByRole('button')).toBeFocused();
  await actualRows(page).last().getByRole('button').click();
  await expect(actualRows(page)).toHaveCount(2);
  await expect(actualRows(page).last().getByRole('button')).toBeFocused();
  await page.click('[data-action="clear-actuals"]');
  await expect(page.locator('[data-actuals-empty]')).toBeVisible();
  await expect(result(page, 'status')).toContainText('Not started');
});

test('month totals pasted for another year count through each month’s end (issue #18)', async ({ page }) => {
  await ready(page);
  await page.fill('#kpi-year', '2027');
  await page.locator('#kpi-year').blur();
  // The example's actuals belong to 2026: changing the year clears them and says so.
  await expect(page.locator('[data-example-actuals="cleared"]')).toContainText('Example figures');
  await expect(page.locator('[data-actuals-empty]')).toBeVisible();
  await expect(result(page, 'status')).toContainText('Not started');
  const sheet = ['Month\tGMV', '2027-01\t236000', '2027/2\t181500', '2027年3月\t219800', '2027-04\t208400', '2027-05\t237900', '6月\t309600'].join('\n');
  await page.fill('#kpi-paste', sheet);
  await expect(page.locator('[data-paste-summary]')).toContainText('6 of 6 rows are valid.');
  await page.click('[data-action="use-pasted"]');
  await expect(actualRows(page)).toHaveCount(6);
  await expect(actualRows(page).first()).toContainText('31 Jan 2027');
  await expect(page.locator('[data-example-actuals]')).toHaveCount(0);
  // Through 30 June the plan expects 47.46 % of ¥3 000 000 = ¥1 423 728.81; ¥1 393 200 is 97.9 % of it.
  await expect(result(page, 'pace')).toHaveText('97.9%');
  await expect(result(page, 'status')).toContainText('On track');
  await expect(page.locator('[data-as-of]')).toHaveText('Pacing as of 30 Jun 2027, the end of the latest day or month entered: day 181 of 365.');
});

test('the example’s actuals are marked as example figures', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/kpi/');
  await expect(page.locator('[data-example-actuals="shown"]')).toContainText('示例数据');
  await expect(actualRows(page).first()).toContainText('示例数据');
  await ready(page);
  await expect(page.locator('[data-example-actuals="shown"]')).toContainText('These actuals are example figures for the 2026 example plan');
});

test('a share link restores the plan and the actuals in a new browser', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await page.fill('#kpi-gmv', '4,200,000');
  await page.selectOption('#kpi-currency', 'USD');
  await page.selectOption('#kpi-preset', 'flat');
  await page.fill('#kpi-paste', '2026-01-10\t100000\n2026-02-01\t250000.5');
  await page.click('[data-action="use-pasted"]');
  const solved = await solvedFigure(page).textContent();
  const pace = await result(page, 'pace').textContent();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?kpi=');

  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(link); // the link points at the same server the test page came from
  await expect(other.locator('[data-calculator-island="kpi"][data-ready="true"]')).toBeVisible();
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(solvedFigure(other)).toHaveText(solved!);
  await expect(result(other, 'pace')).toHaveText(pace!);
  await expect(other.locator('#kpi-gmv')).toHaveValue('4,200,000.00');
  await expect(other.locator('#kpi-preset')).toHaveValue('flat');
  await expect(actualRows(other)).toHaveCount(2);
  await expect(other.locator('#kpi-actual-32')).toHaveValue('250,000.50');
  await fresh.close();
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"currency":"<img src=x onerror=alert(1)>","kpi":{"__proto__":{"x":1}}}').toString('base64url');
  await page.goto(`${PAGE}?kpi=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expect(solvedFigure(page)).toHaveText('800,000');
  await page.goto(`${PAGE}?kpi=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  expect(dialogs.count).toBe(0);
});

test('the CSV of the plan has a BOM, CRLF lines, the result and a split that adds up', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'kpi-plan.csv');
  expect(text).toContain('Visitors (UV),800000');
  expect(text).toContain('November,150,12.71%,381355.93,101695');
  expect(text).toContain('Total,,100.00%,3000000,800000,1350000,750000,600000,300000');
  expect(text).toContain('2026-06-30,309600');
  expect(text).toContain('Pacing as of,2026-06-30\r\n');
  expect(text).toContain('Example figures,"These actuals are example figures for the 2026 example plan');
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
});

test('inputs persist across visits and reset returns the example; corrupted storage is ignored', async ({ page }) => {
  await ready(page);
  await page.fill('#kpi-gmv', '5000000');
  await page.reload();
  await expect(page.locator('[data-calculator-island="kpi"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('#kpi-gmv')).toHaveValue('5,000,000.00');
  await page.click('[data-action="reset"]');
  await expect(solvedFigure(page)).toHaveText('800,000');
  await page.evaluate(() => localStorage.setItem('playbook:kpi', '{"funnel":{"gmv":-1}}'));
  await page.reload();
  await expect(page.locator('[data-calculator-island="kpi"][data-ready="true"]')).toBeVisible();
  await expect(solvedFigure(page)).toHaveText('800,000');
});

test('the Chinese page is labelled in Chinese', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/kpi/');
  await expect(page.locator('label[for="kpi-gmv"]')).toHaveText('GMV 目标');
  await expect(page.locator('label[for="kpi-paste"]')).toHaveText('从表格粘贴：两列，日期、月份或天数，以及 GMV');
  await expect(solvedFigure(page)).toHaveText('800,000');
  await expect(result(page, 'status')).toContainText('进度正常');
  await page.fill('#kpi-paste', '日期\t销售额\n2026年1月31日\tabc');
  await expect(page.locator('[data-paste-issues] li').first()).toHaveText('第 2 行：GMV：“abc”不是数字，请输入 0 到 100,000,000,000 之间的数字。');
  await expect(page.locator('main')).not.toContainText(/\b(?:kpi|calc)\.[a-z]/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations after a calculation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await ready(page);
    await page.fill('#kpi-gmv', '4000000');
    await page.fill('#kpi-aov', 'abc');
    await page.fill('#kpi-paste', 'x\ty\n2026-01-05\tabc\n2026-01-06\t100');
    await page.fill('#kpi-new-date', 'nope');
    await page.click('[data-action="add-actual"]');
    await page.locator('[data-calculator-island="kpi"] details.calc-math summary').click();
    await page.locator('.kpi-chart').scrollIntoViewIfNeeded();
    await page.locator('.kpi-chart details summary').click();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
    // Every string the islands show is in the dictionary they were given.
    await expect(page.locator('main')).not.toContainText(/\b(?:kpi|calc)\.[a-z]/);
  });
}

test('the currency chosen in one calculator is the currency of all four, and each says so', async ({ page }) => {
  await ready(page);
  await expect(page.locator('#kpi-currency-note')).toHaveText('Applies to all calculators.');
  await page.selectOption('#kpi-currency', 'USD');
  for (const name of ['pricing', 'promotion', 'incentive']) {
    await page.goto(`/en/calculators/${name}/`);
    await page.locator(`[data-calculator-island="${name}"] input`).first().focus();
    await expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`)).toBeVisible();
    await expect(page.locator(`#${name}-currency`)).toHaveValue('USD');
    await expect(page.locator(`#${name}-currency`)).toHaveAttribute('aria-describedby', `${name}-currency-note`);
    await expect(page.locator(`#${name}-currency-note`)).toHaveText('Applies to all calculators.');
  }
  await page.selectOption('#incentive-currency', 'EUR');
  await ready(page);
  await expect(page.locator('#kpi-currency')).toHaveValue('EUR');
});
