/**
 * Splitting a target over periods and channels in whole units that add up exactly.
 *
 * Conventions: money in integer minor units; counts are whole; rates are decimals (0.025 is 2.5 %).
 * Days are numbered from 1 (1 January of the plan year is day 1).
 */
import { allocate, noNegativeZero } from '../../money';
import { invalidInput, refusedValue, type InvalidInput } from '../shared/input-error';



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
export type SplitFailure = InvalidInput<'total' | 'weights' | 'channelShares'>;

/** Most periods a split takes (days of a leap year) and most channels. */
export const MAX_PERIODS = 366;
export const MAX_CHANNELS = 8;

export const validWeights = (ws: readonly number[], max: number) =>
  ws.length <= max && ws.every((w) => Number.isFinite(w) && w >= 0 && w <= 1e9);

/**
 * Weights scaled to sum to 1; all zero → equal shares.
 * @example normalise([3, 1]) //=> [0.75, 0.25]
 * @example normalise([0, 0]) //=> [0.5, 0.5]
 */
export function normalise(raw: readonly number[]): number[] {
  // A weight that is not a finite, non-negative number counts as nothing (Infinity would make every share NaN).
  const weights = raw.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
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
  if (!Number.isSafeInteger(input.total) || input.total < 0 || input.total > 1e15) return invalidInput('total', refusedValue(input.total));
  if (input.weights.length === 0 || !validWeights(input.weights, MAX_PERIODS)) return invalidInput('weights', input.weights.length === 0 ? 'out-of-range' : refusedValue(input.weights.find((w) => !(Number.isFinite(w) && w >= 0 && w <= 1e9))));
  const shares = input.channelShares ?? [];
  if (!validWeights(shares, MAX_CHANNELS)) return invalidInput('channelShares', refusedValue(shares.find((w) => !(Number.isFinite(w) && w >= 0 && w <= 1e9)) ?? shares));
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


