/**
 * The stock calculator's unchecked maths: daily demand from sales history, the normal distribution, safety
 * stock, reorder point, days of cover, the order for a peak and the stock-out risk of a planned quantity.
 * Used by `index.ts` (which checks the input first) and by tests, never by islands.
 *
 * The model, stated once:
 * - daily demand has mean d and standard deviation σd, days independent; the lead time has mean L and
 *   standard deviation σL, independent of demand;
 * - demand over the lead time then has mean d·L and variance L·σd² + d²·σL² (demand and lead-time variance
 *   combined), so safety stock SS = z·√(L·σd² + d²·σL²), with z the inverse normal of the cycle service level;
 * - reorder point ROP = d·L + SS; days of cover = on hand ÷ d;
 * - for a peak, the order placed today must last through the lead time and a peak window of P days selling
 *   m times the usual rate: demand has mean d·L + m·d·P and variance L·σd² + d²·σL² + P·(m·σd)²;
 * - the stock-out risk of a stock S is P(demand > S) under the normal approximation.
 * Units are whole items: every quantity to stock or order is rounded up.
 */

/** At or above this cycle service level z is unbounded for any real data: 99.99 % and 100 % are refused. */
export const MAX_SERVICE_LEVEL = 0.9999;

export type HistoryUnit = 'day' | 'week';

export interface DemandStats {
  /** Average daily demand, items per day. */
  mean: number;
  /** Standard deviation of daily demand. */
  sd: number;
  /** How many periods (days or weeks) it was read from, and which. */
  periods: number;
  unit: HistoryUnit;
  /** The periods' own mean and sample standard deviation, before conversion to days. */
  periodMean: number;
  periodSd: number;
}

/** A −0 becomes 0; everything the maths returns passes through here. */
const clean = (n: number): number => (n === 0 ? 0 : n);

/** How far apart two quantities may be and still count as equal: a few units in the last place of the larger. */
const noise = (x: number): number => 8 * Number.EPSILON * Math.max(1, Math.abs(x));

/**
 * Whole items, rounded up; binary noise just above a whole number (0.1 × 3 × 40 = 12.000000000000002) stays
 * that number.
 * @example wholeUp(3.2) //=> 4
 * @example wholeUp(0.1 * 3 * 40) //=> 12
 */
export function wholeUp(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= noise(x)) return clean(nearest);
  return clean(Math.ceil(x));
}

/**
 * Daily demand from sales per period: the mean and the sample standard deviation (n − 1) of the periods; weekly
 * figures are turned into daily ones as mean ÷ 7 and standard deviation ÷ √7 (seven independent days).
 * Needs at least two periods.
 * @example demandFromHistory([30, 50], 'day') //=> { mean: 40, sd: 14.142135623730951, periods: 2, unit: 'day', periodMean: 40, periodSd: 14.142135623730951 }
 */
export function demandFromHistory(values: readonly number[], unit: HistoryUnit): DemandStats {
  const n = values.length;
  const periodMean = values.reduce((a, b) => a + b, 0) / n;
  const squares = values.reduce((a, b) => a + (b - periodMean) ** 2, 0);
  const periodSd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const days = unit === 'week' ? 7 : 1;
  return { mean: clean(periodMean / days), sd: clean(periodSd / Math.sqrt(days)), periods: n, unit, periodMean: clean(periodMean), periodSd: clean(periodSd) };
}

/**
 * The standard normal distribution function Φ(x): Hart's double-precision rational
 * approximation as published by Graeme West (2005), within 1e-15 of the exact value for |x| ≤ 3 and within
 * 1e-8 relative in the far tails, which are computed directly rather than as 1 − something.
 * @example normalCdf(0) //=> 0.5
 * @example normalCdf(1.959963984540054).toFixed(6) //=> '0.975000'
 */
