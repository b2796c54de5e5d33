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
 * Rounds a number of minor units to a whole number — the only rounding step for money. Exact for every
 * finite double: `'up'` never returns less than `value`, `'down'` never more, and `'half-up'` compares the
 * fraction with one half exactly (no tolerance, so 1e15 + 0.5 and 0.49999999999999994 round correctly).
 * Binary noise from a multiplication or division is the caller's to avoid: compute such amounts with
 * `roundRatio`, which reads each number as the decimal it prints as.
 * @example roundMinor(80.5, 'half-up') //=> 81
 * @example roundMinor(-80.5, 'half-up') //=> -81
 * @example roundMinor(8099.0000001, 'up') //=> 8100
 * @example roundMinor(8099.999999999999, 'down') //=> 8099
 */
export function roundMinor(value: number, mode: RoundingMode): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  let result: number;
  if (mode === 'up') result = Math.ceil(value);
  else if (mode === 'down') result = Math.floor(value);
  else {
    const magnitude = Math.abs(value);
    const whole = Math.floor(magnitude);
    // Subtracting the floor of a double is exact, so the comparison with one half is too.
    result = Math.sign(value) * (magnitude - whole >= 0.5 ? whole + 1 : whole);
  }
  return noNegativeZero(result);
}

/** A finite number as the decimal it prints as: `digits × 10^exponent`. */
interface Decimal {
  digits: bigint;
  exponent: number;
}

/**
 * Reads a finite number as the shortest decimal that prints as it (what a person typed: 0.029, not the
 * nearest binary fraction). `String` gives that decimal, sometimes in exponent form.
 */
function toDecimal(value: number): Decimal {
  const text = String(value);
  const [mantissa = '0', exp = '0'] = text.split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: BigInt(whole + fraction), exponent: Number(exp) - fraction.length };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Integer division of `n` by a positive `d`, rounded by `mode` (half away from zero for 'half-up'). */
function divideRounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  let q = magnitude / d;
  const r = magnitude % d;
  if (r !== 0n) {
    if (mode === 'half-up') {
      if (2n * r >= d) q += 1n;
    } else if ((mode === 'up') !== negative) {
      q += 1n;
    }
  }
  return negative ? -q : q;
}

/**
 * Products and quotients without binary noise: the product of `numerators` divided by the product of
 * `denominators`, each read as the decimal it prints as, rounded once to a whole number by `mode`. This
 * is how every rate × amount or amount ÷ rate that needs rounding up or down is computed, so that
 * 300 000 000 ÷ (0.025 × 15 000) is exactly 800 000 and 0.1 × 3 × 100 is exactly 30.
 * Non-finite inputs or a zero denominator give `null`.
 * @example roundRatio([0.1, 3, 100], [], 'up') //=> 30
 * @example roundRatio([300_000_000], [0.025, 15_000], 'up') //=> 800000
 * @example roundRatio([12.345, 100], [], 'half-up') //=> 1235
 */
export function roundRatio(numerators: readonly number[], denominators: readonly number[], mode: RoundingMode): number | null {
  if (![...numerators, ...denominators].every(Number.isFinite)) return null;
  let n = 1n;
  let d = 1n;
  let exponent = 0;
  for (const v of numerators) {
    const dec = toDecimal(v);
    n *= dec.digits;
    exponent += dec.exponent;
  }
  for (const v of denominators) {
    const dec = toDecimal(v);
    d *= dec.digits;
    exponent -= dec.exponent;
  }
  if (d === 0n) return null;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (exponent >= 0) n *= pow10(exponent);
  else d *= pow10(-exponent);
  return noNegativeZero(Number(divideRounded(n, d, mode)));
}

/**
 * Whether `left ≥ rate × right`, exactly, with `rate` read as the decimal it prints as: how a margin
 * target is tested, so a price that "meets" 64.9 % never earns 64.89999999 %.
 * @example atLeastShare(649, 0.649, 1000) //=> true
 * @example atLeastShare(648, 0.649, 1000) //=> false
 */
export function atLeastShare(left: number, rate: number, right: number): boolean {
  if (![left, rate, right].every(Number.isFinite)) return false;
  const l = toDecimal(left);
  const r = toDecimal(rate);
  const x = toDecimal(right);
  const rightExp = r.exponent + x.exponent;
  const common = Math.min(l.exponent, rightExp);
  return l.digits * pow10(l.exponent - common) >= r.digits * x.digits * pow10(rightExp - common);
}

/**
 * Major units (what a person types) to minor units.
 * @example toMinor(12.345, 'CNY') //=> 1235
 * @example toMinor(0.3, 'USD') //=> 30
 */
export function toMinor(major: number, currency: Currency, mode: RoundingMode = 'half-up'): number {
  // Read as typed: 12.345 is 1234.5 minor units, not the 1234.4999… that binary multiplication gives.
  return roundRatio([major, minorPerMajor[currency]], [], mode) ?? roundMinor(major * minorPerMajor[currency], mode);
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
  // −0 passes the check above; it must not come back as a part.
  total = noNegativeZero(total);
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
