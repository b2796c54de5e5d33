import * as z from 'zod/mini';
import { parseJson } from './codec';

/**
 * A reader's self-assessed answers to the end-of-chapter questions, keyed `chapter-slug#question-id` (the
 * same in both languages). Versioned like reading progress: anything else reads as no answers.
 */
export const QUIZ_VERSION = 1;
const answerKey = z.string().check(z.regex(/^\d\d-[a-z0-9-]+#q\d{1,2}$/), z.maxLength(80));
export const quizAnswersSchema = z.object({
  v: z.literal(QUIZ_VERSION),
  answers: z.record(answerKey, z.enum(['right', 'wrong'])),
});
export type QuizAnswers = z.infer<typeof quizAnswersSchema>;
export type Verdict = 'right' | 'wrong';
export const emptyQuizAnswers: QuizAnswers = { v: QUIZ_VERSION, answers: {} };

/**
 * @example decodeQuizAnswers('{"v":1,"answers":{"03-core-strategies#q1":"right"}}').answers //=> { '03-core-strategies#q1': 'right' }
 * @example decodeQuizAnswers('{"v":1,"answers":{"03-core-strategies#q1":"maybe"}}') //=> { v: 1, answers: {} }
 */
export function decodeQuizAnswers(raw: unknown): QuizAnswers {
  const result = quizAnswersSchema.safeParse(parseJson(raw));
  return result.success && Object.keys(result.data.answers).length <= 200 ? result.data : emptyQuizAnswers;
}

/** The answers with one verdict set, or cleared when `verdict` is undefined. */
export function setVerdict(state: QuizAnswers, key: string, verdict: Verdict | undefined): QuizAnswers {
  if (!answerKey.safeParse(key).success) return state;
  const answers = { ...state.answers };
  if (verdict) answers[key] = verdict;
  else delete answers[key];
  return { ...state, answers };
}

/**
 * The score over some questions: how many the reader had right, how many they rated, out of how many.
 * @example quizScore({ v: 1, answers: { 'a#q1': 'right', 'a#q2': 'wrong' } }, ['a#q1', 'a#q2', 'a#q3']) //=> { right: 1, answered: 2, total: 3 }
 */
export function quizScore(state: QuizAnswers, keys: readonly string[]): { right: number; answered: number; total: number } {
  let right = 0;
  let answered = 0;
  for (const key of keys) {
    const verdict = state.answers[key];
    if (verdict) answered++;
    if (verdict === 'right') right++;
  }
  return { right, answered, total: keys.length };
}
