/**
 * KPI targets: from one GMV goal to the traffic, conversion and order value a team can own, split by month
 * (or week) and channel, and paced against a planned cumulative curve.
 *
 * Conventions: money in integer minor units; visitors, impressions and orders are counts; rates are decimals
 * (0.025 is 2.5 %). Every rounding goes through `roundMinor`, always in the direction that keeps a target
 * reachable: a required number of visitors or a required order value is rounded up, never down.
 * Days are numbered from 1 (1 January of the plan year is day 1).
 */
import { allocate, noNegativeZero, roundMinor, roundRatio } from '../money';

// ───────────────────────────────────────────── funnel ─────────────────────────────────────────────

/** What the funnel can solve for. `impressions` and `ctr` exist only when impressions lead the funnel. */
export const funnelUnknowns = ['gmv', 'uv', 'cvr', 'aov', 'impressions', 'ctr'] as const;
export type FunnelUnknown = (typeof funnelUnknowns)[number];

/** Whether the GMV figure is what customers pay, or what is kept after cancellations and returns. */
export const gmvBases = ['paid', 'net'] as const;
export type GmvBasis = (typeof gmvBases)[number];

/** Largest GMV the calculator handles: one hundred billion major units, in minor units. */
export const MAX_GMV = 1e13;
/** Largest order value: ten million major units, in minor units. */
export const MAX_AOV = 1e9;
/** Largest number of visitors or impressions. */
export const MAX_COUNT = 1e12;
/** Cancellation and return rates stop short of 100 %: at 100 % nothing is kept and no target can be met. */
export const MAX_LOSS_RATE = 0.99;

export interface FunnelInput {
  solveFor: FunnelUnknown;
  /** The GMV target (or, when solving for GMV, ignored), minor units. */
  gmv: number;
  /** Whether `gmv` is paid GMV or net (kept) GMV. */
  gmvBasis: GmvBasis;
  /** Unique visitors. */
  uv: number;
  /** Conversion rate: orders ÷ visitors. */
  cvr: number;
  /** Average order value, minor units. */
  aov: number;
  /** Put impressions × click-through rate in front of visitors. */
  useImpressions: boolean;
  impressions: number;
  /** Click-through rate: visitors ÷ impressions. */
  ctr: number;
  /** Share of paid GMV cancelled before shipping. */
  cancelRate: number;
  /** Share of shipped GMV returned. */
  returnRate: number;
}

export type FunnelField = Exclude<keyof FunnelInput, 'solveFor' | 'gmvBasis' | 'useImpressions'>;

export type FunnelFailure =
  | { ok: false; reason: 'invalid'; field: FunnelField }
  /** A driver the unknown is divided by is zero: no amount of the unknown can make up for it. */
  | { ok: false; reason: 'zero-driver'; field: FunnelField }
  /** The required rate is above 100 %: more buyers than visitors, or more visitors than impressions. */
  | { ok: false; reason: 'rate-above-100'; field: 'cvr' | 'ctr'; value: number }
  | { ok: false; reason: 'too-large'; field: FunnelUnknown };

export interface FunnelSolution {
  ok: true;
  /** The unknown actually solved (see `funnelUnknown`). */
  solved: FunnelUnknown;
  /** What customers pay for, minor units: visitors × conversion × order value. */
  paidGmv: number;
  /** What is kept after cancellations and returns, minor units. */
  netGmv: number;
  /** (1 − cancellation rate) × (1 − return rate). */
  keepRate: number;
  uv: number;
  cvr: number;
  aov: number;
  /** Visitors × conversion rate; not rounded, so it multiplies back to the GMV. */
  orders: number;
  /** `null` when impressions are not in the funnel. */
  impressions: number | null;
  ctr: number | null;
}
export type FunnelResult = FunnelSolution | FunnelFailure;

const isRate = (r: number) => Number.isFinite(r) && r >= 0 && r <= 1;
const isWhole = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;

/**
 * The unknown really solved: with impressions in front, "visitors" means the impressions that bring them;
 * without, impressions and click-through rate mean visitors.
 * @example funnelUnknown('uv', true) //=> 'impressions'
 * @example funnelUnknown('ctr', false) //=> 'uv'
 * @example funnelUnknown('cvr', true) //=> 'cvr'
 */
export function funnelUnknown(solveFor: FunnelUnknown, useImpressions: boolean): FunnelUnknown {
  if (useImpressions && solveFor === 'uv') return 'impressions';
  if (!useImpressions && (solveFor === 'impressions' || solveFor === 'ctr')) return 'uv';
  return solveFor;
}

/**
 * Share of paid GMV that is really kept: (1 − cancellation) × (1 − returns).
 * @example keepRate(0.05, 0.08) //=> 0.874
 * @example keepRate(0, 0) //=> 1
 */
export function keepRate(cancelRate: number, returnRate: number): number {
  return noNegativeZero(Math.round((1 - cancelRate) * (1 - returnRate) * 1e12) / 1e12);
}

