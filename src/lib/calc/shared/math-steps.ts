/**
 * The shared shape of "show the math": each step is a label key, a formula with the reader's numbers in it,
 * and the result; and one way to write those numbers, so every calculator's math reads alike.
 */
import { formatFixed, formatNumber, formatPercent, minorPerMajor, toMajor, type Currency } from '../../money';

export interface MathStep<K extends string = string> {
  /** Dictionary key of the step's label. */
  key: K;
  /** Extra words after the label, e.g. which fee or which person. */
  detail?: string;
  /** The formula with numbers substituted, e.g. "(50.00 + 0.30) ÷ (1 − 7.90% − 30.00%)". */
  expression: string;
  result: string;
}

/**
 * Number formats for formulas: money in major units with the currency's decimals, rates as percents.
 * @example mathFormat('CNY', 'en-GB').money(5030) //=> '50.30'
 * @example mathFormat('CNY', 'en-GB').rate(0.079) //=> '7.90%'
 */
export function mathFormat(currency: Currency, locale: string) {
  const digits = Math.log10(minorPerMajor[currency]);
  return {
    money: (minor: number) => formatFixed(toMajor(minor, currency), locale, digits),
    /** Fractional minor units, to two more decimals than the currency has. */
    moneyExact: (minor: number) => formatFixed(toMajor(minor, currency), locale, digits + 2),
    rate: (rate: number) => formatPercent(rate, locale, 2),
    /** Units, visitors, orders: up to two decimals. */
    count: (n: number) => formatNumber(n, locale, 2),
    /** Intermediate values: up to four decimals. */
    number: (n: number) => formatNumber(n, locale, 4),
  };
}
