import { test, expect, axe } from './fixtures';

const label = { en: 'Mark this section as read', 'zh-cn': '将本节标为已读' } as const;

for (const locale of ['en', 'zh-cn'] as const) {
  const other = locale === 'en' ? 'zh-cn' : 'en';

  test(`progress is kept across reload and a language switch, and can be undone and cleared (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/06-data-driven/`);
    const tick = (section: string) => page.locator(`[data-mark-read="06-data-driven#${section}"]`);
    // An explicit tick, once the reader has reached it (the tick works as soon as its code has loaded).
    await tick('why-data').scrollIntoViewIfNeeded();
    await tick('why-data').check();
    // Reaching the end of a section and staying there a moment counts it as read.
    await page.locator('[data-section-end="06-data-driven#kpis"]').scrollIntoViewIfNeeded();
    await expect(tick('kpis')).toBeChecked({ timeout: 10_000 });
    await expect(page.locator('.sidebar [data-read-key="06-data-driven#kpis"]')).toHaveAttribute('data-read', '');

    await page.reload();
    await expect(tick('why-data')).toBeChecked();
    await expect(tick('kpis')).toBeChecked();
    await expect(page.getByLabel(label[locale]).first()).toBeChecked();

    await page.locator('[data-language-link]').first().click();
    await expect(page).toHaveURL(new RegExp(`/${other}/06-data-driven/`));
    await expect(tick('why-data')).toBeChecked();
    await expect(tick('kpis')).toBeChecked();

    // Undo one: it stays unread even though its end was reached before.
    await tick('why-data').uncheck();
    await page.goto(`/${other}/start/`);
    const sections = page.locator('[data-path-chapter="06-data-driven"] [data-progress-of]');
    await expect(sections).toContainText(other === 'en' ? '1 of 4 sections read' : '已读 1/4 节');
    expect(await axe(page)).toEqual([]);
    await page.locator('[data-progress-clear]').click();
    await expect(sections).toContainText(other === 'en' ? '0 of 4 sections read' : '已读 0/4 节');
    await page.goto(`/${other}/06-data-driven/`);
    await expect(tick('kpis')).not.toBeChecked();
  });

  test(`following a role path moves through it with next and back links (${locale})`, async ({ page }) => {
    // Seven page loads and an axe run: more than the default time on a busy machine.
    test.setTimeout(90_000);
    await page.goto(`/${locale}/start/`);
    const card = page.locator('#role-operator').locator('xpath=..');
    await expect(card.locator('.path-total')).toContainText(locale === 'en' ? '6 sections' : '共 6 节');
    await card.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/03-core-strategies/\\?path=operator#product$`));
    const step1 = page.locator('[data-section-end="03-core-strategies#product"] [data-path-nav="operator"]');
    await expect(step1).toBeVisible();
    await expect(step1).toContainText(locale === 'en' ? 'Step 1 of 6' : '第 1 步，共 6 步');
    // Another role's links stay out of the way.
    await expect(page.locator('[data-path-nav="planner"]').first()).toBeHidden();
    expect(await axe(page)).toEqual([]);
    await step1.locator('[data-path-next]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/03-core-strategies/\\?path=operator#pricing-and-promotion$`));
    const step2 = page.locator('[data-section-end="03-core-strategies#pricing-and-promotion"] [data-path-nav="operator"]');
    await step2.locator('[data-path-next]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/04-customer-experience/\\?path=operator#purchase-flow$`));
    // The path is remembered without the address too.
    await page.goto(`/${locale}/04-customer-experience/#purchase-flow`);
    const step3 = page.locator('[data-section-end="04-customer-experience#purchase-flow"] [data-path-nav="operator"]');
    await expect(step3).toContainText(locale === 'en' ? 'Step 3 of 6' : '第 3 步，共 6 步');
    await step3.locator('[data-path-back]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/start/#role-operator$`));
    // Leaving the path hides its links.
    await page.goto(`/${locale}/04-customer-experience/#purchase-flow`);
    await step3.locator('[data-path-leave]').click();
    await expect(step3).toBeHidden();
    await page.reload();
    await expect(step3).toBeHidden();
  });

  test(`home offers to continue where the reader stopped, and the root page remembers the language (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('[data-continue]')).toBeHidden();
    await page.goto(`/${locale}/03-core-strategies/`);
    await page.locator('[data-mark-read="03-core-strategies#product"]').scrollIntoViewIfNeeded();
    await page.locator('[data-mark-read="03-core-strategies#product"]').check();
    await page.goto(`/${locale}/`);
    const resume = page.locator('[data-continue]');
    await expect(resume).toBeVisible();
    await expect(resume).toHaveAttribute('href', `/${locale}/03-core-strategies/#pricing-and-promotion`);
    await expect(page.locator('.card [data-progress-of]').nth(2)).toContainText(locale === 'en' ? '1 of 4 sections read' : '已读 1/4 节');
    await page.goto('/');
    const card = page.locator('.card[data-remembered]');
    await expect(card).toHaveCount(1);
    await expect(card.locator('[data-locale-choice]')).toHaveAttribute('data-locale-choice', locale);
    await card.locator('.continue-link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/03-core-strategies/#pricing-and-promotion$`));
  });
}

test('broken stored progress does not break reading', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('playbook:progress', '{"v":1,"read":{"06-data-driven#kpis":"yesterday"}');
    localStorage.setItem('playbook:path', '<script>');
  });
  await page.goto('/en/06-data-driven/');
  await expect(page.locator('[data-mark-read="06-data-driven#kpis"]')).not.toBeChecked();
  await page.locator('[data-mark-read="06-data-driven#kpis"]').check();
  await page.reload();
  await expect(page.locator('[data-mark-read="06-data-driven#kpis"]')).toBeChecked();
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`a first visit to the start page does not move when its progress code loads (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/start/`);
    const lines = page.locator('.path-left');
    // Printed with the page: a reader without progress sees the final words before any script runs.
    await expect(lines.first()).not.toBeEmpty();
    const before = await lines.allTextContents();
    const top = () => page.locator('#path-05-marketing').evaluate((h) => h.getBoundingClientRect().top + scrollY);
    const at = await top();
    // The progress code loads at idle on this page; wait for it, then for two frames of its rendering.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('progress-view')));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await lines.allTextContents()).toEqual(before);
    expect(await top()).toBe(at);
  });
}