function checkFunnel(input: FunnelInput): FunnelFailure | null {
  const invalid = (field: FunnelField): FunnelFailure => ({ ok: false, reason: 'invalid', field });
  if (!(funnelUnknowns as readonly string[]).includes(input.solveFor)) return invalid('gmv');
  if (!isWhole(input.gmv, MAX_GMV)) return invalid('gmv');
  if (!isWhole(input.uv, MAX_COUNT)) return invalid('uv');
  if (!isRate(input.cvr)) return invalid('cvr');
  if (!isWhole(input.aov, MAX_AOV)) return invalid('aov');
  if (!isWhole(input.impressions, MAX_COUNT)) return invalid('impressions');
  if (!isRate(input.ctr)) return invalid('ctr');
  if (!(Number.isFinite(input.cancelRate) && input.cancelRate >= 0 && input.cancelRate <= MAX_LOSS_RATE)) return invalid('cancelRate');
  if (!(Number.isFinite(input.returnRate) && input.returnRate >= 0 && input.returnRate <= MAX_LOSS_RATE)) return invalid('returnRate');
  return null;
}

/**
 * Solves the funnel GMV = visitors × conversion rate × order value (visitors = impressions × click-through
 * rate when impressions lead) for whichever one is unknown, and adjusts between paid and net GMV.
 *
 * A GMV target in net terms is first grossed up to the paid GMV the funnel must produce:
 * paid = net ÷ ((1 − cancellation) × (1 − returns)). Required visitors, impressions and order value are
 * rounded up so the target is still met; required rates are exact.
 * @example
 * const r = solveFunnel({ solveFor: 'uv', gmv: 300_000_000, gmvBasis: 'paid', uv: 0, cvr: 0.025, aov: 15_000,
 *   useImpressions: false, impressions: 0, ctr: 0, cancelRate: 0, returnRate: 0 });
 * r.ok && r.uv //=> 800000 (¥3 000 000 at ¥150 and 2.5 % needs 800 000 visitors)
 * @example
 * solveFunnel({ solveFor: 'cvr', gmv: 300_000_000, gmvBasis: 'paid', uv: 10_000, cvr: 0, aov: 15_000,
 *   useImpressions: false, impressions: 0, ctr: 0, cancelRate: 0, returnRate: 0 })
 * //=> { ok: false, reason: 'rate-above-100', field: 'cvr', value: 2 } (10 000 visitors cannot place 20 000 orders)
 * @example
 * const net = solveFunnel({ solveFor: 'uv', gmv: 300_000_000, gmvBasis: 'net', uv: 0, cvr: 0.025, aov: 15_000,
 *   useImpressions: false, impressions: 0, ctr: 0, cancelRate: 0.05, returnRate: 0.08 });
 * net.ok && [net.paidGmv, net.uv] //=> [343249428, 915332] (keep 87.4 %: plan on what is really kept)
 */
export function solveFunnel(input: FunnelInput): FunnelResult {
  const failure = checkFunnel(input);
  if (failure) return failure;
  return solveChecked(input);
}

function solveChecked(raw: FunnelInput): FunnelResult {
  // −0 passes the range checks; it must not reach a result.
  const input: FunnelInput = {
    ...raw,
    gmv: noNegativeZero(raw.gmv),
    uv: noNegativeZero(raw.uv),
    cvr: noNegativeZero(raw.cvr),
    aov: noNegativeZero(raw.aov),
    impressions: noNegativeZero(raw.impressions),
    ctr: noNegativeZero(raw.ctr),
    cancelRate: noNegativeZero(raw.cancelRate),
    returnRate: noNegativeZero(raw.returnRate),
  };
  const solved = funnelUnknown(input.solveFor, input.useImpressions);
  const keep = keepRate(input.cancelRate, input.returnRate);
  const { cvr, aov } = input;
  let { uv, impressions, ctr } = input;
  let cvrOut = cvr;
  let aovOut = aov;
  let paid: number;

  if (solved === 'gmv') {
    if (input.useImpressions) uv = visitorsFrom(impressions, ctr);
    paid = roundMinor(uv * cvr * aov, 'half-up');
    if (paid > MAX_GMV) return { ok: false, reason: 'too-large', field: 'gmv' };
  } else {
    paid = input.gmvBasis === 'net' ? (roundRatio([input.gmv], [keep], 'up') ?? Number.POSITIVE_INFINITY) : input.gmv;
    if (input.useImpressions && solved !== 'impressions' && solved !== 'ctr') uv = visitorsFrom(impressions, ctr);
    if (paid > MAX_GMV) return { ok: false, reason: 'too-large', field: 'gmv' };
    // `!(x <= max)` is also true for Infinity and NaN, which a vanishingly small driver can produce.
    const beyond = (x: number, max: number) => !(x <= max);
    switch (solved) {
      case 'uv':
      case 'impressions':
      case 'ctr': {
        if (paid === 0) {
          // A zero target needs nobody, whatever the drivers.
          uv = 0;
          if (solved === 'impressions') impressions = 0;
          if (solved === 'ctr') ctr = 0;
          break;
        }
        if (cvr === 0) return { ok: false, reason: 'zero-driver', field: 'cvr' };
        if (aov === 0) return { ok: false, reason: 'zero-driver', field: 'aov' };
        const needed = paid / (cvr * aov);
        if (beyond(needed, MAX_COUNT)) return { ok: false, reason: 'too-large', field: solved };
        uv = roundRatio([paid], [cvr, aov], 'up') ?? roundMinor(needed, 'up');
        if (solved === 'impressions') {
          if (ctr === 0) return { ok: false, reason: 'zero-driver', field: 'ctr' };
          const shown = uv / ctr;
          if (beyond(shown, MAX_COUNT)) return { ok: false, reason: 'too-large', field: 'impressions' };
          impressions = roundRatio([uv], [ctr], 'up') ?? roundMinor(shown, 'up');
        } else if (solved === 'ctr') {
          if (impressions === 0) return { ok: false, reason: 'zero-driver', field: 'impressions' };
          ctr = rateBringing(uv, impressions);
          if (ctr > 1) return { ok: false, reason: 'rate-above-100', field: 'ctr', value: ctr };
        }
        break;
      }
      case 'cvr': {
        if (paid === 0) {
          cvrOut = 0;
          break;
        }
        if (uv === 0) return { ok: false, reason: 'zero-driver', field: input.useImpressions ? 'impressions' : 'uv' };
        if (aov === 0) return { ok: false, reason: 'zero-driver', field: 'aov' };
        cvrOut = paid / (uv * aov);
        if (cvrOut > 1) return { ok: false, reason: 'rate-above-100', field: 'cvr', value: cvrOut };
        break;
      }
      case 'aov': {
        if (paid === 0) {
          aovOut = 0;
          break;
        }
        if (uv === 0) return { ok: false, reason: 'zero-driver', field: input.useImpressions ? 'impressions' : 'uv' };
        if (cvr === 0) return { ok: false, reason: 'zero-driver', field: 'cvr' };
        const needed = paid / (uv * cvr);
        if (beyond(needed, MAX_AOV)) return { ok: false, reason: 'too-large', field: 'aov' };
        aovOut = roundRatio([paid], [uv, cvr], 'up') ?? roundMinor(needed, 'up');
        break;
      }
    }
  }
  return finish(paid);

  function finish(paidGmv: number): FunnelSolution {
    const rateOut = (r: number) => noNegativeZero(r);
    return {
      ok: true,
      solved,
      paidGmv,
      netGmv: roundMinor(paidGmv * keep, 'half-up'),
      keepRate: keep,
      uv,
      cvr: rateOut(solved === 'cvr' ? cvrOut : cvr),
      aov: aovOut,
      orders: noNegativeZero(uv * (solved === 'cvr' ? cvrOut : cvr)),
      impressions: input.useImpressions ? impressions : null,
      ctr: input.useImpressions ? rateOut(ctr) : null,
    };
  }
}

