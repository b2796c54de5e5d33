import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from '../lib/progress';
import { decodeQuizAnswers, emptyQuizAnswers, type QuizAnswers } from '../lib/quiz';
import { LAST_LOCALE_KEY, PATH_KEY, PROGRESS_KEY, QUIZ_KEY } from './keys';

/** Sections read and the last place, kept in this browser for both languages; bad data reads as empty. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress, {
  encode: encodeProgress,
  decode: decodeProgress,
});

/** The role path the reader follows, kept so that a chapter opened later still offers "next in your path". */
export const $rolePath = persistentAtom<string>(PATH_KEY, '');

/** The language the reader last read in, so the language chooser at the root can offer it first. */
export const $lastLocale = persistentAtom<string>(LAST_LOCALE_KEY, '');

/** Self-assessed answers to the end-of-chapter questions, kept in this browser for both languages. */
export const $quizAnswers = persistentAtom<QuizAnswers>(QUIZ_KEY, emptyQuizAnswers, {
  encode: JSON.stringify,
  decode: decodeQuizAnswers,
});