for (const [from, to] of [['en', 'zh-cn'], ['zh-cn', 'en']] as const) {
  test(`the language switch lands on the section in view, without a #hash in the address (${from})`, async ({ page }) => {
    /** Brings the element to the top of the window, as a reader scrolling with the mouse wheel would. */
    const readAt = async (selector: string) => {
      await page.evaluate(() => dispatchEvent(new WheelEvent('wheel')));
      await page.locator(selector).evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
    };
    // With the keyboard: a pointer click would let the test runner scroll the page first.
    const switchLanguage = async () => {
      await page.locator('[data-language-link]').first().focus();
      await page.keyboard.press('Enter');
    };
    await page.goto(`/${from}/07-team/`);
    await readAt('h2#incentives');
    await switchLanguage();
    await expect(page).toHaveURL(new RegExp(`/${to}/07-team/#incentives$`));
    await expect(page.locator('h2#incentives')).toBeInViewport();

    await page.goto(`/${from}/start/`);
    await readAt('#path-05-marketing');
    await switchLanguage();
    await expect(page).toHaveURL(new RegExp(`/${to}/start/#path-05-marketing$`));

    await page.goto(`/${from}/glossary/`);
    await readAt('dt#cvr');
    await switchLanguage();
    await expect(page).toHaveURL(new RegExp(`/${to}/glossary/#cvr$`));
    await expect(page.locator('dt#cvr')).toBeInViewport();

    // Back at the top, the other language opens at its top too.
    await page.goto(`/${from}/06-data-driven/`);
    await switchLanguage();
    await expect(page).toHaveURL(new RegExp(`/${to}/06-data-driven/$`));
  });
}

test('a calculator page records the language at the first move and loads no progress code; a chapter does load it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  const progressCode = /^progress(?:-view)?\./;
  await page.goto('/zh-cn/calculators/stock/', { waitUntil: 'networkidle' });
  expect(await page.evaluate(() => localStorage.getItem('playbook:locale'))).toBeNull();
  await page.focus('#stock-leadTimeDays');
  // The root page offers the language read last: the first move records it without the progress code.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('playbook:locale'))).toBe('zh-cn');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => progressCode.test(s))).toEqual([]);
  // A chapter may mark a section read while it is open, so there the first move loads it.
  await page.goto('/en/02-market-analysis/', { waitUntil: 'networkidle' });
  await page.mouse.move(200, 300);
  await expect.poll(() => scripts.filter((s) => progressCode.test(s)).length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('playbook:locale'))).toBe('en');
});
