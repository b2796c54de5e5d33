/**
 * The paid-traffic maths, unchecked: `index.ts` validates before calling anything here. Money is integer
 * minor units and every amount is rounded once by `roundRatio` (the one rounding path of `lib/money.ts`);
 * rates and ROAS are plain decimals.
 *
 * The model: an ad click becomes an order with probability `conversionRate`; an order is worth `aov` of GMV
 * (what the customer pays, as the platform counts it); `refundRate` of that GMV is later refunded and earns
 * nothing; the GMV that stays earns `contributionMarginBeforeAds`. So one unit of spend at a ROAS of R
 * earns R × (1 − refundRate) × margin, and the campaign breaks even when that is 1.
 */
import { roundRatio } from '../../money';

export interface AdsInput {
  /** Contribution margin before ads, as a share of the GMV an order keeps (decimal; may be ≤ 0). */
  contributionMarginBeforeAds: number;
  /** Average order value: GMV per order, minor units. */
  aov: number;
  /** Orders per ad click (decimal). */
  conversionRate: number;
  /** The ROAS the plan aims for, as the platform reports it: paid GMV ÷ spend, before refunds. */
  targetRoas: number;
  /** Share of paid GMV later refunded (decimal). */
  refundRate: number;
  /** The GMV (paid, as the platform reports it) the campaign must bring, minor units. */
  gmvGoal: number;
  /** The spend the plan commits, minor units. */
  plannedSpend: number;
}

/** `no-margin`: the margin is ≤ 0 (or too small to hold), so no ROAS breaks even and no bid pays. */
export type AdsWarning = 'no-margin' | 'target-below-break-even' | 'refunds-below-break-even';

/** One row of the bid table: the most a click may cost at one conversion rate. */
export interface BidRow {
  conversionRate: number;
  /** The highest CPC that still breaks even after refunds, rounded down (minor units). */
  maxCpc: number;
  /** The highest CPC that still reaches the target ROAS, rounded down (minor units). */
  maxCpcAtTarget: number;
  /** Whether this row is the reader's own conversion rate. */
  own: boolean;
}

/** What the planned spend brings at the target ROAS, each amount rounded half up from the line above. */
export interface SpendOutcome {
  spend: number;
  /** Paid GMV: spend × target ROAS. */
  gmv: number;
  /** GMV kept after refunds. */
  keptGmv: number;
  /** Contribution before ads of the kept GMV. */
  contribution: number;
  /** Contribution after ad spend: contribution − spend (may be negative). */
  profit: number;
}

export interface AdsPlan {
  /** 1 ÷ margin: the ROAS on kept GMV at which ads pay for themselves; `null` when the margin is ≤ 0. */
  breakEvenRoas: number | null;
  /** The ACOS (spend ÷ kept GMV) at break-even, which is the margin itself; `null` when the margin is ≤ 0. */
  breakEvenAcos: number | null;
  /** The ROI the platform's dashboard (before refunds) must show to break even; `null` without margin or when everything is refunded. */
  breakEvenGrossRoi: number | null;
  /** Gross ROI, as the platform reports it (the target ROAS). */
  grossRoi: number;
  /** Net ROI: GMV after refunds ÷ spend (净成交 ROI). */
  netRoi: number;
  /** The highest CPC that still pays at the reader's conversion rate. */
  maxCpc: number;
  /** The highest CPC that still reaches the target ROAS at the reader's conversion rate. */
  maxCpcAtTarget: number;
  /** Spend needed to bring the GMV goal at the target ROAS, rounded up so the goal is met. */
  budgetForGoal: number;
  atPlannedSpend: SpendOutcome;
  bidTable: BidRow[];
  warnings: AdsWarning[];
}

/**
 * The smallest margin that counts as one: rates are kept to ten decimals (`toRate`), and below this 1 ÷ margin
 * would leave the numbers a double holds.
 */
export const MIN_MARGIN = 1e-10;
const hasMarginFor = (m: number) => m >= MIN_MARGIN;

/**
 * 1 − rate, kept to ten decimals (as `toRate` stores what a person types), so 1 − 0.07 is 0.93 and not
 * 0.9299999999999999, whose decimal reading would make an exact bid round one minor unit too low.
 * @example keepShare(0.07) //=> 0.93
 */
export function keepShare(refundRate: number): number {
  return Math.round((1 - refundRate) * 1e10) / 1e10;
}

/**
 * The highest cost per click that still breaks even: conversion rate × AOV × (1 − refund rate) × margin,
 * rounded down to a whole minor unit (`roundRatio`, mode 'down'), so paying it never loses money. 0 when the
 * margin is ≤ 0: no bid pays.
 * @example maxCpc({ conversionRate: 0.06, aov: 10000, refundRate: 0.1, contributionMarginBeforeAds: 0.4 }) //=> 216
 */