/**
 * The click-through rate that brings `visitors` from `impressions`: their quotient, nudged up by the last
 * binary digit when needed so that `visitorsFrom(impressions, rate)` gives back every visitor.
 */
function rateBringing(visitors: number, impressions: number): number {
  let rate = visitors / impressions;
  for (let i = 0; i < 8 && visitorsFrom(impressions, rate) < visitors; i++) rate = nextUp(rate);
  return rate;
}

/** The next double above a positive finite number. */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

/** Whole visitors brought by impressions at a click-through rate (a fraction of a visitor does not visit). */
function visitorsFrom(impressions: number, ctr: number): number {
  return roundRatio([impressions, ctr], [], 'down') ?? 0;
}

/**
 * The funnel form with the solved value written into the field that was unknown, so switching what to solve
 * for starts from a consistent set of numbers.
 * @example withSolvedValue(form, result).uv //=> 800000 after solving for visitors
 */
export function withSolvedValue<T extends FunnelInput>(form: T, result: FunnelResult): T {
  if (!result.ok) return form;
  switch (result.solved) {
    case 'gmv':
      return { ...form, gmv: form.gmvBasis === 'net' ? result.netGmv : result.paidGmv };
    case 'uv':
      return { ...form, uv: result.uv };
    case 'cvr':
      return { ...form, cvr: result.cvr };
    case 'aov':
      return { ...form, aov: result.aov };
    case 'impressions':
      return { ...form, impressions: result.impressions ?? form.impressions, uv: result.uv };
    case 'ctr':
      return { ...form, ctr: result.ctr ?? form.ctr, uv: result.uv };
  }
}

// ──────────────────────────────────────────── calendar ────────────────────────────────────────────

