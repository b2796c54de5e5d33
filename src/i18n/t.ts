import type { Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { zhCn } from './ui/zh-cn';
import type { promotionStrings } from './ui/promotion';
import type { kpiStrings } from './ui/kpi';
import type { incentiveStrings } from './ui/incentive';

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

type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written, so the gap shows. */
function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{([\w.-]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every key a calculator island can show: the site dictionary's and each calculator's own strings. */
export type CalcKey =
  | UiKey
  | keyof (typeof promotionStrings)['en']
  | keyof (typeof kpiStrings)['en']
  | keyof (typeof incentiveStrings)['en'];

/** The strings an island receives from its page: only the keys it shows, in one language. */
export type Strings = Partial<Record<CalcKey, string>>;

/** A translator over calculator keys, the same function whether it runs on the server or in an island. */
export type Translate = (key: CalcKey, params?: Params) => string;
export type T = Translate;

/**
 * The translator an island makes from the strings its page gave it (the same filling as the site's); a key
 * it was not given shows as the key, so a gap is visible in tests.
 * @example makeT({ 'calc.csv': 'Download CSV' })('calc.csv') //=> 'Download CSV'
 */
export function makeT(strings: Strings): Translate {
  return (key, params) => fill(strings[key] ?? key, params);
}

/**
 * A key put together at run time from a family and a value (`pricing.fee.` + a fee kind): typed as a
 * calculator key; the i18n unit test checks both dictionaries hold the same keys.
 * @example calcKey(`pricing.mode.${'margin'}`) //=> 'pricing.mode.margin'
 */
export function calcKey(key: string): CalcKey {
  return key as CalcKey;
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
