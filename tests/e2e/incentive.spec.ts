import { test, expect, axe, downloadCsv, watchDialogs } from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/en/calculators/incentive/';

/** Opens the page and wakes the calculator the way a reader does: by focusing a field. */
async function ready(page: Page, path = PAGE) {
  await page.goto(path);
  await page.focus('#incentive-sales');
  await expect(page.locator('[data-calculator-island="incentive"][data-ready="true"]')).toBeVisible();
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);
const team = (page: Page) => page.locator('[data-team-table] tbody tr');

/** Scrolls every island into view and waits until the team table has woken with the rest. */
async function hydrateAll(page: Page) {
  for (const island of ['incentive-breakdown', 'incentive-chart', 'incentive-team']) {
    await page.locator(`[data-calculator-island="${island}"]`).scrollIntoViewIfNeeded();
  }
  await page.locator('[data-calculator-island="incentive-team"] [data-action="add-person"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-calculator-island="incentive-team"][data-ready="true"]')).toBeVisible();
}

test('without JavaScript the page shows the section 7.3 example and its results', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
  await expect(result(page, 'other')).toHaveText('CN¥20,000.00');
  await expect(page.locator('.noscript-note').first()).toBeVisible();
  await expect(page.locator('.chart-svg')).toBeVisible();
  await expect(page.locator('[data-payout]')).toHaveText(['CN¥7,103.82', 'CN¥6,630.24', 'CN¥6,265.94']);
  await expect(result(page, 'pool-total')).toHaveText('CN¥20,000.00');
  await context.close();
});

test('text typed while the calculator wakes is kept and used', async ({ page }) => {
  await page.goto(PAGE);
  await page.click('#incentive-sales', { clickCount: 3 });
  await page.keyboard.type('150000', { delay: 0 });
  await expect(result(page, 'payout')).toHaveText('CN¥5,500.00');
});

test('switching to whole-amount tiers shows the cliffs and suggests marginal tiers', async ({ page }) => {
  await ready(page);
  await page.check('input[name="incentive-method"][value="whole"]');
  await expect(result(page, 'payout')).toHaveText('CN¥20,000.00');
  await expect(result(page, 'other')).toHaveText('CN¥12,000.00');
  const cliff = page.locator('[data-cliff="20000000"]');
  await expect(cliff).toContainText('Cliff at CN¥200,000.00');
  await expect(cliff).toContainText('CN¥9,999.95 to CN¥16,000.00, a jump of CN¥6,000.05');
  await expect(cliff).toContainText('Marginal tiers would pay CN¥7,999.95 and CN¥8,000.00');
  await expect(page.locator('[data-cliff]')).toHaveCount(2);
  await page.locator('[data-calculator-island="incentive-chart"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.incentive-chart-cliffs li')).toHaveCount(2);
  await expect(page.locator('.chart-marker')).toHaveCount(3);
  await page.click('[data-action="use-marginal"]');
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
  await expect(page.locator('[data-cliff]')).toHaveCount(0);
});

test('editing tiers updates the commission, the lines and the quick deductions', async ({ page }) => {
  await ready(page);
  await page.fill('#incentive-tier-2-rate', '10');
  await expect(result(page, 'payout')).toHaveText('CN¥13,000.00');
  await page.fill('#incentive-tier-1-from', '１５０,０００');
  // 150,000 × 3 % + 50,000 × 5 % + 50,000 × 10 % = 4,500 + 2,500 + 5,000.
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
  await page.locator('[data-calculator-island="incentive-breakdown"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-deduction="2"]')).toContainText('CN¥13,000.00');
  await page.click('[data-action="add-tier"]');
  await expect(page.locator('[data-tier-table] tbody tr')).toHaveCount(4);
  await expect(page.locator('#incentive-tier-3-from')).toHaveValue('250,000.00');
  await page.fill('#incentive-sales', '300000');
  await expect(result(page, 'payout')).toHaveText('CN¥17,000.00');
  await page.locator('[data-action="remove-tier"]').last().click();
  await expect(page.locator('[data-tier-table] tbody tr')).toHaveCount(3);
});

test('overlapping tiers are explained, not computed', async ({ page }) => {
  await ready(page);
  await page.fill('#incentive-tier-2-from', '100000');
  await expect(page.locator('[data-error="tiers-not-rising"]')).toContainText('Tier 3 must start above the tier before it');
  await expect(page.locator('[data-result-panel]')).not.toContainText(/NaN|Infinity/);
  await page.locator('[data-calculator-island="incentive-chart"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.incentive-chart-empty')).toBeVisible();
  await page.fill('#incentive-tier-2-from', '200000');
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
});