export const periodUnits = ['month', 'week'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

/** Months in a year; weeks in a plan year (the last week takes the 8 or 9 days left). */
export const periodCount: Record<PeriodUnit, number> = { month: 12, week: 52 };

/** @example isLeapYear(2028) //=> true */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @example daysInYear(2026) //=> 365 */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** @example daysInMonth(2028, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * Day of the plan year for a calendar date, or `null` when the date does not exist.
 * @example dayOfYear(2026, 6, 18) //=> 169
 * @example dayOfYear(2026, 2, 29) //=> null
 */
export function dayOfYear(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  let n = day;
  for (let m = 1; m < month; m++) n += daysInMonth(year, m);
  return n;
}

/**
 * Calendar month and day of a day of the plan year.
 * @example dateOfDay(2026, 315) //=> { month: 11, day: 11 }
 */
export function dateOfDay(year: number, dayNumber: number): { month: number; day: number } {
  let left = Math.max(1, Math.min(daysInYear(year), Math.round(dayNumber)));
  for (let month = 1; month <= 12; month++) {
    const length = daysInMonth(year, month);
    if (left <= length) return { month, day: left };
    left -= length;
  }
  return { month: 12, day: 31 };
}

export interface DayRange {
  /** First day, day of year, inclusive. */
  start: number;
  /** Last day, inclusive. */
  end: number;
}

/**
 * The days each period covers: calendar months, or weeks of seven days from 1 January with the last week
 * running to 31 December.
 * @example periodRanges('month', 2026)[1] //=> { start: 32, end: 59 }
 * @example periodRanges('week', 2026)[51] //=> { start: 358, end: 365 }
 */
export function periodRanges(unit: PeriodUnit, year: number): DayRange[] {
  const ranges: DayRange[] = [];
  if (unit === 'month') {
    let start = 1;
    for (let m = 1; m <= 12; m++) {
      const end = start + daysInMonth(year, m) - 1;
      ranges.push({ start, end });
      start = end + 1;
    }
    return ranges;
  }
  for (let w = 0; w < 52; w++) ranges.push({ start: w * 7 + 1, end: w === 51 ? daysInYear(year) : w * 7 + 7 });
  return ranges;
}

// ──────────────────────────────────────────── seasons ─────────────────────────────────────────────

export const seasonPresets = ['flat', 'china', 'custom'] as const;
export type SeasonPreset = (typeof seasonPresets)[number];

/**
 * An illustrative Chinese retail year as a monthly index (100 = an average month): a February dip for the
 * Spring Festival, when couriers and warehouses pause; 3.8 in March; 618 in June; a summer lull; Double 11
 * in November, with pre-sales from late October; Double 12 and year-end gifting in December. Replace it
 * with your own history when you have one.
 */
export const CHINA_RETAIL_MONTHS: readonly number[] = [95, 70, 90, 85, 95, 125, 80, 85, 90, 100, 150, 115];

const round2 = (n: number) => noNegativeZero(Math.round(n * 100) / 100);

/**
 * The weight of every day of the plan year when each period's weight is spread evenly over its days.
 * @example dailyWeights(Array(12).fill(100), 'month', 2026)[0] //=> 100 / 31
 */
export function dailyWeights(weights: readonly number[], unit: PeriodUnit, year: number): number[] {
  const days = new Array<number>(daysInYear(year)).fill(0);
  periodRanges(unit, year).forEach((range, p) => {
    const w = weights[p] ?? 0;
    const perDay = Number.isFinite(w) && w > 0 ? w / (range.end - range.start + 1) : 0;
    for (let d = range.start; d <= range.end; d++) days[d - 1] = perDay;
  });
  return days;
}

/**
 * Re-expresses weights of one period unit in another (months ↔ weeks) through their days, as an index with
 * 100 for an average period, to two decimals.
 * @example convertWeights(Array(12).fill(100), 'month', 'week', 2026).length //=> 52
 */
export function convertWeights(weights: readonly number[], from: PeriodUnit, to: PeriodUnit, year: number): number[] {
  if (from === to) return weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const daily = dailyWeights(weights, from, year);
  const sums = periodRanges(to, year).map((r) => daily.slice(r.start - 1, r.end).reduce((a, b) => a + b, 0));
  const total = sums.reduce((a, b) => a + b, 0);
  if (total <= 0) return sums.map(() => 100);
  return sums.map((s) => round2((s / total) * sums.length * 100));
}

/**
 * The weights of a preset for months or weeks. "flat" gives every period the same weight.
 * @example seasonalWeights('china', 'month', 2026)[10] //=> 150 (November, Double 11)
 * @example seasonalWeights('flat', 'week', 2026).every((w) => w === 100) //=> true
 */
export function seasonalWeights(preset: Exclude<SeasonPreset, 'custom'>, unit: PeriodUnit, year: number): number[] {
  if (preset === 'flat') return new Array<number>(periodCount[unit]).fill(100);
  return unit === 'month' ? [...CHINA_RETAIL_MONTHS] : convertWeights(CHINA_RETAIL_MONTHS, 'month', 'week', year);
}

export interface SeasonPlan {
  year: number;
  unit: PeriodUnit;
  preset: SeasonPreset;
  weights: readonly number[];
}

/**
 * The seasonal weights after the year, the unit or the preset changes: a preset is recomputed for the new
 * unit and year; custom weights are carried over through their days, so an edited curve keeps its shape.
 * @example replan({ year: 2026, unit: 'month', preset: 'flat', weights: [] }, { preset: 'china' }).weights[5] //=> 125
 * @example replan({ year: 2026, unit: 'month', preset: 'custom', weights: Array(12).fill(100) }, { unit: 'week' }).weights.length //=> 52
 */
export function replan<T extends SeasonPlan>(plan: T, patch: Partial<Pick<SeasonPlan, 'year' | 'unit' | 'preset'>>): T {
  const next = { ...plan, ...patch };
  const weights =
    next.preset === 'custom'
      ? convertWeights(plan.weights, plan.unit, next.unit, next.year)
      : seasonalWeights(next.preset, next.unit, next.year);
  return { ...next, weights };
}

// ───────────────────────────────────────────── split ──────────────────────────────────────────────

export interface SplitInput {
  /** The whole to split: minor units of GMV, or a count (visitors). Non-negative integer. */
  total: number;
  /** Seasonal weight of each period; normalised, so only ratios matter. All zero: an even split. */
  weights: readonly number[];
  /** Share of each channel; normalised. Empty: no channel split. */
  channelShares?: readonly number[];
}

export interface SplitResult {
  ok: true;
  /** Each period's part; they add up to `total` exactly. */
  periods: number[];
  /** Normalised weights, summing to 1. */
  periodShares: number[];
  /** Each channel's part of the total; they add up to `total` exactly. */
  channels: number[];
  channelShares: number[];
  /**
   * Period × channel parts: each row adds up to its period's part and each column to its channel's part,
   * exactly; no part is negative.
   */
  matrix: number[][];
}
export type SplitFailure = { ok: false; reason: 'invalid'; field: 'total' | 'weights' | 'channelShares' };

/** Most periods a split takes (days of a leap year) and most channels. */
export const MAX_PERIODS = 366;
export const MAX_CHANNELS = 8;

const validWeights = (ws: readonly number[], max: number) =>
  ws.length <= max && ws.every((w) => Number.isFinite(w) && w >= 0 && w <= 1e9);

/**
 * Weights scaled to sum to 1; all zero → equal shares.
 * @example normalise([3, 1]) //=> [0.75, 0.25]
 * @example normalise([0, 0]) //=> [0.5, 0.5]
 */
export function normalise(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  return sum > 0 ? weights.map((w) => noNegativeZero(w / sum)) : weights.map(() => 1 / weights.length);
}

/**
 * Splits a period target into periods by seasonal weights and into channels by share, with largest-remainder
 * rounding so every set of parts adds up exactly to its whole.
 *
 * The period × channel table is filled one period at a time, sharing the period's part among channels in
 * proportion to what each channel still has to receive: rows and columns both add up exactly and, since no
 * channel is ever given more than it has left, no cell is negative.
 * @example splitTarget({ total: 300_000_000, weights: [1, 1, 1] }).periods //=> [100000000, 100000000, 100000000]
 * @example splitTarget({ total: 100, weights: [1, 1, 1] }).periods //=> [34, 33, 33]
 * @example splitTarget({ total: 100, weights: [1, 1], channelShares: [60, 40] }).matrix //=> [[30, 20], [30, 20]]
 */
export function splitTarget(input: SplitInput): SplitResult | SplitFailure {
  if (!Number.isSafeInteger(input.total) || input.total < 0 || input.total > 1e15) return { ok: false, reason: 'invalid', field: 'total' };
  if (input.weights.length === 0 || !validWeights(input.weights, MAX_PERIODS)) return { ok: false, reason: 'invalid', field: 'weights' };
  const shares = input.channelShares ?? [];
  if (!validWeights(shares, MAX_CHANNELS)) return { ok: false, reason: 'invalid', field: 'channelShares' };
  const total = noNegativeZero(input.total);
  const periods = allocate(total, normaliseForAllocate(input.weights));
  const channels = shares.length ? allocate(total, normaliseForAllocate(shares)) : [];
  const left = [...channels];
  const matrix = periods.map((part) => {
    if (!channels.length) return [];
    const row = allocate(part, left);
    row.forEach((v, j) => (left[j]! -= v));
    return row;
  });
  return { ok: true, periods, periodShares: normalise(input.weights), channels, channelShares: normalise(shares), matrix };
}

/** `allocate` splits evenly when all weights are zero, which is what an all-zero seasonal curve should mean. */
function normaliseForAllocate(weights: readonly number[]): number[] {
  return weights.map((w) => (w > 0 ? w : 0));
}

// ──────────────────────────────────────────── pacing ──────────────────────────────────────────────

export const pacingStatuses = ['not-started', 'behind', 'on-track', 'ahead'] as const;
export type PacingStatus = (typeof pacingStatuses)[number];

/** Pace within ±3 % of plan is on track; below 97 % behind; at 103 % or more ahead. */
export const DEFAULT_TOLERANCE = 0.03;

export interface PacingInput {
  /** The period's target (minor units or a count). */
  target: number;
  /** Days in the period. */
  days: number;
  /** Days elapsed, 0 to `days`; actuals cover days 1 to `elapsedDays`. */
  elapsedDays: number;
  /** Actual result from day 1 to `elapsedDays`. */
  actualToDate: number;
  /** Planned weight of each day (length `days`). Omitted, or all zero: a straight line. */
  curve?: readonly number[];
  /** Half-width of the on-track band around 100 % pace, 0 to 0.5. Default 0.03. */
  tolerance?: number;
}

export interface PacingResult {
  ok: true;
  /** Share of the target the plan expects by now, 0 to 1. */
  plannedShare: number;
  /** target × plannedShare, rounded half up. */
  expectedToDate: number;
  /** target × elapsed ÷ days, rounded half up. */
  straightLineToDate: number;
  /** actual ÷ expected; `null` before the plan expects anything. */
  pace: number | null;
  straightLinePace: number | null;
  /** End-of-period result if the rest goes like the plan at today's pace: actual ÷ plannedShare. */
  projected: number | null;
  /** actual − expected. */
  gap: number;
  /** What is still needed to reach the target (never negative). */
  remaining: number;
  daysLeft: number;
  /** remaining ÷ days left, rounded up; `null` when no days are left. */
  requiredDaily: number | null;
  /** What the plan has for each remaining day on average. */
  plannedDaily: number | null;
  /** How much harder than plan the rest must run: remaining ÷ (target − expected). */
  requiredVsPlan: number | null;
  status: PacingStatus;
  straightLineStatus: PacingStatus;
  tolerance: number;
}
export type PacingFailure = { ok: false; reason: 'invalid'; field: 'target' | 'days' | 'elapsedDays' | 'actualToDate' | 'curve' | 'tolerance' };

/**
 * Share of a period's plan due by the end of day `elapsed`. A curve whose days all weigh the same is the
 * straight line exactly, without summation noise; an all-zero curve is a straight line too.
 * @example plannedShare([1, 1, 2], 2) //=> 0.5
 * @example plannedShare(undefined, 20, 30) //=> 0.6666666666666666
 */
export function plannedShare(curve: readonly number[] | undefined, elapsed: number, days = curve?.length ?? 0): number {
  if (days <= 0) return 0;
  const e = Math.max(0, Math.min(days, elapsed));
  if (!curve || curve.length === 0) return e / days;
  const first = curve[0]!;
  const total = curve.reduce((a, b) => a + b, 0);
  if (total <= 0 || curve.every((w) => w === first)) return e / curve.length;
  let sum = 0;
  for (let i = 0; i < e; i++) sum += curve[i]!;
  return Math.min(1, sum / total);
}

function statusOf(pace: number | null, elapsed: number, actual: number, tolerance: number): PacingStatus {
  if (elapsed === 0) return 'not-started';
  if (pace === null) return actual > 0 ? 'ahead' : 'on-track';
  // A hair of slack so a pace of exactly 97 % computed as 0.96999999… still counts as on track.
  if (pace < 1 - tolerance - 1e-12) return 'behind';
  // With no band at all, exactly on plan is on track, not ahead.
  if (pace >= 1 + tolerance - 1e-12 && pace > 1 + 1e-12) return 'ahead';
  return 'on-track';
}

/**
 * Compares the actual result to date with the planned cumulative curve (and with a straight line): pace,
 * projected end-of-period result, the daily run-rate needed for the rest, and a status — behind below
 * (1 − tolerance) of plan, ahead at (1 + tolerance) or more, on track in between.
 * @example
 * const r = pacing({ target: 500_000, days: 30, elapsedDays: 20, actualToDate: 320_000 });
 * r.ok && [r.pace, r.requiredDaily, r.projected, r.status] //=> [0.96, 18000, 480000, 'behind']
 */
export function pacing(input: PacingInput): PacingResult | PacingFailure {
  const invalid = (field: PacingFailure['field']): PacingFailure => ({ ok: false, reason: 'invalid', field });
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  if (!Number.isSafeInteger(input.target) || input.target < 0 || input.target > 1e15) return invalid('target');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_PERIODS) return invalid('days');
  if (!Number.isInteger(input.elapsedDays) || input.elapsedDays < 0 || input.elapsedDays > input.days) return invalid('elapsedDays');
  if (!Number.isSafeInteger(input.actualToDate) || input.actualToDate < 0 || input.actualToDate > 1e15) return invalid('actualToDate');
  if (input.curve && (input.curve.length !== input.days || !validWeights(input.curve, MAX_PERIODS))) return invalid('curve');
  if (!(Number.isFinite(tolerance) && tolerance >= 0 && tolerance <= 0.5)) return invalid('tolerance');
  return pacingChecked(input, tolerance);
}

