import { formatNumber, toMajor, type Currency } from '../../../lib/money';
import { pricingFormat } from '../kit/format';

/** A discount typed as percent off (15) or in 折 (8.5). */
export type RateUnit = 'percent' | 'zhe';

/** Display helpers for the promotion islands: the pricing ones plus short amounts, uplifts and multiples. */
export function promotionFormat(intl: string, currency: Currency) {
  const base = pricingFormat(intl, currency);
  return {
    ...base,
    /** ¥300 rather than ¥300.00, for offers written the way shops write them. */
    short: (minor: number) => `${base.moneyUnit}${formatNumber(toMajor(minor, currency), intl, 2)}`,
    uplift: (rate: number) => `+${base.pct(rate)}`,
    count: (n: number) => formatNumber(n, intl, 0),
    times: (x: number) => formatNumber(x, intl, 2),
    major: (minor: number) => toMajor(minor, currency),
    /** How a discount is typed first: in 折 for Chinese readers, in percent off for the others. */
    rateUnit: (intl.toLowerCase().startsWith('zh') ? 'zhe' : 'percent') as RateUnit,
  };
}
export type PromotionFormat = ReturnType<typeof promotionFormat>;
