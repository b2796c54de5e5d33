import { formatNumber, minorPerMajor, type Currency } from '../../../lib/money';
import { pricingFormat } from '../kit/format';

/** Display helpers for the paid-traffic islands: the shared ones plus ROAS and ROI figures. */
export function adsFormat(intl: string, currency: Currency) {
  const base = pricingFormat(intl, currency);
  return {
    ...base,
    /** ROAS and ROI: up to two decimals (2.5, 2.78). */
    ratio: (x: number) => formatNumber(x, intl, 2),
    /** How a ROAS is written back into its field. */
    ratioField: (x: number) => formatNumber(x, intl, 4),
    count: (n: number) => formatNumber(n, intl, 0),
    /** One major unit of the currency (¥1.00), for "every ¥1.00 of spend". */
    one: base.money(minorPerMajor[currency]),
  };
}
export type AdsFormat = ReturnType<typeof adsFormat>;
