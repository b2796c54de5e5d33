/**
 * The customer value calculator's unchecked maths: what one new customer is worth over a horizon (LTV), what
 * winning one costs (CAC), their ratio and the month the customer has paid back their cost. Used by `index.ts`
 * (which checks the input first) and by tests, never by islands.
 *
 * The model is monthly. A customer is acquired at the start of month 1, and in each month m of the horizon
 * a share S(m) of the cohort is still buying (the survival curve: from a retention rate, or read from a
 * pasted cohort table). Each customer still buying places ordersPerYear ÷ 12 orders that month, and each
 * order leaves the margin per order, which is the **contribution before ads** per order (the glossary's
 * `contribution-margin` rung as an amount: net revenue minus goods, commission, payment fees, shipping,
 * packaging and returns, before any advertising); acquisition spend is not taken off it, because CAC is what
 * it is compared with. So month m earns, per customer acquired:
 *
 *   margin(m) = marginPerOrder × ordersPerYear ÷ 12 × S(m)
 *
 * With an annual discount rate d, a month's margin is discounted to the start of month 1 as if it came in at the
 * start of its month: discounted(m) = margin(m) × (1 + d)^−(m − 1)/12. Each month's amount is rounded to minor
 * units once (`roundRatio`, half-up); cumulative amounts and LTV are sums of those whole amounts, so the chart,
 * the table, the CSV and the headline agree to the cent.
 *
 * Conventions: money in integer minor units; rates are decimals (0.88 is 88 %); months are numbered from 1.
 */
import { roundRatio } from '../../money';

/** The longest horizon: ten years of months. */
export const MAX_HORIZON_MONTHS = 120;

/** Where the survival curve comes from: one monthly or yearly retention rate, or a cohort table. */
export type Retention =
  | { kind: 'monthly'; rate: number }
  | { kind: 'yearly'; rate: number }
  /** Months (1 = the month of the first order) and the share of the cohort still buying in each. */
  | { kind: 'cohort'; points: readonly (readonly [month: number, share: number])[] };

export interface LtvInput {
  /** Contribution before ads per order, minor units. */
  marginPerOrder: number;
  /** Orders a customer still buying places in a year (2.4 is one every five months). */
  ordersPerYear: number;
  retention: Retention;
  /** Months counted, 1 to 120. */
  horizonMonths: number;
  /** Annual discount rate, decimal; 0 means no discounting. */
  discountRate: number;
  /** What winning the new customers cost (ads, creators, new-customer coupons, the team's share), minor units. */
  acquisitionSpend: number;
  /** New paying customers that spend won. */
  newCustomers: number;
}

export type LtvWarning =
  /** LTV is below CAC: each new customer loses money over the horizon. */
  | 'below-cac'
  /** LTV:CAC between 1 and 3: it pays back, with little room for error. */
  | 'thin-ratio'
  /** Cumulative margin never reaches CAC within the horizon. */
  | 'no-payback'
  /** Retention of 100 %: nobody leaves, so only the horizon stops LTV growing. */
  | 'full-retention'
  /** A horizon over three years: most teams cannot see that far. */
  | 'long-horizon'
  /** The cohort table ends before the horizon: later months are not counted. */
  | 'cohort-short'
  /** No new customers: CAC cannot be worked out. */
  | 'no-customers'
  /** No margin per order or no orders: LTV is zero. */
  | 'no-margin';

export interface LtvMonth {
  month: number;
  /** Share of the cohort still buying this month. */
  survival: number;
  /** This month's margin per customer acquired, minor units (rounded once). */
  margin: number;
  /** The same, discounted to the start of month 1 (equal to `margin` without discounting). */
  discountedMargin: number;
  /** Margin from month 1 to this month, minor units. */
  cumulative: number;
  discountedCumulative: number;
}

export interface LtvResult {
  months: LtvMonth[];
  /** Months counted: the horizon, or fewer when a cohort table ends earlier. */
  countedMonths: number;
  /** Orders a customer places over the counted months, on average. */
  expectedOrders: number;
  /** LTV without discounting, minor units. */
  ltv: number;
  /** LTV discounted at the annual rate (equal to `ltv` at 0 %). */
  discountedLtv: number;
  /** Whether a discount rate above zero is in use: then the ratio and the payback read the discounted figures. */
  discounted: boolean;
  /** Acquisition spend ÷ new customers, minor units; `null` without new customers. */
  cac: number | null;
  /** The LTV compared (discounted when discounting) ÷ CAC; `null` without a CAC above zero. */
  ratio: number | null;
  /** The first month whose cumulative margin (discounted when discounting) is at least CAC; `null` if none. */
  paybackMonth: number | null;
  warnings: LtvWarning[];
}

/** Above this LTV:CAC a plan is commonly called healthy (the glossary's CAC entry). */
export const HEALTHY_RATIO = 3;
/** Horizons longer than this draw a warning. */
export const LONG_HORIZON_MONTHS = 36;

/**
 * The monthly retention rate that compounds to a yearly one: r = R^(1/12).
 * @example monthlyFromYearly(0.5) //=> 0.9438743126816935
 */
export function monthlyFromYearly(yearly: number): number {
  return yearly ** (1 / 12);
}

/**
 * A cohort table as points on months numbered from 1: sorted, and shifted by one when the table starts at
 * month 0 (tables that call the month of the first order "month 0" or "M0").
 * @example cohortPoints([[2, 0.4], [0, 1], [1, 0.5]]) //=> [[1, 1], [2, 0.5], [3, 0.4]]
 */
export function cohortPoints(rows: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...rows].map(([m, s]): [number, number] => [m, s]).sort((a, b) => a[0] - b[0]);
  const shift = sorted.length > 0 && sorted[0]![0] === 0 ? 1 : 0;
  return sorted.map(([m, s]) => [m + shift, s]);
}