test('bad input shows a message next to the field and keeps the last good result', async ({ page }) => {
  await ready(page);
  await page.fill('#incentive-sales', '25万');
  const error = page.locator('#incentive-sales-error');
  await expect(error).toContainText('Net sales for the period');
  await expect(page.locator('#incentive-sales')).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
  await page.fill('#incentive-tier-0-rate', '-3');
  await expect(page.locator('#incentive-tier-0-rate-error')).toContainText('between 0 and 100');
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
});

test('gate, cap and accelerator', async ({ page }) => {
  await ready(page);
  await page.check('#incentive-accelerator-on');
  await expect(result(page, 'payout')).toHaveText('CN¥12,200.00');
  await page.uncheck('#incentive-accelerator-on');
  await page.check('#incentive-gate-on');
  await page.fill('#incentive-sales', '150000');
  await expect(result(page, 'payout')).toHaveText('CN¥0.00');
  await expect(page.locator('[data-warning="gated"]')).toContainText('CN¥160,000.00');
  await expect(page.locator('[data-cliff="16000000"]')).toContainText('The gate is a cliff too');
  await page.fill('#incentive-sales', '1000000');
  await page.check('#incentive-cap-on');
  await expect(result(page, 'payout')).toHaveText('CN¥30,000.00');
  await expect(page.locator('[data-warning="capped"]')).toBeVisible();
});

test('pasting a team from a spreadsheet splits the pool exactly', async ({ page }) => {
  await ready(page);
  await hydrateAll(page);
  await page.click('.incentive-paste summary');
  const rows = [
    'Name\tSales\tTarget\tGP\tTarget\tCSAT\tTarget\tProject\tTarget',
    'Li Wei\t1,320,000\t1,200,000\t95\t100\t85\t100\t80\t100',
    '王芳\t90\t100\t90\t100\t80\t100\t100\t100',
    'Bad row\tabc\t100\t90\t100\t80\t100\t100\t100',
    'Zhao\t50\t100\t50\t100\t50\t100\t50\t100',
  ];
  await page.fill('#incentive-paste', rows.join('\n'));
  await page.click('[data-action="paste"]');
  await expect(page.locator('[data-paste-status]')).toContainText('Imported 3 people.');
  await expect(page.locator('[data-paste-status]')).toContainText('Line 4 skipped: Sales (actual) “abc” is not a number.');
  await expect(team(page)).toHaveCount(3);
  await expect(page.locator('#incentive-person-1-name')).toHaveValue('王芳');
  // Zhao scores 50, below the 60 floor: nothing. Li Wei 97.5, Wang 89: ¥10,455.76 and ¥9,544.24.
  await expect(page.locator('[data-payout]')).toHaveText(['CN¥10,455.76', 'CN¥9,544.24', 'CN¥0.00']);
  await expect(result(page, 'pool-total')).toHaveText('CN¥20,000.00');
  await page.selectOption('#incentive-math-person', '2');
  await page.locator('.incentive-person-math summary').click();
  await expect(page.locator('.incentive-person-math')).toContainText('Below the eligibility floor');
});

test('people can be added and removed; one person’s math shows the largest remainder', async ({ page }) => {
  await ready(page);
  await hydrateAll(page);
  await page.click('[data-action="add-person"]');
  await expect(team(page)).toHaveCount(4);
  await expect(page.locator('#incentive-person-3-name')).toBeFocused();
  await page.locator('[data-action="remove-person"]').last().click();
  await expect(team(page)).toHaveCount(3);
  // Focus goes to the neighbour's remove button, not back to the top of the page.
  await expect(page.locator('[data-action="remove-person"]').last()).toBeFocused();
  await page.selectOption('#incentive-math-person', '2');
  await page.locator('.incentive-person-math summary').click();
  await expect(page.locator('.incentive-person-math')).toContainText('⌊6,265.9381⌋ + 0.01 = 6,265.94');
  await page.fill('#incentive-person-0-actuals-0', '0');
  await page.fill('#incentive-person-0-grade', '1.2');
  await expect(result(page, 'pool-total')).toHaveText('CN¥20,000.00');
});

