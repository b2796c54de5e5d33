import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from '../lib/progress';
import { decodeQuizAnswers, emptyQuizAnswers, type QuizAnswers } from '../lib/quiz';

/** Sections read and the last place, kept in this browser for both languages; bad data reads as empty. */
export const $progress = persistentAtom<Progress>('playbook:progress', emptyProgress, {
  encode: encodeProgress,
  decode: decodeProgress,
});

/** The role path the reader follows, kept so that a chapter opened later still offers "next in your path". */
export const $rolePath = persistentAtom<string>('playbook:path', '');

/** The language the reader last read in, so the language chooser at the root can offer it first. */
export const $lastLocale = persistentAtom<string>('playbook:locale', '');

/** Self-assessed answers to the end-of-chapter questions, kept in this browser for both languages. */
export const $quizAnswers = persistentAtom<QuizAnswers>('playbook:quiz', emptyQuizAnswers, {
  encode: JSON.stringify,
  decode: decodeQuizAnswers,
});
