/**
 * Pacing: results to date against the planned cumulative curve, with a status and the run-rate still needed.
 *
 * Conventions: money in integer minor units; counts are whole; rates are decimals (0.025 is 2.5 %).
 * Days are numbered from 1 (1 January of the plan year is day 1).
 */
import { noNegativeZero, roundMinor, roundRatio } from '../../money';
import { invalidInput, refusedValue, type InvalidInput } from '../shared/input-error';
import { MAX_PERIODS, validWeights } from './split';

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
export type PacingFailure = InvalidInput<'target' | 'days' | 'elapsedDays' | 'actualToDate' | 'curve' | 'tolerance'>;

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
  const invalid = (field: PacingFailure['field']): PacingFailure =>
    invalidInput(field, field === 'tolerance' ? refusedValue(input.tolerance) : refusedValue((input as unknown as Record<string, unknown>)[field]));
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