export function normalCdf(x: number): number {
  const a = Math.abs(x);
  let tail: number;
  if (a > 37) tail = 0;
  else {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) {
      let num = 3.52624965998911e-2 * a + 0.700383064443688;
      num = num * a + 6.37396220353165;
      num = num * a + 33.912866078383;
      num = num * a + 112.079291497871;
      num = num * a + 221.213596169931;
      num = num * a + 220.206867912376;
      let den = 8.83883476483184e-2 * a + 1.75566716318264;
      den = den * a + 16.064177579207;
      den = den * a + 86.7807322029461;
      den = den * a + 296.564248779674;
      den = den * a + 637.333633378831;
      den = den * a + 793.826512519948;
      den = den * a + 440.413735824752;
      tail = (e * num) / den;
    } else {
      let b = a + 0.65;
      b = a + 4 / b;
      b = a + 3 / b;
      b = a + 2 / b;
      b = a + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return clean(x > 0 ? 1 - tail : tail);
}

/** P(X > x) for a standard normal X, computed in the tail it lies in. */
export const normalTail = (x: number): number => normalCdf(-x);

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/**
 * The inverse of Φ for 0 < p < 1: Acklam's rational approximation (relative error below 1.15e-9), then one
 * Halley step against `normalCdf`, which brings it to about 1e-15.
 * @example inverseNormal(0.5) //=> 0
 * @example inverseNormal(0.95).toFixed(4) //=> '1.6449'
 * @example inverseNormal(0.99).toFixed(4) //=> '2.3263'
 */
export function inverseNormal(p: number): number {
  if (p === 0.5) return 0;
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  // One Halley step; the error is measured in the tail that p is in, so it stays accurate near 0 and 1.
  const e = p > 0.5 ? 1 - p - normalTail(x) : normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return clean(x - u / (1 + (x * u) / 2));
}

/**
 * z for a cycle service level: Φ⁻¹(level); `null` at or above 99.99 %, where no finite stock is enough.
 * @example serviceLevelZ(0.95).toFixed(4) //=> '1.6449'
 * @example serviceLevelZ(1) //=> null
 */
export function serviceLevelZ(level: number): number | null {
  return level >= MAX_SERVICE_LEVEL ? null : inverseNormal(level);
}

export interface StockInput {
  /** Average daily demand (items per day) and its standard deviation. */
  dailyDemand: number;
  dailyDemandSd: number;
  /** Lead time in days and its standard deviation. */
  leadTimeDays: number;
  leadTimeSd: number;
  /** Cycle service level: the chance of not running out before the order arrives, 0.5 to 1. */
  serviceLevel: number;
  /** Items in the warehouse now, and already ordered and on their way. */
  onHand: number;
  onOrder: number;
  /** The peak window after the order arrives: its length in days and how many times the usual daily demand it sells. */
  peakDays: number;
  peakMultiplier: number;
  /** The quantity the team plans to order instead of the calculated one. */
  plannedQuantity: number;
}

export type StockWarning =
  /** 99.99 % or more asked for while demand or lead time varies: z and the stock are unbounded. */
  | 'service-level-unbounded'
  /** Neither demand nor lead time varies: no safety stock is needed, whatever the service level. */
  | 'no-variability'
  /** No demand (or too little to measure): days of cover are unbounded. */
  | 'no-demand'
  /** The planned stock is below the demand expected before the peak ends: the risk is above 50 %. */
  | 'plan-below-expected'
  /** On hand plus on order is already at or below the reorder point: order now. */
  | 'below-reorder-point'
  /** What is on hand and on order already covers the peak at the service level: nothing to order. */
  | 'already-covered';

export interface StockResult {
  dailyDemand: number;
  dailyDemandSd: number;
  /** Φ⁻¹(service level); `null` when unbounded. */
  z: number | null;
  /** d·L: demand expected over the lead time. */
  leadTimeDemand: number;
  /** √(L·σd² + d²·σL²): the standard deviation of demand over the lead time. */
  leadTimeSd: number;
  /** ⌈z·σ over the lead time⌉; `null` when the service level is unbounded. */
  safetyStock: number | null;
  /** ⌈d·L + SS⌉; `null` when the service level is unbounded. */
  reorderPoint: number | null;
  /** On hand ÷ d; `null` without demand. */
  daysOfCover: number | null;
  peak: {
    days: number;
    multiplier: number;
    /** d·L + m·d·P: demand expected from today to the end of the peak window. */
    expectedDemand: number;
    /** √(L·σd² + d²·σL² + P·(m·σd)²). */
    sd: number;
    /** ⌈z·sd⌉; `null` when unbounded. */
    safetyStock: number | null;
    /** ⌈expected + safety stock − on hand − on order⌉, at least 0; `null` when unbounded. */
    orderQuantity: number | null;
    /** The stock-out risk when that quantity is ordered: at most 1 − service level. */
    orderRisk: number | null;
  };
  plan: {
    quantity: number;
    /** On hand + on order + the planned quantity. */
    stock: number;
    /** P(demand to the end of the peak > stock). */
    risk: number;
  };
  warnings: StockWarning[];
}

/**
 * P(demand > stock) for demand of the given mean and standard deviation, normal approximation; with no
 * spread, 1 below the mean and 0 at or above it.
 * @example stockOutRisk(100, 0, 99) //=> 1
 * @example stockOutRisk(100, 10, 100) //=> 0.5
 */
export function stockOutRisk(mean: number, sd: number, stock: number): number {
  if (sd === 0) return stock < mean - noise(mean) ? 1 : 0;
  return clean(normalTail((stock - mean) / sd));
}

/** Demand from today to the end of the peak window: its mean d·L + m·d·P and its variances. */
function demandToPeakEnd(input: StockInput) {
  const { dailyDemand: d, dailyDemandSd: sdD, leadTimeDays: L, leadTimeSd: sdL, peakDays: P, peakMultiplier: m } = input;
  const leadVariance = L * sdD * sdD + d * d * sdL * sdL;
  return { leadVariance, expected: d * L + m * d * P, sd: Math.sqrt(leadVariance + P * (m * sdD) ** 2) };
}

/** Everything the calculator shows for one set of inputs (see the model at the top of this file). */
export function stockPlan(input: StockInput): StockResult {
  const { dailyDemand: d, dailyDemandSd: sdD, leadTimeDays: L, peakDays: P, peakMultiplier: m } = input;
  const { leadVariance, expected: expectedDemand, sd: peakSd } = demandToPeakEnd(input);
  const leadTimeSd = Math.sqrt(leadVariance);
  const varies = peakSd > 0 || leadTimeSd > 0;
  // Without any variability no safety stock is needed, so even 100 % can be promised.
  const z = varies ? serviceLevelZ(input.serviceLevel) : inverseNormal(Math.min(input.serviceLevel, MAX_SERVICE_LEVEL));
  const leadTimeDemand = d * L;
  const safetyStock = z === null ? null : wholeUp(z * leadTimeSd);
  const reorderPoint = safetyStock === null ? null : wholeUp(leadTimeDemand + safetyStock);
  const peakSafety = z === null ? null : wholeUp(z * peakSd);
  const position = input.onHand + input.onOrder;
  const orderQuantity = peakSafety === null ? null : Math.max(0, wholeUp(expectedDemand + peakSafety - position));
  const stock = position + input.plannedQuantity;
  const warnings: StockWarning[] = [];
  if (z === null) warnings.push('service-level-unbounded');
  if (!varies) warnings.push('no-variability');
  const cover = d > 0 ? input.onHand / d : null;
  const daysOfCover = cover !== null && Number.isFinite(cover) ? clean(cover) : null;
  if (daysOfCover === null) warnings.push('no-demand');
  if (reorderPoint !== null && position <= reorderPoint && d > 0) warnings.push('below-reorder-point');
  if (stock < expectedDemand) warnings.push('plan-below-expected');
  if (orderQuantity === 0) warnings.push('already-covered');
  return {
    dailyDemand: clean(d),
    dailyDemandSd: clean(sdD),
    z,
    leadTimeDemand: clean(leadTimeDemand),
    leadTimeSd: clean(leadTimeSd),
    safetyStock,
    reorderPoint,
    daysOfCover,
    peak: {
      days: P,
      multiplier: m,
      expectedDemand: clean(expectedDemand),
      sd: clean(peakSd),
      safetyStock: peakSafety,
      orderQuantity,
      orderRisk: orderQuantity === null ? null : stockOutRisk(expectedDemand, peakSd, position + orderQuantity),
    },
    plan: { quantity: input.plannedQuantity, stock, risk: stockOutRisk(expectedDemand, peakSd, stock) },
    warnings,
  };
}

/**
 * The stock-out risk at evenly spaced order quantities from `from` to `to` (for the chart).
 * @example riskCurve({ ...input, onHand: 0, onOrder: 0 }, 0, 100, 2).length //=> 3
 */
export function riskCurve(input: StockInput, from: number, to: number, steps: number): { quantity: number; risk: number }[] {
  const { expected, sd } = demandToPeakEnd(input);
  const points: { quantity: number; risk: number }[] = [];
  for (let i = 0; i <= steps; i++) {
    const quantity = Math.round(from + ((to - from) * i) / steps);
    points.push({ quantity: clean(quantity), risk: stockOutRisk(expected, sd, input.onHand + input.onOrder + quantity) });
  }
  return points;
}