function pacingChecked(input: PacingInput, tolerance: number): PacingResult {
  const { days, elapsedDays: elapsed } = input;
  const target = noNegativeZero(input.target);
  const actual = noNegativeZero(input.actualToDate);
  const share = plannedShare(input.curve, elapsed, days);
  const lineShare = elapsed / days;
  const expected = target * share;
  const line = target * lineShare;
  // A plan that expects a vanishingly small share so far makes ratios overflow: no pace rather than Infinity.
  const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? noNegativeZero(a / b) : null);
  const projected = share > 0 ? actual / share : Number.NaN;
  const pace = ratio(actual, expected);
  const straightLinePace = ratio(actual, line);
  const daysLeft = days - elapsed;
  const remaining = Math.max(0, target - actual);
  const plannedRest = target - expected;
  return {
    ok: true,
    plannedShare: share,
    expectedToDate: roundMinor(expected, 'half-up'),
    straightLineToDate: roundMinor(line, 'half-up'),
    pace,
    straightLinePace,
    projected: projected <= Number.MAX_SAFE_INTEGER ? roundMinor(projected, 'half-up') : null,
    gap: roundMinor(actual - expected, 'half-up'),
    remaining,
    daysLeft,
    requiredDaily: daysLeft > 0 ? roundRatio([remaining], [daysLeft], 'up') : null,
    plannedDaily: daysLeft > 0 ? roundMinor(plannedRest / daysLeft, 'half-up') : null,
    requiredVsPlan: plannedRest > 1e-9 ? noNegativeZero(remaining / plannedRest) : null,
    status: statusOf(pace, elapsed, actual, tolerance),
    straightLineStatus: statusOf(straightLinePace, elapsed, actual, tolerance),
    tolerance,
  };
}