export function maxCpc(i: Pick<AdsInput, 'conversionRate' | 'aov' | 'refundRate' | 'contributionMarginBeforeAds'>): number {
  if (!hasMarginFor(i.contributionMarginBeforeAds)) return 0;
  return roundRatio([i.conversionRate, i.aov, keepShare(i.refundRate), i.contributionMarginBeforeAds], [], 'down') ?? 0;
}

/**
 * The highest cost per click that still reaches a ROAS: conversion rate × AOV ÷ ROAS, rounded down.
 * @example maxCpcAtRoas(0.06, 10000, 3.6) //=> 166
 */
export function maxCpcAtRoas(conversionRate: number, aov: number, roas: number): number {
  return roundRatio([conversionRate, aov], [roas], 'down') ?? 0;
}

/**
 * Spend needed for a GMV goal at a ROAS: goal ÷ ROAS, rounded up so that spend × ROAS reaches the goal.
 * @example budgetForGoal(10440000, 3.6) //=> 2900000
 */
export function budgetForGoal(gmvGoal: number, roas: number): number {
  return roundRatio([gmvGoal], [roas], 'up') ?? 0;
}

/**
 * What a spend brings at the target ROAS after refunds, and the contribution left after paying for it.
 * @example spendOutcome(defaultAdsForm).profit //=> 858400 (¥29,000 × 3.6 × 0.9 × 40 % − ¥29,000)
 */
export function spendOutcome(i: AdsInput): SpendOutcome {
  const spend = i.plannedSpend;
  const gmv = roundRatio([spend, i.targetRoas], [], 'half-up') ?? 0;
  const keptGmv = roundRatio([gmv, keepShare(i.refundRate)], [], 'half-up') ?? 0;
  const contribution = roundRatio([keptGmv, i.contributionMarginBeforeAds], [], 'half-up') ?? 0;
  return { spend, gmv, keptGmv, contribution, profit: contribution - spend };
}

/** Conversion rates of the bid table: 0.5 % to 5 % in steps of 0.5 %. */
export const bidTableRates: readonly number[] = Array.from({ length: 10 }, (_, k) => (k + 1) / 200);

/** The bid table: each listed conversion rate, plus the reader's own where the list lacks it, in order. */
export function bidTable(i: AdsInput): BidRow[] {
  const rates = bidTableRates.includes(i.conversionRate) ? [...bidTableRates] : [...bidTableRates, i.conversionRate].sort((a, b) => a - b);
  return rates.map((conversionRate) => ({
    conversionRate,
    maxCpc: maxCpc({ ...i, conversionRate }),
    maxCpcAtTarget: maxCpcAtRoas(conversionRate, i.aov, i.targetRoas),
    own: conversionRate === i.conversionRate,
  }));
}

/** Whether a ROAS times the margin reaches 1 (break-even counts as reaching it, whatever the binary noise). */
const reaches = (roas: number, margin: number) => roas * margin >= 1 - 1e-12;

/** The warnings for a plan: no margin to spend; a target below break-even; refunds pulling net ROI below it. */
export function adsWarnings(i: AdsInput): AdsWarning[] {
  const m = i.contributionMarginBeforeAds;
  if (!hasMarginFor(m)) return ['no-margin'];
  if (!reaches(i.targetRoas, m)) return ['target-below-break-even'];
  if (!reaches(i.targetRoas * keepShare(i.refundRate), m)) return ['refunds-below-break-even'];
  return [];
}

/** Everything the calculator shows for its inputs. */
export function adsPlan(i: AdsInput): AdsPlan {
  const m = i.contributionMarginBeforeAds;
  const keep = keepShare(i.refundRate);
  const hasMargin = hasMarginFor(m);
  return {
    breakEvenRoas: hasMargin ? 1 / m : null,
    breakEvenAcos: hasMargin ? m : null,
    breakEvenGrossRoi: hasMargin && keep > 0 ? 1 / (m * keep) : null,
    grossRoi: i.targetRoas,
    netRoi: i.targetRoas * keep,
    maxCpc: maxCpc(i),
    maxCpcAtTarget: maxCpcAtRoas(i.conversionRate, i.aov, i.targetRoas),
    budgetForGoal: budgetForGoal(i.gmvGoal, i.targetRoas),
    atPlannedSpend: spendOutcome(i),
    bidTable: bidTable(i),
    warnings: adsWarnings(i),
  };
}

/**
 * The chart's points: the break-even CPC and the CPC at the target ROAS at evenly spaced conversion rates
 * from 0 to `toRate`.
 */
export function maxCpcCurve(i: AdsInput, toRate: number, steps: number): { conversionRate: number; maxCpc: number; maxCpcAtTarget: number }[] {
  return Array.from({ length: steps + 1 }, (_, k) => {
    const conversionRate = Math.round(((toRate * k) / steps) * 1e10) / 1e10;
    return { conversionRate, maxCpc: maxCpc({ ...i, conversionRate }), maxCpcAtTarget: maxCpcAtRoas(conversionRate, i.aov, i.targetRoas) };
  });
}
