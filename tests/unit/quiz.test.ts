import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema } from '../../src/schemas/quiz';
import { decodeQuizAnswers, emptyQuizAnswers, quizScore, setVerdict } from '../../src/lib/quiz';

const quizzes = (parse(readFileSync('content/quizzes.yaml', 'utf8')) as unknown[]).map((q) => quizSchema.parse(q));

/** Section ids from a chapter's frontmatter. */
function sectionIds(file: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!;
  return (parse(frontmatter) as { sections: { id: string }[] }).sections.map((s) => s.id);
}

describe('the end-of-chapter self-checks', () => {
  it('cover every chapter with 3–5 questions, each pointing at a section of that chapter in both languages', () => {
    for (const locale of ['en', 'zh-cn']) {
      const files = readdirSync(`content/${locale}`).filter((f) => f.endsWith('.mdx'));
      expect(quizzes.map((q) => q.id).sort()).toEqual(files.map((f) => f.replace(/\.mdx$/, '')).sort());
      for (const quiz of quizzes) {
        const ids = sectionIds(`content/${locale}/${quiz.id}.mdx`);
        expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
        for (const q of quiz.questions) expect(ids, `${quiz.id} ${q.id}`).toContain(q.section);
      }
    }
  });

  it('are no longer in the chapters’ frontmatter', () => {
    for (const locale of ['en', 'zh-cn']) {
      for (const file of readdirSync(`content/${locale}`)) expect(readFileSync(`content/${locale}/${file}`, 'utf8')).not.toMatch(/^selfCheck:/m);
    }
  });
});

describe('kept quiz answers', () => {
  it('score the right answers out of all questions', () => {
    let s = setVerdict(emptyQuizAnswers, '03-core-strategies#q1', 'right');
    s = setVerdict(s, '03-core-strategies#q2', 'wrong');
    const keys = ['03-core-strategies#q1', '03-core-strategies#q2', '03-core-strategies#q3'];
    expect(quizScore(s, keys)).toEqual({ right: 1, answered: 2, total: 3 });
    expect(quizScore(setVerdict(s, '03-core-strategies#q1', undefined), keys)).toEqual({ right: 0, answered: 1, total: 3 });
    expect(decodeQuizAnswers(JSON.stringify(s))).toEqual(s);
  });

  it('read corrupted or other-version data as no answers', () => {
    for (const raw of ['', '{', '{"v":2,"answers":{}}', '{"answers":{"03-core-strategies#q1":"right"}}', '{"v":1,"answers":{"03-core-strategies#q1":"maybe"}}', '{"v":1,"answers":{"x":"right"}}']) {
      expect(decodeQuizAnswers(raw), raw).toEqual(emptyQuizAnswers);
    }
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(decodeQuizAnswers(raw).v).toBe(1);
      }),
    );
  });
});