// ─────────────────────────────────── actuals and the whole plan ───────────────────────────────────

/** One actual: a day of the plan year and the result booked on it. */
export type ActualRow = readonly [day: number, amount: number];

/**
 * Reads a day typed or pasted in the actuals table: a day number within the scope (1 = its first day), or a
 * date of the plan year written year first (2026-06-18, 2026/6/18, 2026.6.18, 2026年6月18日, with or
 * without a time). Returns the day of the plan year. Day-first and month-first dates are refused: 05/06 is
 * ambiguous.
 * @example parseDayCell('20', 2026, { start: 32, end: 59 }) //=> { ok: true, value: 51 }
 * @example parseDayCell('2026-06-18', 2026, { start: 1, end: 365 }) //=> { ok: true, value: 169 }
 * @example parseDayCell('2025-06-18', 2026, { start: 1, end: 365 }) //=> { ok: false, error: { code: 'year', … } }
 */
export function parseDayCell(
  raw: string,
  year: number,
  scope: DayRange,
): { ok: true; value: number } | { ok: false; error: { code: 'empty' | 'invalid' | 'range' | 'year'; min: number; max: number } } {
  const length = scope.end - scope.start + 1;
  const fail = (code: 'empty' | 'invalid' | 'range' | 'year') => ({ ok: false as const, error: { code, min: 1, max: length } });
  const text = typeof raw === 'string' ? raw.normalize('NFKC').trim() : '';
  if (text === '') return fail('empty');
  if (text.length > 40) return fail('invalid');
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= length ? { ok: true, value: scope.start + n - 1 } : fail('range');
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (!m) return fail('invalid');
  const doy = dayOfYear(year, Number(m[2]), Number(m[3]));
  if (Number(m[1]) !== year) return dayOfYear(Number(m[1]), Number(m[2]), Number(m[3])) === null ? fail('invalid') : fail('year');
  if (doy === null) return fail('invalid');
  return doy >= scope.start && doy <= scope.end ? { ok: true, value: doy } : fail('range');
}

