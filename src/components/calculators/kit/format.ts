import { formatFixed, formatMoney, formatNumber, formatPercent, minorPerMajor, type Currency } from '../../../lib/money';
import { MONEY_LIMIT } from '../../../lib/calc/shared/limits';

/** Display helpers shared by the pricing islands, bound to a locale and currency. */
export function pricingFormat(intl: string, currency: Currency) {
  return {
    money: (minor: number) => formatMoney(minor, currency, intl),
    pct: (rate: number, digits = 1) => formatPercent(rate, intl, digits),
    /** How a money value is written back into a field. */
    moneyField: (major: number) => formatFixed(major, intl, 2),
    percentField: (percent: number) => formatNumber(percent, intl, 4),
    bound: (n: number) => formatNumber(n, intl, 2),
    moneyUnit: formatMoney(0, currency, intl).replace(/[\d.,\s\u00a0]/g, ''),
  };
}

/** The money limit in major units, for the bounds of a money field. */
export const moneyLimitMajor = (currency: Currency) => MONEY_LIMIT / minorPerMajor[currency];
/** Percent as typed ↔ decimal rate, rounded to keep binary noise out of stored state. */
export const toRate = (percent: number) => Math.round(percent * 1e8) / 1e10;
export const toPercent = (rate: number) => Math.round(rate * 1e10) / 1e8;
