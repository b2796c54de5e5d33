/**
 * The paid-traffic calculator's public functions. Each checks its input and returns the shared input error
 * (`InvalidInput`) naming the field and the problem, before the unchecked maths in `core.ts` runs: nothing
 * here throws or returns NaN, Infinity or −0. Islands and pages import from here, never from `core.ts`.
 */
import * as core from './core';
import type { AdsInput, AdsPlan } from './core';
import type { KeyFigure } from '../shared/key-figures';
import { firstInvalid, invalidInput, money, rate, withoutNegativeZero, type InvalidInput, type NumberRule } from '../shared/input-error';
import { marginRange, roasRange } from './schema';

export { bidTableRates, MIN_MARGIN } from './core';
export type { AdsInput, AdsPlan, AdsWarning, BidRow, SpendOutcome } from './core';
export type { InvalidInput } from '../shared/input-error';

const marginRule: NumberRule = marginRange;
const roasRule: NumberRule = roasRange;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function inputProblem(i: unknown): InvalidInput | null {
  if (!isObject(i)) return invalidInput('input', 'wrong-type');
  return firstInvalid([
    ['contributionMarginBeforeAds', i.contributionMarginBeforeAds, marginRule],
    ['aov', i.aov, money],
    ['conversionRate', i.conversionRate, rate],
    ['targetRoas', i.targetRoas, roasRule],
    ['refundRate', i.refundRate, rate],
    ['gmvGoal', i.gmvGoal, money],
    ['plannedSpend', i.plannedSpend, money],
  ]);
}

/**
 * Break-even ROAS and ACOS, the highest CPC that still pays, the budget for the GMV goal, gross and net ROI,
 * the outcome of the planned spend and the bid table (see `core.adsPlan`); or the input refused.
 * @example adsPlan(defaultAdsForm).breakEvenRoas //=> 2.5 (1 ÷ 40 %)
 * @example adsPlan(defaultAdsForm).maxCpc //=> 216 (6 % × ¥100 × 90 % × 40 % = ¥2.16)
 * @example adsPlan(defaultAdsForm).budgetForGoal //=> 2900000 (¥104,400 ÷ 3.6)
 * @example adsPlan({ ...defaultAdsForm, targetRoas: 0 }) //=> { ok: false, reason: 'invalid', field: 'targetRoas', problem: 'out-of-range' }
 */
export function adsPlan(input: AdsInput): ({ ok: true } & AdsPlan) | InvalidInput {
  input = withoutNegativeZero(input);
  return inputProblem(input) ?? { ok: true, ...core.adsPlan(input) };
}

/**
 * The chart's points: break-even CPC and CPC at the target ROAS at `steps + 1` conversion rates from 0 to
 * `toRate`; or the input refused.
 * @example maxCpcCurve(defaultAdsForm, 0.1, 2).points[2] //=> { conversionRate: 0.1, maxCpc: 360, maxCpcAtTarget: 277 }
 */
export function maxCpcCurve(
  input: AdsInput,
  toRate: number,
  steps = 40,
): { ok: true; points: { conversionRate: number; maxCpc: number; maxCpcAtTarget: number }[] } | InvalidInput {
  input = withoutNegativeZero(input);
  toRate = withoutNegativeZero(toRate);
  steps = withoutNegativeZero(steps);
  const bad = inputProblem(input) ?? firstInvalid([
    ['toRate', toRate, rate],
    ['steps', steps, { min: 1, max: 400, integer: true }],
  ]);
  return bad ?? { ok: true, points: core.maxCpcCurve(input, toRate, steps) };
}

/**
 * Where the chart's conversion rates end: twice the reader's rate, at least 5 % (the bid table's range), at
 * most 100 %.
 * @example chartEnd(0.06) //=> 0.12
 */
export function chartEnd(conversionRate: number): number | InvalidInput<'conversionRate'> {
  conversionRate = withoutNegativeZero(conversionRate);
  return firstInvalid([['conversionRate', conversionRate, rate]]) ?? Math.min(1, Math.max(0.05, conversionRate * 2));
}

/**
 * The contribution margin before ads of the pricing calculator's result, on the GMV an order brings: its
 * profit per order ÷ the price the customer pays (VAT included), kept to ten decimals and within ±100 %.
 * `null` when there is no price to divide by.
 * @example marginFromPricing(2187, 8100) //=> 0.27
 */
export function marginFromPricing(profit: number, grossPrice: number): number | null | InvalidInput {
  profit = withoutNegativeZero(profit);
  grossPrice = withoutNegativeZero(grossPrice);
  const bad = firstInvalid([
    ['profit', profit, { min: -money.max, max: money.max, integer: true }],
    ['grossPrice', grossPrice, money],
  ]);
  if (bad) return bad;
  if (grossPrice === 0) return null;
  const margin = Math.round((profit / grossPrice) * 1e10) / 1e10;
  return withoutNegativeZero(Math.min(marginRange.max, Math.max(marginRange.min, margin)));
}

/** A finite number that is not −0, or `null`. */
const figure = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? withoutNegativeZero(v) : null);

/**
 * The figures saved scenarios list and compare this calculator by (`shared/key-figures.ts`); each is labelled
 * by the string `ads.figure.<id>`. A figure the plan lacks (no break-even without margin) is `null`.
 * @example keyFigures(plan).map((f) => f.id) //=> ['breakEvenRoas', 'breakEvenAcos', 'maxCpc', 'budgetForGoal', 'netRoi']
 */
export function keyFigures(plan: Pick<AdsPlan, 'breakEvenRoas' | 'breakEvenAcos' | 'maxCpc' | 'budgetForGoal' | 'netRoi'>): KeyFigure[] {
  const p: Partial<Record<string, unknown>> = isObject(plan) ? plan : {};
  return [
    { id: 'breakEvenRoas', kind: 'ratio', value: figure(p.breakEvenRoas), better: 'lower' },
    { id: 'breakEvenAcos', kind: 'rate', value: figure(p.breakEvenAcos), better: 'higher' },
    { id: 'maxCpc', kind: 'money', value: figure(p.maxCpc), better: 'higher' },
    { id: 'budgetForGoal', kind: 'money', value: figure(p.budgetForGoal), better: 'lower' },
    { id: 'netRoi', kind: 'ratio', value: figure(p.netRoi), better: 'higher' },
  ];
}

/** The ids of `keyFigures`, in order: each names the string `ads.figure.<id>`. */
export const keyFigureIds = ['breakEvenRoas', 'breakEvenAcos', 'maxCpc', 'budgetForGoal', 'netRoi'] as const;