/**
 * Actual to date within a scope: the sum of rows on or before the latest day with a row, and how many of the
 * scope's days that covers.
 * @example actualsToDate([[31, 100], [59, 50], [400, 1]], { start: 1, end: 365 }) //=> { actualToDate: 150, elapsedDays: 59 }
 */
export function actualsToDate(rows: readonly ActualRow[], scope: DayRange): { actualToDate: number; elapsedDays: number } {
  let sum = 0;
  let last = scope.start - 1;
  for (const [day, amount] of sortActuals(rows)) {
    if (day < scope.start || day > scope.end) continue;
    sum += amount;
    if (day > last) last = day;
  }
  return { actualToDate: sum, elapsedDays: last - scope.start + 1 };
}

/**
 * Merges rows into one per month, dated at the latest day that had a row in that month: cumulative totals at
 * those days, and the pace at the latest day, stay the same. Used to keep long daily tables inside a share link.
 * @example compactActuals([[1, 5], [2, 5], [40, 7]], 2026) //=> [[2, 10], [40, 7]]
 */
export function compactActuals(rows: readonly ActualRow[], year: number): ActualRow[] {
  const byMonth = new Map<number, [number, number]>();
  for (const [day, amount] of rows) {
    const { month } = dateOfDay(year, day);
    const cur = byMonth.get(month) ?? [day, 0];
    byMonth.set(month, [Math.max(cur[0], day), cur[1] + amount]);
  }
  return [...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => [v[0], v[1]] as const);
}

/**
 * The actuals sorted by day, with at most one row per day (later rows for the same day replace earlier ones).
 * @example sortActuals([[59, 5], [31, 1], [59, 7]]) //=> [[31, 1], [59, 7]]
 */
export function sortActuals(rows: readonly ActualRow[]): ActualRow[] {
  const byDay = new Map<number, number>();
  for (const [day, amount] of rows) byDay.set(day, amount);
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([d, a]) => [d, a] as const);
}

/** The calculator's form, as `kpiScenario` reads it (the schema in kpi-schema.ts has this shape). */
/**
 * Keeps pacing consistent with a changed plan: a scope beyond the periods goes back to the whole year, and
 * actuals on days the year does not have (31 December of a leap year, after a switch to a common year) go.
 * @example fitPacing({ scope: 40, tolerance: 0.03, actuals: [[366, 5]] }, { year: 2026, unit: 'month' }) //=> { scope: 0, tolerance: 0.03, actuals: [] }
 */
export function fitPacing<T extends { scope: number; actuals: readonly ActualRow[] }>(pacingForm: T, plan: { year: number; unit: PeriodUnit }): T {
  const scope = pacingForm.scope > periodCount[plan.unit] ? 0 : pacingForm.scope;
  const last = daysInYear(plan.year);
  const actuals = pacingForm.actuals.filter(([day]) => day <= last);
  return actuals.length === pacingForm.actuals.length && scope === pacingForm.scope ? pacingForm : { ...pacingForm, scope, actuals };
}

export interface PlanInput {
  funnel: FunnelInput;
  plan: {
    year: number;
    unit: PeriodUnit;
    weights: readonly number[];
    channels: readonly { share: number }[];
  };
  pacing: {
    /** 0: the whole year; 1…N: one period of the split. */
    scope: number;
    tolerance: number;
    actuals: readonly ActualRow[];
  };
}