/**
 * The share of the cohort still buying in each month 1…horizon, and how many months the curve covers.
 * A rate gives S(m) = r^(m − 1) (everyone buys in month 1). A cohort table is read at its points, straight
 * lines between them, 100 % in month 1 unless the table says otherwise, and nothing after its last month:
 * months it does not reach are not counted rather than guessed.
 * @example survivalCurve({ kind: 'monthly', rate: 0.5 }, 3) //=> { survival: [1, 0.5, 0.25], covered: 3 }
 * @example survivalCurve({ kind: 'cohort', points: [[1, 1], [3, 0.5]] }, 4) //=> { survival: [1, 0.75, 0.5], covered: 3 }
 */
export function survivalCurve(retention: Retention, horizonMonths: number): { survival: number[]; covered: number } {
  if (retention.kind !== 'cohort') {
    const r = retention.kind === 'monthly' ? retention.rate : monthlyFromYearly(retention.rate);
    return { survival: Array.from({ length: horizonMonths }, (_, i) => r ** i), covered: horizonMonths };
  }
  const points = cohortPoints(retention.points);
  if (points.length === 0) return { survival: [], covered: 0 };
  if (points[0]![0] > 1) points.unshift([1, 1]);
  const last = points[points.length - 1]![0];
  const covered = Math.min(horizonMonths, last);
  const survival: number[] = [];
  let k = 0;
  for (let m = 1; m <= covered; m++) {
    while (k < points.length - 1 && points[k + 1]![0] <= m) k++;
    const [m0, s0] = points[k]!;
    const next = points[k + 1];
    survival.push(m === m0 || !next ? s0 : s0 + ((next[1] - s0) * (m - m0)) / (next[0] - m0));
  }
  return { survival, covered };
}

/**
 * CAC: acquisition spend ÷ new customers, rounded half-up to minor units; `null` without new customers.
 * @example cacOf(6_000_000, 800) //=> 7500
 * @example cacOf(100, 0) //=> null
 */
export function cacOf(acquisitionSpend: number, newCustomers: number): number | null {
  return newCustomers > 0 ? roundRatio([acquisitionSpend], [newCustomers], 'half-up') : null;
}

/**
 * The first month whose cumulative margin is at least CAC, or `null` when none within the months given.
 * @example paybackMonth([100, 250, 400], 250) //=> 2
 */
export function paybackMonth(cumulative: readonly number[], cac: number): number | null {
  const i = cumulative.findIndex((c) => c >= cac);
  return i < 0 ? null : i + 1;
}

/** Discount factor of month m at an annual rate: (1 + d)^−(m − 1)/12, read at the start of the month. */
const discountFactor = (discountRate: number, month: number): number => (1 + discountRate) ** (-(month - 1) / 12);

/**
 * LTV (undiscounted and discounted), CAC, LTV:CAC, the payback month and the month-by-month table.
 * @example ltvResult({ marginPerOrder: 3000, ordersPerYear: 2.4, retention: { kind: 'monthly', rate: 0.9 }, horizonMonths: 12, discountRate: 0, acquisitionSpend: 2_000_000, newCustomers: 1000 }).ltv //=> 4304
 */
export function ltvResult(input: LtvInput): LtvResult {
  const { survival, covered } = survivalCurve(input.retention, input.horizonMonths);
  const months: LtvMonth[] = [];
  let cumulative = 0;
  let discountedCumulative = 0;
  let expectedOrders = 0;
  survival.forEach((share, i) => {
    const month = i + 1;
    const factor = discountFactor(input.discountRate, month);
    const margin = roundRatio([input.marginPerOrder, input.ordersPerYear, share], [12], 'half-up') ?? 0;
    const discountedMargin = input.discountRate > 0 ? (roundRatio([input.marginPerOrder, input.ordersPerYear, share, factor], [12], 'half-up') ?? 0) : margin;
    cumulative += margin;
    discountedCumulative += discountedMargin;
    expectedOrders += (input.ordersPerYear / 12) * share;
    months.push({ month, survival: share, margin, discountedMargin, cumulative, discountedCumulative });
  });
  const discounted = input.discountRate > 0;
  const compared = discounted ? discountedCumulative : cumulative;
  const cac = cacOf(input.acquisitionSpend, input.newCustomers);
  const ratio = cac !== null && cac > 0 ? compared / cac : null;
  const payback = cac === null ? null : paybackMonth(months.map((m) => (discounted ? m.discountedCumulative : m.cumulative)), cac);

  const warnings: LtvWarning[] = [];
  if (cac === null) warnings.push('no-customers');
  if (ratio !== null && ratio < 1) warnings.push('below-cac');
  else if (ratio !== null && ratio < HEALTHY_RATIO) warnings.push('thin-ratio');
  if (cac !== null && payback === null) warnings.push('no-payback');
  const full = input.retention.kind === 'cohort' ? survival.length > 0 && survival.every((s) => s >= 1) : input.retention.rate >= 1;
  if (full) warnings.push('full-retention');
  if (input.horizonMonths > LONG_HORIZON_MONTHS) warnings.push('long-horizon');
  if (covered < input.horizonMonths && input.retention.kind === 'cohort') warnings.push('cohort-short');
  if (cumulative === 0) warnings.push('no-margin');

  return {
    months,
    countedMonths: covered,
    expectedOrders: Math.round(expectedOrders * 1e6) / 1e6,
    ltv: cumulative,
    discountedLtv: discountedCumulative,
    discounted,
    cac,
    ratio,
    paybackMonth: payback,
    warnings,
  };
}
