/**
 * Storage keys that code outside the stores reads or writes without loading them: the sidebar's first-move
 * script checks for progress and records the language with these, so a page with nothing to show loads no
 * progress code.
 */
export const PROGRESS_KEY = 'playbook:progress';
export const QUIZ_KEY = 'playbook:quiz';
export const PATH_KEY = 'playbook:path';
/** The language the reader last read in (`$lastLocale`), stored as the bare locale string. */
export const LAST_LOCALE_KEY = 'playbook:locale';
/** Any of these stored means there are read marks, counts or scores to show. */
export const PROGRESS_STATE_KEYS = [PROGRESS_KEY, QUIZ_KEY, PATH_KEY] as const;
