import { formatNumber, formatPercent } from '../../../lib/money';

/** Display helpers of the stock islands and worked example, bound to a locale. */
export function stockFormat(intl: string) {
  return {
    /** Whole items. */
    items: (n: number) => formatNumber(n, intl, 0),
    /** Days, demand per day: one decimal. */
    one: (n: number) => formatNumber(n, intl, 1),
    pct: (rate: number, digits = 1) => formatPercent(rate, intl, digits),
    /** How a value is written back into a field. */
    field: (n: number) => formatNumber(n, intl, 4),
    bound: (n: number) => formatNumber(n, intl, 2),
  };
}
