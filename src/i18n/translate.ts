/**
 * The one translator of the site and the islands: typed keys and `{name}` placeholders. Kept apart from the
 * dictionaries (`t.ts` loads them for the server), so an island's bundle carries only the strings its page
 * gave it, not every dictionary.
 */
import type { UiKey } from './ui/en';

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written, so the gap shows. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{([\w.-]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every key a calculator island can show: the site dictionary's, which holds each calculator's own strings. */
export type CalcKey = UiKey;

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
