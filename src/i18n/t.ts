import type { Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { zhCn } from './ui/zh-cn';
import { fill, type Params } from './translate';

export type { UiKey };
export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

/**
 * A translator for one locale. `{name}` placeholders are filled from `params`.
 * @example useTranslations('en')('chapter.label', { number: 3 }) //=> 'Chapter 3'
 */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey, params?: Params): string => fill(dict[key], params);
}


/**
 * The strings under some key prefixes, for an island: it receives only what it shows, in one language.
 * @example pickStrings('en', ['calc.'])['calc.csv'] //=> 'Download CSV'
 */
export function pickStrings(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  const dict = dictionaries[locale];
  const out: Record<string, string> = {};
  for (const key of Object.keys(dict) as UiKey[]) {
    if (prefixes.some((p) => key.startsWith(p))) out[key] = dict[key];
  }
  return out;
}

export { calcKey, makeT, type CalcKey, type Strings, type T, type Translate } from './translate';