test('KPIs are added and removed from the end, each person’s row following, focus staying in the table', async ({ page }) => {
  await ready(page);
  await hydrateAll(page);
  const kpis = page.locator('[data-kpi-table] tbody tr');
  const remove = page.locator('[data-action="remove-kpi"]');
  await expect(kpis).toHaveCount(4);
  await page.click('[data-action="add-kpi"]');
  await expect(kpis).toHaveCount(5);
  await expect(page.locator('#incentive-kpi-4-name')).toBeFocused();
  await expect(page.locator('#incentive-person-0-actuals-4')).toHaveValue('100');
  // Unnamed KPIs are named by position, so only the last one can go.
  await expect(remove).toHaveCount(1);
  await remove.click();
  await expect(kpis).toHaveCount(4);
  await expect(page.locator('#incentive-person-0-actuals-4')).toHaveCount(0);
  await expect(remove).toHaveText('Remove Improvement project');
  await expect(remove).toBeFocused();
  for (const left of [3, 2, 1]) {
    await page.keyboard.press('Enter');
    await expect(kpis).toHaveCount(left);
    if (left > 1) await expect(remove).toBeFocused();
  }
  await expect(remove).toHaveCount(0);
  await expect(page.locator('#incentive-kpi-0-name')).toBeFocused();
  await expect(page.locator('#incentive-person-0-actuals-0')).toHaveValue('110');
  await expect(page.locator('#incentive-person-0-actuals-1')).toHaveCount(0);
});