export interface CurvePoint {
  /** Days into the scope (0 = before its first day). */
  x: number;
  y: number;
}

export interface KpiScenario {
  funnel: FunnelResult;
  /** The GMV being split and paced, in the basis the target was set in. */
  gmvTotal: number;
  /** Visitors being split; `null` when the funnel has no solution. */
  uvTotal: number | null;
  gmvSplit: SplitResult;
  uvSplit: SplitResult | null;
  ranges: DayRange[];
  scopeRange: DayRange;
  scopeTarget: number;
  /** Planned weight of each day of the scope. */
  scopeCurve: number[];
  pacing: PacingResult | PacingFailure;
  actualToDate: number;
  elapsedDays: number;
  planned: CurvePoint[];
  actual: CurvePoint[];
}

const EMPTY_SPLIT: SplitResult = { ok: true, periods: [], periodShares: [], channels: [], channelShares: [], matrix: [] };

/**
 * Everything the KPI calculator shows for its inputs: the funnel, the GMV and visitor splits, and pacing for
 * the chosen scope with the planned and actual cumulative curves.
 * @example kpiScenario(defaultKpiForm).uvSplit?.periods[10] //=> 101695 (November's visitors on the Chinese retail calendar)
 * @example kpiScenario(defaultKpiForm).pacing.status //=> 'on-track' (97.9 % of plan at the end of June)
 */
export function kpiScenario(input: PlanInput): KpiScenario {
  const { plan, pacing: form } = input;
  const funnel = solveFunnel(input.funnel);
  // Without a solution the entered target is still the target to split (unless GMV was the unknown).
  const gmvTotal = funnel.ok
    ? input.funnel.gmvBasis === 'net'
      ? funnel.netGmv
      : funnel.paidGmv
    : input.funnel.solveFor !== 'gmv'
      ? input.funnel.gmv
      : 0;
  const uvTotal = funnel.ok ? funnel.uv : null;
  const channelShares = plan.channels.map((c) => c.share);
  const gmvSplitResult = splitTarget({ total: gmvTotal, weights: plan.weights, channelShares });
  const gmvSplit = gmvSplitResult.ok ? gmvSplitResult : EMPTY_SPLIT;
  const uvSplitResult = uvTotal === null ? null : splitTarget({ total: uvTotal, weights: plan.weights, channelShares });
  const uvSplit = uvSplitResult?.ok ? uvSplitResult : null;

  const ranges = periodRanges(plan.unit, plan.year);
  const yearRange = { start: 1, end: daysInYear(plan.year) };
  const scopeRange = form.scope >= 1 ? (ranges[form.scope - 1] ?? yearRange) : yearRange;
  const scopeTarget = form.scope >= 1 ? (gmvSplit.periods[form.scope - 1] ?? 0) : gmvTotal;
  const daily = dailyWeights(plan.weights, plan.unit, plan.year);
  const scopeCurve = daily.slice(scopeRange.start - 1, scopeRange.end);
  const days = scopeRange.end - scopeRange.start + 1;
  const { actualToDate, elapsedDays } = actualsToDate(form.actuals, scopeRange);
  const pace = pacing({ target: scopeTarget, days, elapsedDays, actualToDate, curve: scopeCurve, tolerance: form.tolerance });

  // The plan is straight within each period, so its cumulative curve is exact with a point at each period end.
  const xs = new Set<number>([0, days]);
  for (const r of ranges) if (r.end > scopeRange.start && r.end < scopeRange.end) xs.add(r.end - scopeRange.start + 1);
  const planned = [...xs].sort((a, b) => a - b).map((x) => ({ x, y: roundMinor(scopeTarget * plannedShare(scopeCurve, x, days), 'half-up') }));
  const actual: CurvePoint[] = [];
  let running = 0;
  for (const [day, amount] of sortActuals(form.actuals)) {
    if (day < scopeRange.start || day > scopeRange.end) continue;
    if (actual.length === 0) actual.push({ x: 0, y: 0 });
    running += amount;
    actual.push({ x: day - scopeRange.start + 1, y: running });
  }
  return {
    funnel,
    gmvTotal,
    uvTotal,
    gmvSplit,
    uvSplit,
    ranges,
    scopeRange,
    scopeTarget,
    scopeCurve,
    pacing: pace,
    actualToDate,
    elapsedDays,
    planned,
    actual,
  };
}

/**
 * The planned cumulative value on a day, reading the plan curve as straight between its points (the plan is
 * straight within each period). Before the first point it is the first value; after the last, the last.
 * @example plannedAtDay([{ x: 0, y: 0 }, { x: 30, y: 300 }], 20) //=> 200
 */
export function plannedAtDay(planned: readonly { x: number; y: number }[], day: number): number {
  const i = planned.findIndex((p) => p.x >= day);
  if (i === -1) return planned.at(-1)?.y ?? 0;
  if (i === 0) return planned[0]!.y;
  const a = planned[i - 1]!;
  const b = planned[i]!;
  return Math.round(a.y + ((b.y - a.y) * (day - a.x)) / (b.x - a.x));
}
