// The platform reference and guardrails pages in a real browser: every platform and rule rendered in both
// languages, sources and dates on screen, callouts that land on their rule, and nothing wider than a phone.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';

const reference = JSON.parse(readFileSync('content/platforms.json', 'utf8')) as {
  platforms: { id: string; name: { zh: string; en: string }; commission: unknown[] }[];
  calendar: { id: string }[];
};
const ruleIds = (parse(readFileSync('content/guardrails.yaml', 'utf8')) as { id: string }[]).map((r) => r.id);
const locales = [
  { locale: 'en', key: 'en', seeRule: 'See the platform’s current rule', notAdvice: 'not legal advice' },
  { locale: 'zh-cn', key: 'zh', seeRule: '以平台现行规则为准', notAdvice: '不是法律意见' },
] as const;
const topics = ['commission', 'payment-fee', 'deposit', 'settlement', 'returns', 'ads'];

for (const { locale, key, seeRule } of locales) {
  test(`${locale}: the platform reference shows every platform under every topic, each fact with a source and a date`, async ({ page }) => {
    await page.goto(`/${locale}/platforms/`);
    for (const topic of topics) {
      await expect(page.locator(`h2#${topic}`)).toBeVisible();
      for (const p of reference.platforms) {
        const heading = page.locator(`h3#${topic}-${p.id}`);
        await expect(heading, `${topic} ${p.id}`).toContainText(p.name[key]);
      }
    }
    const commissionRows = reference.platforms.reduce((n, p) => n + p.commission.length, 0);
    await expect(page.locator('h2#commission ~ .ref-platform li[data-fact]')).toHaveCount(commissionRows);
    for (const c of reference.calendar) await expect(page.locator(`#calendar-${c.id}`)).toBeVisible();
    const facts = page.locator('[data-fact]');
    const count = await facts.count();
    expect(count).toBe(commissionRows + reference.platforms.length * 5 + reference.calendar.length);
    for (let i = 0; i < count; i++) {
      const fact = facts.nth(i);
      await expect(fact.locator('[data-source]')).not.toBeEmpty();
      await expect(fact.locator('[data-as-of]')).toHaveText(/20\d\d/);
    }
    const unconfirmed = page.locator('[data-fact][data-status="see-rule"]');
    expect(await unconfirmed.count()).toBeGreaterThan(0);
    for (const row of await unconfirmed.all()) await expect(row).toContainText(seeRule);
    // The calculators' starting rates are on the page, so a reader can see where 0.6 % comes from.
    await expect(page.locator('tr[data-platform="tmall"] [data-payment-fee]')).toHaveAttribute('data-payment-fee', '0.006');
  });
}

test('both locales carry the same guardrail anchors, one per rule, and say they are not legal advice', async ({ page }) => {
  const anchors: Record<string, string[]> = {};
  for (const { locale, notAdvice } of locales) {
    await page.goto(`/${locale}/guardrails/`);
    await expect(page.locator('[data-disclaimer]')).toContainText(notAdvice);
    anchors[locale] = await page.locator('[data-guardrail-rule]').evaluateAll((els) => els.map((e) => e.id));
    for (const id of ruleIds) {
      const rule = page.locator(`[id="${id}"]`);
      await expect(rule.locator('.gr-wrong')).not.toBeEmpty();
      await expect(rule.locator('.gr-right')).not.toBeEmpty();
      await expect(rule.locator('[data-source]')).toContainText(/\d{4}/);
      // Every rule links back to at least one section where it applies.
      expect(await rule.locator('.gr-uses a').count(), `${locale} ${id}`).toBeGreaterThan(0);
    }
  }
  expect(anchors.en!.slice().sort()).toEqual(ruleIds.slice().sort());
  expect(anchors['zh-cn']).toEqual(anchors.en);
});

test('a guardrail callout in a chapter opens its rule, and the rule links back to the section', async ({ page }) => {
  await page.goto('/zh-cn/03-core-strategies/');
  const callout = page.locator('.heading-wrapper:has(#pricing-and-promotion) ~ [data-guardrail="price-marking"]').first();
  await expect(callout).toContainText('合规红线');
  await callout.locator('a').click();
  await expect(page).toHaveURL(/\/zh-cn\/guardrails\/#price-marking$/);
  const rule = page.locator('[id="price-marking"]');
  await expect(rule).toBeInViewport();
  await rule.locator('.gr-uses a', { hasText: '3.' }).first().click();
  await expect(page).toHaveURL(/\/zh-cn\/03-core-strategies\/#pricing-and-promotion$/);
});

test('a platform note in a chapter opens the matching topic of the reference', async ({ page }) => {
  await page.goto('/en/03-core-strategies/');
  await page.locator('[data-platform-ref="payment-fee"] a').first().click();
  await expect(page).toHaveURL(/\/en\/platforms\/#payment-fee$/);
  await expect(page.locator('h2#payment-fee')).toBeInViewport();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const { locale } of locales) {
    for (const path of ['platforms', 'guardrails', '03-core-strategies']) {
      test(`${locale} ${path} does not scroll sideways`, async ({ page }) => {
        await page.goto(`/${locale}/${path}/`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