test('a share link restores the same plan and team in a new browser', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  await hydrateAll(page);
  await page.check('input[name="incentive-method"][value="whole"]');
  await page.fill('#incentive-tier-2-rate', '9');
  await page.fill('#incentive-person-0-name', 'Ads');
  await page.fill('#incentive-pool-amount', '30000');
  const payout = await result(page, 'payout').textContent();
  const payouts = await page.locator('[data-payout]').allTextContents();
  await page.click('[data-action="share"]');
  await expect(page.locator('.calc-actions-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('?incentive=');

  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await ready(other, link);
  await expect(other.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(result(other, 'payout')).toHaveText(payout!);
  await expect(other.locator('input[name="incentive-method"][value="whole"]')).toBeChecked();
  await expect(other.locator('#incentive-tier-2-rate')).toHaveValue('9');
  await hydrateAll(other);
  await expect(other.locator('#incentive-person-0-name')).toHaveValue('Ads');
  await expect(other.locator('[data-payout]')).toHaveText(payouts);
  await expect(result(other, 'pool-total')).toHaveText('CN¥30,000.00');
  await fresh.close();
});

test('a hostile share link is ignored with a notice', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const evil = Buffer.from('{"currency":"<img src=x onerror=alert(1)>","commission":{"__proto__":{"x":1}},"pool":{}}').toString('base64url');
  await ready(page, `${PAGE}?incentive=${evil}`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
  await ready(page, `${PAGE}?incentive=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(page.locator('[data-share-notice="rejected"]')).toBeVisible();
  expect(dialogs.count).toBe(0);
});

test('the worked example opens in the calculator with its inputs', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('[data-example-cliff]')).toContainText('CN¥6,000.05');
  await expect(page.locator('[data-example-sum]')).toContainText('CN¥20,000.00');
  await page.click('[data-example-open]');
  await expect(page.locator('[data-calculator-island="incentive"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-share-notice="shared"]')).toBeVisible();
  await expect(result(page, 'payout')).toHaveText('CN¥20,000.00');
  await hydrateAll(page);
  await expect(page.locator('#incentive-person-2-name')).toHaveValue('Service lead');
  await expect(page.locator('[data-payout]')).toHaveText(['CN¥7,103.82', 'CN¥6,630.24', 'CN¥6,265.94']);
});

test('the CSV download has a BOM, CRLF lines, the commission and every payout', async ({ page }) => {
  await ready(page);
  const text = await downloadCsv(page, 'incentive.csv');
  expect(text).toContain('Commission,12000\r\n');
  expect(text).toContain('With whole-amount tiers,20000\r\n');
  expect(text).toContain('7103.82\r\n');
  expect(text).toContain('Total,,,,,,,,,20000\r\n');
});

test('settings persist across visits; reset returns the example', async ({ page }) => {
  await ready(page);
  await page.fill('#incentive-sales', '180000');
  await expect(result(page, 'payout')).toHaveText('CN¥7,000.00');
  await page.reload();
  await expect(page.locator('[data-calculator-island="incentive"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('#incentive-sales')).toHaveValue('180,000.00');
  await expect(result(page, 'payout')).toHaveText('CN¥7,000.00');
  await page.click('[data-action="reset"]');
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
});

test('corrupted storage falls back to the example quietly', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('playbook:incentive:commission', '{"method":"eval","tiers":"all"}');
    localStorage.setItem('playbook:incentive:pool', 'not json');
  });
  await ready(page);
  await expect(result(page, 'payout')).toHaveText('CN¥12,000.00');
  await hydrateAll(page);
  await expect(result(page, 'pool-total')).toHaveText('CN¥20,000.00');
});

test('storage that throws does not break the calculator', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
  });
  await ready(page);
  await page.fill('#incentive-sales', '150000');
  await expect(result(page, 'payout')).toHaveText('CN¥5,500.00');
});

test('the Chinese page is labelled in Chinese and formats yuan', async ({ page }) => {
  await ready(page, '/zh-cn/calculators/incentive/');
  await expect(page.locator('label[for="incentive-sales"]')).toHaveText('本期净销售额');
  await expect(page.locator('label:has(input[value="marginal"])')).toContainText('超额累进');
  await expect(result(page, 'payout')).toHaveText('¥12,000.00');
  await page.check('input[name="incentive-method"][value="whole"]');
  await expect(page.locator('[data-cliff="20000000"]')).toContainText('¥200,000.00 处有断崖');
  await hydrateAll(page);
  await expect(page.locator('#incentive-kpi-0-name')).toHaveAttribute('placeholder', '销售额');
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations after a calculation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), theme);
    await ready(page);
    await page.check('input[name="incentive-method"][value="whole"]');
    await page.check('#incentive-gate-on');
    await page.fill('#incentive-sales', 'abc');
    await hydrateAll(page);
    await page.click('.incentive-paste summary');
    await page.fill('#incentive-person-0-grade', '20');
    for (const summary of await page.locator('.calc-math summary, .chart-data summary').all()) await summary.click();
    await page.waitForTimeout(200);
    expect(await axe(page)).toEqual([]);
  });
}

test('the whole-amount method names the currency, the score column says it is grade-adjusted and scores are not totalled', async ({ page }) => {
  await ready(page);
  await page.selectOption('#incentive-currency', 'USD');
  await expect(page.locator('input[name="incentive-method"][value="whole"]').locator('xpath=..')).toContainText('top rate on every dollar');
  await hydrateAll(page);
  await expect(page.locator('[data-team-table] thead th').nth(1)).toHaveText('Score × grade');
  // The total row adds up shares and payouts, never percentages of grade-adjusted scores.
  const total = page.locator('[data-team-table] tfoot tr.total');
  await expect(total.locator('td').first()).toHaveText('');
  await expect(total).not.toContainText(/\d%.*\d%.*\d%/);
});

for (const [locale, width] of [['en', 360], ['zh-cn', 360], ['en', 1280]] as const) {
  test(`tabbing through a person of the team table never scrolls sideways: each person is a card (${locale}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Focus scrolls its field into view smoothly unless the reader asks for less motion; a smooth scroll cut
    // short by the page settling could leave the field off screen at any moment the test looks.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await ready(page, `/${locale}/calculators/incentive/`);
    await hydrateAll(page);
    // Every KPI the scorecard takes adds two fields per person: as a table, wider than a laptop screen.
    const kpis = page.locator('[data-kpi-table] tbody tr');
    for (let n = await kpis.count(); n < 5; n++) {
      await page.locator('[data-action="add-kpi"]').press('Enter');
      await expect(kpis).toHaveCount(n + 1);
    }
    const name = page.locator('#incentive-person-0-name');
    await name.focus();
    // Tab through the first person to their grade field, the last of their card. Where the focused field sits
    // is read in the same task as its id: what the reader sees the moment Tab lands, before anything else runs.
    let landed = { id: '', onScreen: false };
    for (let i = 0; i < 40; i++) {
      landed = await page.evaluate(() => {
        const el = document.activeElement;
        const r = el?.getBoundingClientRect();
        return { id: el?.id ?? '', onScreen: !!r && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth };
      });
      if (landed.id === 'incentive-person-0-grade') break;
      await page.keyboard.press('Tab');
    }
    expect(landed).toEqual({ id: 'incentive-person-0-grade', onScreen: true });
    const grade = page.locator('#incentive-person-0-grade');
    await expect(grade).toBeFocused();
    const scroller = page.locator('[data-calculator-island="incentive-team"] .table-scroll').filter({ has: page.locator('[data-team-table]') });
    expect(await scroller.evaluate((el) => [el.scrollLeft, el.scrollWidth - el.clientWidth])).toEqual([0, 0]);
    // One card per person (wide tables turn to cards below about 990 px): the name heads it, the grade ends it,
    // both inside the scroller and on screen.
    const row = page.locator('[data-team-table] tbody tr').first();
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const [box, nameBox, gradeBox] = [(await scroller.boundingBox())!, (await name.boundingBox())!, (await grade.boundingBox())!];
    for (const b of [nameBox, gradeBox]) {
      expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    expect(gradeBox.y).toBeGreaterThan(nameBox.y);
  });
}

test('team commission: pasted people are each paid by the plan, totalled, kept on reload and in the CSV', async ({ page }) => {
  await ready(page);
  const sellers = page.locator('[data-seller-table] tbody tr');
  // The example team: ¥150,000, ¥250,000 and ¥80,000 under section 7.3's marginal tiers.
  await expect(sellers).toHaveCount(3);
  await expect(result(page, 'team-commission')).toHaveText('CN¥19,900.00');
  await page.click('.incentive-sales-paste summary');
  await page.fill('#incentive-sales-paste', ['姓名\t销售额', '李伟\t¥150,000', 'Bad\tabc', '王芳\t250,000.00', 'Zhao\t80000'].join('\n'));
  await page.click('[data-action="paste-sales"]');
  const status = page.locator('[data-sales-paste-status]');
  await expect(status).toContainText('Imported 3 people.');
  await expect(status).toContainText('Line 3 skipped: the sales “abc” are not an amount.');
  await expect(sellers).toHaveCount(3);
  await expect(page.locator('#incentive-seller-1-name')).toHaveValue('王芳');
  await expect(page.locator('[data-seller-payout]')).toHaveText(['CN¥5,500.00', 'CN¥12,000.00', 'CN¥2,400.00']);
  await expect(page.locator('[data-seller-rate]')).toHaveText(['3.67%', '4.80%', '3.00%']);
  await expect(result(page, 'team-sales')).toHaveText('CN¥480,000.00');
  await expect(result(page, 'team-commission')).toHaveText('CN¥19,900.00');
  await expect(result(page, 'team-cost-rate')).toHaveText('4.15%');
  // The same plan for everyone: whole-amount tiers change every payout.
  await page.check('input[name="incentive-method"][value="whole"]');
  await expect(page.locator('[data-seller-payout]')).toHaveText(['CN¥7,500.00', 'CN¥20,000.00', 'CN¥2,400.00']);
  await page.check('input[name="incentive-method"][value="marginal"]');
  await page.click('[data-action="add-seller"]');
  await expect(page.locator('#incentive-seller-3-name')).toBeFocused();
  await page.locator('[data-action="remove-seller"]').last().click();
  await expect(sellers).toHaveCount(3);
  await page.reload();
  await expect(page.locator('[data-calculator-island="incentive"][data-ready="true"]')).toBeVisible();
  await expect(page.locator('#incentive-seller-0-name')).toHaveValue('李伟');
  await expect(page.locator('[data-seller-payout]')).toHaveText(['CN¥5,500.00', 'CN¥12,000.00', 'CN¥2,400.00']);
  await expect(result(page, 'team-commission')).toHaveText('CN¥19,900.00');
  const text = await downloadCsv(page, 'incentive.csv');
  expect(text).toContain('Name,Sales,Commission,Effective rate\r\n');
  expect(text).toContain('李伟,150000,5500,3.67%\r\n');
  expect(text).toContain('王芳,250000,12000,4.80%\r\n');
  expect(text).toContain('Zhao,80000,2400,3.00%\r\n');
  expect(text).toContain('Total,480000,19900,4.15%\r\n');
});

test('team commission travels in the share link and reads Chinese', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page, '/zh-cn/calculators/incentive/');
  await expect(page.locator('[data-seller-table] caption')).toHaveText('每人提成');
  await page.fill('#incentive-seller-0-name', '张三');
  await page.fill('#incentive-seller-0-sales', '100000');
  await expect(page.locator('[data-seller-payout]').first()).toHaveText('¥3,000.00');
  await page.click('.incentive-sales-paste summary');
  await page.fill('#incentive-sales-paste', '李四,12,345.60\nx');
  await page.click('[data-action="paste-sales"]');
  await expect(page.locator('[data-sales-paste-status]')).toHaveText('已导入 1 人。第 2 行已跳过：应为姓名和金额两列，实际 1 列。');
  await expect(page.locator('[data-seller-payout]')).toHaveText(['¥370.37']);
  await page.click('[data-action="share"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await ready(other, link);
  await expect(other.locator('#incentive-seller-0-name')).toHaveValue('李四');
  await expect(other.locator('[data-result="team-commission"]')).toHaveText('¥370.37');
  await fresh.close();
});
