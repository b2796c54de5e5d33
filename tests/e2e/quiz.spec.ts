import { test, expect, axe } from './fixtures';

const text = {
  en: { show: 'Show the answer', right: 'I had it', wrong: 'Not yet', score: 'Your score: 1 of 5', start: 'Self-check: 1 of 5', none: 'Not tried yet' },
  'zh-cn': { show: '查看答案', right: '答对了', wrong: '还没掌握', score: '你的得分：1/5', start: '自测：1/5', none: '尚未作答' },
} as const;

for (const locale of ['en', 'zh-cn'] as const) {
  const other = locale === 'en' ? 'zh-cn' : 'en';
  test(`a chapter ends with its self-check; answers survive reload and a language switch and score on the start page (${locale})`, async ({ page }) => {
    const s = text[locale];
    await page.goto(`/${locale}/03-core-strategies/`);
    const quiz = page.locator('section.quiz');
    await expect(quiz.locator('.quiz-questions > li')).toHaveCount(5);
    await expect(quiz.locator('[data-quiz-score]')).toHaveText(s.none);
    const first = quiz.locator('.quiz-questions > li').first();
    await first.getByText(s.show).click();
    // The answer links to the section that teaches it and to the calculator that works it.
    await expect(first.locator('.quiz-links a').first()).toHaveAttribute('href', '#pricing-and-promotion');
    await expect(first.locator('.quiz-links a').nth(1)).toHaveAttribute('href', `/${locale}/calculators/pricing/`);
    await first.getByLabel(s.right).check();
    const second = quiz.locator('.quiz-questions > li').nth(1);
    await second.getByText(s.show).click();
    await second.getByLabel(s.wrong).check();
    await expect(quiz.locator('[data-quiz-score]')).toHaveText(s.score);
    expect(await axe(page, 'section.quiz')).toEqual([]);

    await page.reload();
    await quiz.locator('.quiz-questions > li').first().getByText(s.show).click();
    await expect(quiz.locator('.quiz-questions > li').first().getByLabel(s.right)).toBeChecked();
    await expect(quiz.locator('[data-quiz-score]')).toHaveText(s.score);

    await page.goto(`/${other}/03-core-strategies/#quiz`);
    await expect(page.locator('section.quiz [data-quiz-score]')).toHaveText(text[other].score);

    await page.goto(`/${locale}/start/`);
    await expect(page.locator('[data-path-chapter="03-core-strategies"] [data-quiz-score]')).toHaveText(s.start);
    await expect(page.locator('[data-path-chapter="01-introduction"] [data-quiz-score]')).toHaveText(s.none);
    // The questions themselves now live at the chapters' ends, not here.
    await expect(page.locator('details')).toHaveCount(0);

    await page.goto(`/${locale}/03-core-strategies/`);
    await page.locator('[data-quiz-reset]').click();
    await expect(page.locator('section.quiz [data-quiz-score]')).toHaveText(s.none);
  });
}
