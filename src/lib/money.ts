/**
 * Money in integer minor units (cents, fen) with one rounding function and explicit modes.
 * Amounts cross into major units only for display, through `formatMoney`.
 */

export const currencies = ['CNY', 'USD', 'EUR', 'GBP'] as const;
export type Currency = (typeof currencies)[number];

/** Minor units per major unit for each supported currency. */
export const minorPerMajor: Record<Currency, number> = { CNY: 100, USD: 100, EUR: 100, GBP: 100 };

/** How a fractional amount of minor units becomes whole: half away from zero, towards +∞, towards −∞. */
export type RoundingMode = 'half-up' | 'up' | 'down';

/** Removes `-0` so it never reaches the screen or a comparison by identity. */
export function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * Rounds a real number of minor units to a whole number — the only rounding step for money.
 * Values within a billionth of a whole number are taken as that number, so binary noise does not move
 * the result: 8100.000000000002 does not round up to 8101, nor 8099.999999999999 down to 8099.
 * @example roundMinor(80.5, 'half-up') //=> 81
 * @example roundMinor(-80.5, 'half-up') //=> -81
 * @example roundMinor(8099.0000001, 'up') //=> 8100
 * @example roundMinor(8099.999999999999, 'down') //=> 8100
 */
export function roundMinor(value: number, mode: RoundingMode): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value))) return noNegativeZero(nearest);
  let result: number;
  if (mode === 'up') result = Math.ceil(value);
  else if (mode === 'down') result = Math.floor(value);
  else result = Math.sign(value) * Math.floor(Math.abs(value) + 0.5);
  return noNegativeZero(result);
}

/**
 * Major units (what a person types) to minor units.
 * @example toMinor(12.345, 'CNY') //=> 1235
 * @example toMinor(0.3, 'USD') //=> 30
 */
export function toMinor(major: number, currency: Currency, mode: RoundingMode = 'half-up'): number {
  return roundMinor(major * minorPerMajor[currency], mode);
}

/**
 * Minor units to major units, for display and CSV.
 * @example toMajor(8100, 'CNY') //=> 81
 */
export function toMajor(minor: number, currency: Currency): number {
  return noNegativeZero(minor / minorPerMajor[currency]);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
/**
 * Formats minor units for a locale and currency; the currency is the user's choice, not the locale's.
 * @example formatMoney(8100, 'CNY', 'zh-CN') //=> '¥81.00'
 * @example formatMoney(-0, 'USD', 'en-GB') //=> 'US$0.00'
 */
export function formatMoney(minor: number, currency: Currency, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format.format(toMajor(Number.isFinite(minor) ? minor : 0, currency));
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/**
 * Formats a decimal rate as a percentage.
 * @example formatPercent(0.271, 'en-GB') //=> '27.1%'
 * @example formatPercent(-0.0001, 'en-GB', 1) //=> '0.0%'
 */
export function formatPercent(rate: number, locale: string, digits = 1): string {
  const key = `${locale}|${digits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    percentFormats.set(key, format);
  }
  const scale = 10 ** (digits + 2);
  const shown = noNegativeZero(Math.round((Number.isFinite(rate) ? rate : 0) * scale) / scale);
  return format.format(shown);
}

/**
 * Formats a plain number (units, visitors) with the locale's grouping.
 * @example formatNumber(800000, 'en-GB') //=> '800,000'
 */
export function formatNumber(value: number, locale: string, maxDigits = 2): string {
  const v = Number.isFinite(value) ? noNegativeZero(value) : 0;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(v);
}

/**
 * Formats a number with a fixed count of decimals (money amounts inside formulas).
 * @example formatFixed(50.3, 'en-GB', 2) //=> '50.30'
 */
export function formatFixed(value: number, locale: string, digits: number): string {
  const v = Number.isFinite(value) ? value : 0;
  const rounded = noNegativeZero(Math.round(v * 10 ** digits) / 10 ** digits);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rounded);
}

/**
 * Splits a whole amount into whole parts proportional to `weights`, by largest remainder: the parts always
 * add up to `total` exactly and none is negative. Zero or missing weights get nothing; if every weight is
 * zero the total is split evenly.
 * @example allocate(100, [1, 1, 1]) //=> [34, 33, 33]
 * @example allocate(1000, [0.5, 0.3, 0.2]) //=> [500, 300, 200]
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  if (weights.length === 0) return [];
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? clean : clean.map(() => 1);
  const shareSum = sum > 0 ? sum : shares.length;
  const exact = shares.map((w) => (total * w) / shareSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  // Largest fractional remainder first; ties go to the earlier item so the result is deterministic.
  const order = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x), w: shares[i]! }))
    .filter((o) => o.w > 0)
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}
