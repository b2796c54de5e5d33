/**
 * Calendar of the plan year (days numbered from 1 January) and the seasonal weights of its months or weeks.
 *
 * Conventions: money in integer minor units; counts are whole; rates are decimals (0.025 is 2.5 %).
 * Days are numbered from 1 (1 January of the plan year is day 1).
 */
import { noNegativeZero } from '../../money';
import { CHINA_RETAIL_MONTHS } from '../shared/season';



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



export const seasonPresets = ['flat', 'china', 'custom'] as const;
export type SeasonPreset = (typeof seasonPresets)[number];

/** The illustrative Chinese retail year (see `shared/season.ts`), shared with the stock calculator. */
export { CHINA_RETAIL_MONTHS };

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
