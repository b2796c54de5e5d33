/**
 * Team incentives: tiered commission, the cliffs whole-amount tiers create, and a bonus pool split by
 * weighted KPI scores exactly to the cent.
 *
 * Conventions: money in integer minor units; rates, achievements and shares of target as decimals (0.05 is
 * 5 %, 1.2 is 120 %). A tier starts at its `from` amount (inclusive) and ends where the next tier starts.
 *
 * - Marginal tiers (超额累进) pay each slice of sales at its own tier's rate, so the payout is continuous.
 * - Whole-amount tiers (全额累进) pay the rate of the highest tier reached on every slice, so the payout jumps
 *   at each tier line: a cliff.
 *
 * Both are written as one integral: payout = Σ slice × rate × multiplier, where the rate is the slice's own
 * (marginal) or the top tier's (whole-amount), and the multiplier is the accelerator's on slices above its
 * level. The exact sum is rounded once, half up, and the lines are shared out of it by largest remainder so
 * they always add up to the payout.
 */
import { allocate, noNegativeZero, roundMinor, roundRatio } from '../../money';
import { MONEY_LIMIT } from '../shared/limits';
import { invalidInput, refusedValue, withoutNegativeZero, type InvalidInput } from '../shared/input-error';

export const commissionMethods = ['marginal', 'whole'] as const;
export type CommissionMethod = (typeof commissionMethods)[number];

/** Largest amount accepted: one billion major units, as in the other calculators. */
export const MAX_TIERS = 20;
export const MAX_KPIS = 10;
export const MAX_PEOPLE = 200;
/** Largest KPI actual or target accepted (any unit: yuan, orders, points). */
export const MAX_MEASURE = 1e12;
/** Smallest KPI target: a smaller one makes an achievement ratio overflow. */
export const MIN_TARGET = 0.0001;

export interface Tier {
  /** Where the tier starts, minor units, inclusive. The first tier starts at 0. */
  from: number;
  /** Decimal rate, 0.05 for 5 %. */
  rate: number;
}

export interface Accelerator {
  /** Share of target above which the accelerator applies, at least 1 (100 %). */
  from: number;
  /** What the rate is multiplied by on sales above that level, at least 1. */
  multiplier: number;
}

export interface CommissionPlan {
  tiers: readonly Tier[];
  method: CommissionMethod;
  /** Sales target, minor units; needed by the gate and the accelerator. */
  target?: number;
  /** Nothing is paid below this share of target (0.8 for 80 %); `null` for no gate. */
  gate?: number | null;
  /** Highest payout, minor units; `null` for no cap. */
  cap?: number | null;
  accelerator?: Accelerator | null;
}

export interface CommissionInput extends CommissionPlan {
  /** Sales for the period, minor units. */
  sales: number;
}

export type IncentiveErrorCode =
  | 'no-tiers'
  | 'bad-method'
  | 'too-many-tiers'
  | 'first-tier-not-zero'
  | 'tiers-not-rising'
  | 'bad-threshold'
  | 'bad-rate'
  | 'bad-sales'
  | 'bad-target'
  | 'target-needed'
  | 'bad-gate'
  | 'bad-cap'
  | 'bad-accelerator'
  | 'bad-step'
  | 'bad-pool'
  | 'no-kpis'
  | 'too-many-kpis'
  | 'bad-weight'
  | 'bad-kpi-cap'
  | 'bad-floor'
  | 'too-many-people'
  | 'missing-values'
  | 'bad-actual'
  | 'bad-kpi-target'
  | 'bad-grade'
  | 'bad-person-sales';

/** What is wrong and where: `index` is the tier, KPI or person; `kpi` the KPI within a person. */
export interface IncentiveError {
  code: IncentiveErrorCode;
  index?: number;
  kpi?: number;
}

export interface CommissionLine {
  /** Index of the tier this slice of sales falls in. */
  tier: number;
  from: number;
  /** Where the slice ends; `null` for the open top. */
  to: number | null;
  /** The part of sales in this slice, minor units. */
  base: number;
  /** The rate applied: the slice's own (marginal) or the top tier's (whole-amount). */
  rate: number;
  /** The accelerator's multiplier on this slice, 1 below its level. */
  multiplier: number;
  amount: number;
}

export interface QuickDeductionRow {
  from: number;
  to: number | null;
  /** The rate for sales in this row, accelerator included. */
  rate: number;
  /** 速算扣除数: payout = sales × rate − deduction, minor units. */
  deduction: number;
}

export interface CommissionBreakdown {
  sales: number;
  method: CommissionMethod;
  lines: CommissionLine[];
  /** Before gate and cap. */
  gross: number;
  payout: number;
  /** Lowest sales level that is paid (the gate), `null` without a gate. */
  gateLevel: number | null;
  /** Below the gate: nothing is paid. */
  gated: boolean;
  capped: boolean;
  /** Index of the highest tier reached. */
  tier: number;
  /** Rate earned on the next unit of sales (accelerator included). */
  nextRate: number;
  /** Payout ÷ sales; `null` at zero sales. */
  effectiveRate: number | null;
  /** The quick-deduction table (marginal tiers only) and the row that applies to these sales. */
  quickDeductions: QuickDeductionRow[] | null;
  quickRow: number | null;
}

/**
 * The shared input error (naming the first refused field and its problem) with every problem found, so a
 * form can mark each row at once.
 */
export type IncentiveFailure = InvalidInput & { errors: IncentiveError[] };

export type CommissionResult = ({ ok: true } & CommissionBreakdown) | IncentiveFailure;

/** The input field an error code points at, as a path (`tiers.2.rate`, `people.0.actuals.1`). */
function fieldOf(e: IncentiveError): string {
  const i = e.index ?? 0;
  switch (e.code) {
    case 'no-tiers':
    case 'too-many-tiers':
      return 'tiers';
    case 'first-tier-not-zero':
    case 'tiers-not-rising':
    case 'bad-threshold':
      return `tiers.${i}.from`;
    case 'bad-rate':
      return `tiers.${i}.rate`;
    case 'bad-method':
      return 'method';
    case 'bad-sales':
      return 'sales';
    case 'bad-target':
    case 'target-needed':
      return 'target';
    case 'bad-gate':
      return 'gate';
    case 'bad-cap':
      return 'cap';
    case 'bad-accelerator':
      return 'accelerator';
    case 'bad-step':
      return 'step';
    case 'bad-pool':
      return 'amount';
    case 'no-kpis':
    case 'too-many-kpis':
      return 'kpis';
    case 'bad-weight':
      return `kpis.${i}.weight`;
    case 'bad-kpi-cap':
      return `kpis.${i}.cap`;
    case 'bad-floor':
      return 'floor';
    case 'too-many-people':
      return 'people';
    case 'missing-values':
      return `people.${i}`;
    case 'bad-actual':
      return `people.${i}.actuals.${e.kpi ?? 0}`;
    case 'bad-kpi-target':
      return `people.${i}.targets.${e.kpi ?? 0}`;
    case 'bad-grade':
      return `people.${i}.grade`;
    case 'bad-person-sales':
      return `people.${i}.sales`;
  }
}

/** The failure for a non-empty list of errors: the first one in the shared shape, and all of them. */
function failed(errors: IncentiveError[], input: unknown): IncentiveFailure {
  const field = fieldOf(errors[0]!);
  let at: unknown = input;
  for (const key of field.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return { ...invalidInput(field, refusedValue(at)), errors };
}

const isWhole = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isBetween = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
/** Scores rounded to a billionth, so the same score reached two ways is the same number. */
const tidy = (x: number) => noNegativeZero(Math.round(x * 1e9) / 1e9);

/**
 * Everything wrong with a commission plan; an empty list means it can be computed.
 * @example validatePlan({ method: 'marginal', tiers: [{ from: 0, rate: 0.03 }, { from: 0, rate: 0.05 }] })
 * //=> [{ code: 'tiers-not-rising', index: 1 }]
 * @example validatePlan({ method: 'whole', tiers: [{ from: 0, rate: -0.03 }] }) //=> [{ code: 'bad-rate', index: 0 }]
 */
export function validatePlan(plan: CommissionPlan): IncentiveError[] {
  plan = withoutNegativeZero(plan);
  const errors: IncentiveError[] = [];
  const tiers: readonly Tier[] = Array.isArray(plan.tiers) ? plan.tiers : [];
  if (tiers.length === 0) errors.push({ code: 'no-tiers' });
  if (tiers.length > MAX_TIERS) errors.push({ code: 'too-many-tiers' });
  tiers.forEach((tier, i) => {
    if (!isWhole(tier.from, MONEY_LIMIT)) errors.push({ code: 'bad-threshold', index: i });
    else if (i === 0 && tier.from !== 0) errors.push({ code: 'first-tier-not-zero', index: 0 });
    else if (i > 0 && !(tier.from > tiers[i - 1]!.from)) errors.push({ code: 'tiers-not-rising', index: i });
    if (!isBetween(tier.rate, 0, 1)) errors.push({ code: 'bad-rate', index: i });
  });
  if (!commissionMethods.includes(plan.method)) errors.push({ code: 'bad-method' });
  const target = plan.target ?? 0;
  if (!isWhole(target, MONEY_LIMIT)) errors.push({ code: 'bad-target' });
  const gate = plan.gate ?? null;
  if (gate !== null && !isBetween(gate, 0, 1)) errors.push({ code: 'bad-gate' });
  const cap = plan.cap ?? null;
  if (cap !== null && !isWhole(cap, MONEY_LIMIT)) errors.push({ code: 'bad-cap' });
  const acc = plan.accelerator ?? null;
  if (acc !== null && !(isBetween(acc.from, 1, 10) && isBetween(acc.multiplier, 1, 10))) errors.push({ code: 'bad-accelerator' });
  if (((gate !== null && gate > 0) || acc !== null) && target === 0) errors.push({ code: 'target-needed' });
  return errors;
}

/** The plan with −0 amounts (which pass the checks) made 0, so no payout or cap shows −0. */
function planWithoutNegativeZero<T extends CommissionPlan>(plan: T): T {
  return { ...plan, target: noNegativeZero(plan.target ?? 0), cap: plan.cap === null || plan.cap === undefined ? plan.cap : noNegativeZero(plan.cap) };
}

/** Sales level from which the accelerator applies, or `null` without one. */
function acceleratorLevel(plan: CommissionPlan): number | null {
  const acc = plan.accelerator ?? null;
  if (acc === null || acc.multiplier === 1) return null;
  return roundMinor(acc.from * (plan.target ?? 0), 'half-up');
}

/** Lowest sales level that is paid, or 0 without a gate. Sales are whole minor units, so round up. */
function gateLevel(plan: CommissionPlan): number {
  const gate = plan.gate ?? null;
  return gate === null ? 0 : (roundRatio([gate, plan.target ?? 0], [], 'up') ?? 0);
}

interface Segment {
  tier: number;
  from: number;
  to: number | null;
  rate: number;
  multiplier: number;
}

/** The tiers cut at the accelerator's level, each piece with its own multiplier. */
function segmentsOf(plan: CommissionPlan): Segment[] {
  const level = acceleratorLevel(plan);
  const multiplier = plan.accelerator?.multiplier ?? 1;
  const segments: Segment[] = [];
  plan.tiers.forEach((tier, i) => {
    const to = plan.tiers[i + 1]?.from ?? null;
    if (level !== null && level > tier.from && (to === null || level < to)) {
      segments.push({ tier: i, from: tier.from, to: level, rate: tier.rate, multiplier: 1 });
      segments.push({ tier: i, from: level, to, rate: tier.rate, multiplier });
    } else {
      segments.push({ tier: i, from: tier.from, to, rate: tier.rate, multiplier: level !== null && tier.from >= level ? multiplier : 1 });
    }
  });
  return segments;
}

function topTier(tiers: readonly Tier[], sales: number): number {
  let top = 0;
  tiers.forEach((tier, i) => {
    if (sales >= tier.from) top = i;
  });
  return top;
}

const sliceOf = (seg: Segment, sales: number) => Math.max(0, Math.min(sales, seg.to ?? sales) - seg.from);

/** The plan's lines and payout at one sales level; the plan is valid. */
function compute(plan: CommissionPlan, sales: number): CommissionBreakdown {
  const segments = segmentsOf(plan);
  const top = topTier(plan.tiers, sales);
  const topRate = plan.tiers[top]!.rate;
  const rateOf = (seg: Segment) => (plan.method === 'whole' ? topRate : seg.rate);
  const exact = segments.map((seg) => sliceOf(seg, sales) * rateOf(seg) * seg.multiplier);
  const current = segments.filter((seg) => sales >= seg.from).at(-1)!;
  const deductions = exactDeductions(segments);
  // Marginal pay is computed as sales × rate − quick deduction: the same sum as the slices, but with the
  // deduction free of binary noise, so the published table gives exactly the payout.
  const sum = plan.method === 'marginal'
    ? sales * current.rate * current.multiplier - deductions[segments.indexOf(current)]!
    : exact.reduce((a, b) => a + b, 0);
  const gross = Math.max(0, roundMinor(sum, 'half-up'));
  const amounts = allocate(gross, exact);
  const lines = segments.map((seg, i) => ({
    tier: seg.tier,
    from: seg.from,
    to: seg.to,
    base: sliceOf(seg, sales),
    rate: rateOf(seg),
    multiplier: seg.multiplier,
    amount: amounts[i]!,
  }));
  const gate = gateLevel(plan);
  const gated = sales < gate;
  const cap = plan.cap ?? null;
  const capped = !gated && cap !== null && gross > cap;
  const payout = gated ? 0 : capped ? cap! : gross;
  const table = plan.method === 'marginal' ? deductionRows(segments) : null;
  return {
    sales,
    method: plan.method,
    lines,
    gross,
    payout,
    gateLevel: (plan.gate ?? null) === null ? null : gate,
    gated,
    capped,
    tier: top,
    nextRate: noNegativeZero(rateOf(current) * current.multiplier),
    effectiveRate: sales > 0 ? noNegativeZero(payout / sales) : null,
    quickDeductions: table,
    quickRow: table ? segments.indexOf(current) : null,
  };
}

/** Each segment's quick deduction in (fractional) minor units, rounded to a millionth to drop binary noise. */
function exactDeductions(segments: readonly Segment[]): number[] {
  let deduction = 0;
  let previous = 0;
  return segments.map((seg) => {
    const rate = seg.rate * seg.multiplier;
    // Each step up in rate would also be charged on everything below the step: take that back.
    deduction += seg.from * (rate - previous);
    previous = rate;
    return Math.round(deduction * 1e6) / 1e6;
  });
}

function deductionRows(segments: readonly Segment[]): QuickDeductionRow[] {
  const deductions = exactDeductions(segments);
  return segments.map((seg, i) => ({
    from: seg.from,
    to: seg.to,
    rate: noNegativeZero(seg.rate * seg.multiplier),
    deduction: roundMinor(deductions[i]!, 'half-up'),
  }));
}

/**
 * Commission for one period's sales: a line per tier (split at the accelerator's level), the gate and cap
 * applied, and for marginal tiers the equivalent quick-deduction table (速算扣除数).
 * @example
 * const tiers = [{ from: 0, rate: 0.03 }, { from: 10_000_000, rate: 0.05 }, { from: 20_000_000, rate: 0.08 }];
 * tieredCommission({ tiers, method: 'marginal', sales: 25_000_000 }).payout //=> 1_200_000 (¥12,000)
 * tieredCommission({ tiers, method: 'whole', sales: 25_000_000 }).payout //=> 2_000_000 (¥20,000)
 * @example
 * // Quick deductions ¥0, ¥2,000, ¥8,000: 250,000 × 8 % − 8,000 = 12,000.
 * tieredCommission({ tiers, method: 'marginal', sales: 25_000_000 }).quickDeductions.map((r) => r.deduction)
 * //=> [0, 200_000, 800_000]
 * @example
 * // Accelerator ×1.25 above 120 % of a ¥200,000 target: 3,000 + 5,000 + 3,200 + 1,000.
 * tieredCommission({ tiers, method: 'marginal', sales: 25_000_000, target: 20_000_000,
 *   accelerator: { from: 1.2, multiplier: 1.25 } }).payout //=> 1_220_000
 */
export function tieredCommission(input: CommissionInput): CommissionResult {
  input = withoutNegativeZero(input);
  const errors = validatePlan(input);
  if (!isWhole(input.sales, MONEY_LIMIT)) errors.push({ code: 'bad-sales' });
  if (errors.length > 0) return failed(errors, input);
  return { ok: true, ...compute(planWithoutNegativeZero(input), noNegativeZero(input.sales)) };
}

/**
 * The quick-deduction table of a plan's tiers paid marginally (accelerator included), whichever method the
 * plan uses: what switching to marginal tiers would publish.
 * @example quickDeductionTable({ method: 'whole', tiers: [{ from: 0, rate: 0.03 }, { from: 10_000_000, rate: 0.05 }] })
 * //=> [{ from: 0, to: 10_000_000, rate: 0.03, deduction: 0 }, { from: 10_000_000, to: null, rate: 0.05, deduction: 200_000 }]
 */
export function quickDeductionTable(plan: CommissionPlan): QuickDeductionRow[] | IncentiveFailure {
  plan = withoutNegativeZero(plan);
  const errors = validatePlan(plan);
  return errors.length > 0 ? failed(errors, plan) : deductionRows(segmentsOf(planWithoutNegativeZero(plan)));
}

export interface CliffInput extends CommissionPlan {
  /** The small step in sales, minor units; default one major unit (100). */
  step?: number;
  /** A step that changes the payout by more than this is a cliff, minor units; default the step itself. */
  minJump?: number;
}

export interface Cliff {
  /** The sales level where the payout jumps: `step` less pays `before`, this level pays `after`. */
  sales: number;
  before: number;
  after: number;
  /** after − before; negative when one more step of sales lowers pay. */
  jump: number;
  cause: 'tier' | 'gate';
  /** The tier that starts here (tier cliffs). */
  tier: number | null;
  /** What marginal tiers would pay at the same two levels (tier cliffs of whole-amount plans). */
  marginal: { before: number; after: number } | null;
}

export type CliffResult = { ok: true; cliffs: Cliff[]; step: number; minJump: number } | IncentiveFailure;

/**
 * Every sales level where one small step more in sales changes the payout by more than `minJump` because
 * the payout jumps there (not merely because the rates are steep): the tier lines of whole-amount plans, and
 * the gate. Between tier lines, the gate and the accelerator the payout is linear, so no other level can jump.
 * @example
 * const tiers = [{ from: 0, rate: 0.03 }, { from: 10_000_000, rate: 0.05 }, { from: 20_000_000, rate: 0.08 }];
 * const r = findCliffs({ tiers, method: 'whole' });
 * r.ok && r.cliffs.map((c) => [c.sales, c.jump]) //=> [[10_000_000, 200_003], [20_000_000, 600_005]]
 * // ¥199,999 pays ¥9,999.95 and ¥200,000 pays ¥16,000: one more yuan is worth ¥6,000.05.
 * @example findCliffs({ tiers, method: 'marginal' }).cliffs //=> []
 */
export function findCliffs(input: CliffInput): CliffResult {
  input = withoutNegativeZero(input);
  const errors = validatePlan(input);
  const step = input.step ?? 100;
  const minJump = input.minJump ?? step;
  if (!isWhole(step, MONEY_LIMIT) || step < 1 || !isWhole(minJump, MONEY_LIMIT)) errors.push({ code: 'bad-step' });
  if (errors.length > 0) return failed(errors, input);
  const gate = gateLevel(input);
  // Within one minor unit the rates alone move pay by at most this much (plus one for rounding): a bigger
  // move is a jump, not a slope.
  const slope = Math.ceil(Math.max(...segmentsOf(input).map((seg) => seg.rate * seg.multiplier))) + 1;
  const levels = new Set<number>(input.tiers.slice(1).map((t) => t.from));
  if (gate > 0) levels.add(gate);
  const level = acceleratorLevel(input);
  if (level !== null && level > 0) levels.add(level);
  const marginalPlan: CommissionPlan = { ...input, method: 'marginal' };
  const cliffs: Cliff[] = [];
  for (const sales of [...levels].sort((a, b) => a - b)) {
    if (sales > MONEY_LIMIT) continue;
    const below = Math.max(0, sales - step);
    const before = compute(input, below).payout;
    const after = compute(input, sales).payout;
    const jump = after - before;
    if (Math.abs(jump) <= minJump || Math.abs(after - compute(input, sales - 1).payout) <= slope) continue;
    const tier = input.tiers.findIndex((t) => t.from === sales);
    const cause = sales === gate ? 'gate' : 'tier';
    cliffs.push({
      sales,
      before,
      after,
      jump,
      cause,
      tier: tier > 0 ? tier : null,
      marginal: cause === 'tier' && input.method === 'whole'
        ? { before: compute(marginalPlan, below).payout, after: compute(marginalPlan, sales).payout }
        : null,
    });
  }
  return { ok: true, cliffs, step, minJump };
}

/**
 * Payout at evenly spaced sales levels from 0 to `maxSales`, plus the levels either side of every cliff so
 * a chart draws each jump where it happens, plus any levels in `include` (the current sales). Empty for an
 * invalid plan.
 * @example payoutCurve({ tiers: [{ from: 0, rate: 0.1 }], method: 'marginal' }, 10_000, 2)
 * //=> [{ sales: 0, payout: 0 }, { sales: 5_000, payout: 500 }, { sales: 10_000, payout: 1_000 }]
 */
export function payoutCurve(
  plan: CommissionPlan,
  maxSales: number,
  count = 48,
  include: readonly number[] = [],
): { sales: number; payout: number }[] | IncentiveFailure | InvalidInput {
  plan = withoutNegativeZero(plan);
  maxSales = withoutNegativeZero(maxSales);
  count = withoutNegativeZero(count);
  include = withoutNegativeZero(include);
  const cliffs = findCliffs(plan);
  if (!cliffs.ok) return cliffs;
  if (!isBetween(maxSales, 1, MONEY_LIMIT)) return invalidInput('maxSales', refusedValue(maxSales));
  if (!isBetween(count, 1, 400)) return invalidInput('count', refusedValue(count));
  if (!Array.isArray(include) || include.length > 100) return invalidInput('include', 'wrong-type');
  const top = Math.round(maxSales);
  const n = Math.max(1, Math.min(400, Math.floor(count)));
  const levels = new Set<number>();
  for (let i = 0; i <= n; i++) levels.add(Math.round((top * i) / n));
  for (const cliff of cliffs.cliffs) {
    if (cliff.sales <= top) levels.add(cliff.sales).add(cliff.sales - 1);
  }
  for (const level of include) if (isWhole(level, top)) levels.add(level);
  return [...levels].sort((a, b) => a - b).map((sales) => ({ sales, payout: compute(plan, sales).payout }));
}

/* Team commission */

export interface Seller {
  name: string;
  /** Sales for the period, minor units. */
  sales: number;
}

export interface SellerResult {
  name: string;
  sales: number;
  payout: number;
  /** Payout ÷ sales; `null` at zero sales. */
  effectiveRate: number | null;
  /** Below the gate: nothing paid. */
  gated: boolean;
  capped: boolean;
}

export interface TeamCommission {
  ok: true;
  people: SellerResult[];
  totalSales: number;
  /** What the plan costs for the whole team, minor units. */
  totalPayout: number;
  /** totalPayout ÷ totalSales; `null` when the team sold nothing. */
  costRate: number | null;
}

export type TeamCommissionResult = TeamCommission | IncentiveFailure;

/**
 * One commission plan paid to each person of a team: every person's payout by `tieredCommission` (same
 * tiers, method, gate, cap and accelerator), their effective rate, and the team's totals: sales, the
 * commission cost and that cost as a share of sales.
 * @example
 * const tiers = [{ from: 0, rate: 0.03 }, { from: 10_000_000, rate: 0.05 }, { from: 20_000_000, rate: 0.08 }];
 * const r = teamCommission({ tiers, method: 'marginal' }, [{ name: 'Li', sales: 15_000_000 }, { name: 'Wang', sales: 25_000_000 }]);
 * r.ok && [r.people.map((p) => p.payout), r.totalPayout, r.costRate] //=> [[550_000, 1_200_000], 1_750_000, 0.04375]
 */
export function teamCommission(plan: CommissionPlan, people: readonly Seller[]): TeamCommissionResult {
  plan = withoutNegativeZero(plan);
  people = withoutNegativeZero(people);
  const errors = validatePlan(plan);
  const list: readonly Seller[] = Array.isArray(people) ? people : [];
  if (!Array.isArray(people) || list.length > MAX_PEOPLE) errors.push({ code: 'too-many-people' });
  else list.forEach((person, i) => {
    if (typeof person !== 'object' || person === null || !isWhole(person.sales, MONEY_LIMIT)) errors.push({ code: 'bad-person-sales', index: i });
  });
  if (errors.length > 0) return failed(errors, { ...plan, people });
  const valid = planWithoutNegativeZero(plan);
  const results = list.map((person) => {
    const sales = noNegativeZero(person.sales);
    const r = compute(valid, sales);
    return { name: typeof person.name === 'string' ? person.name : '', sales, payout: r.payout, effectiveRate: r.effectiveRate, gated: r.gated, capped: r.capped };
  });
  const totalSales = results.reduce((a, p) => a + p.sales, 0);
  const totalPayout = results.reduce((a, p) => a + p.payout, 0);
  return { ok: true, people: results, totalSales, totalPayout, costRate: totalSales > 0 ? noNegativeZero(totalPayout / totalSales) : null };
}

export interface CommissionScenario {
  result: CommissionResult;
  /** The small step in sales the cliffs are measured with, minor units. */
  step: number;
  /** The same sales paid by the other method, for comparison; `null` when the plan is invalid. */
  other: { method: CommissionMethod; payout: number } | null;
  cliffs: Cliff[];
}

/**
 * What the commission part of the calculator shows: the result, the other method's payout and the cliffs.
 * @example commissionScenario({ tiers, method: 'marginal', sales: 25_000_000 }).other //=> { method: 'whole', payout: 2_000_000 }
 */
export function commissionScenario(input: CommissionInput): CommissionScenario {
  input = withoutNegativeZero(input);
  const result = tieredCommission(input);
  if (!result.ok) return { result, step: 100, other: null, cliffs: [] };
  const method: CommissionMethod = input.method === 'marginal' ? 'whole' : 'marginal';
  const found = findCliffs(input);
  return {
    result,
    step: found.ok ? found.step : 100,
    other: { method, payout: compute({ ...input, method }, input.sales).payout },
    cliffs: found.ok ? found.cliffs : [],
  };
}

/* Bonus pool */

export interface Kpi {
  /** Decimal weight; a scorecard's weights normally add up to 1. */
  weight: number;
  /** Highest achievement counted, decimal: 1.2 caps the KPI at 120 % of target. */
  cap: number;
}

export interface Member {
  name: string;
  /** One actual and one target per KPI, in the KPI's own unit. */
  actuals: readonly number[];
  targets: readonly number[];
  /** Grade coefficient (A 1.2, B 1, C 0.8); 1 when absent. */
  grade?: number;
}

export interface PoolInput {
  /** The pool, minor units. */
  amount: number;
  kpis: readonly Kpi[];
  people: readonly Member[];
  /** Eligibility floor on the weighted score before the grade, decimal (0.6 for 60 points); 0 for none. */
  floor?: number;
}

export interface MemberResult {
  name: string;
  /** actual ÷ target per KPI, before the cap (negative results count as 0). */
  achievements: number[];
  /** The same, capped per KPI. */
  capped: number[];
  /** Σ weight × capped achievement. */
  weighted: number;
  grade: number;
  eligible: boolean;
  /** weighted × grade for eligible people, else 0: what the pool is split by. */
  score: number;
  /** score ÷ total score. */
  share: number;
  /** pool × share before rounding, minor units (fractional). */
  exact: number;
  payout: number;
}

export type PoolWarning = 'weights-not-100' | 'empty-team' | 'no-one-eligible';

export interface PoolSplit {
  ok: true;
  people: MemberResult[];
  /** Sum of the scores the pool is split by. */
  totalScore: number;
  /** Sum of the KPI weights (1 on a complete scorecard). */
  weightSum: number;
  allocated: number;
  /** What nobody earned (the whole pool when nobody scores), minor units. */
  unallocated: number;
  warnings: PoolWarning[];
}

export type PoolResult = PoolSplit | IncentiveFailure;

/**
 * Everything wrong with a bonus pool's input; an empty list means it can be split.
 * @example validatePool({ amount: 100, kpis: [{ weight: 1, cap: 1.2 }], people: [{ name: 'A', actuals: [1], targets: [0] }] })
 * //=> [{ code: 'bad-kpi-target', index: 0, kpi: 0 }]
 */
export function validatePool(input: PoolInput): IncentiveError[] {
  input = withoutNegativeZero(input);
  const errors: IncentiveError[] = [];
  if (!isWhole(input.amount, MONEY_LIMIT)) errors.push({ code: 'bad-pool' });
  const kpis: readonly Kpi[] = Array.isArray(input.kpis) ? input.kpis : [];
  const people: readonly Member[] = Array.isArray(input.people) ? input.people : [];
  if (kpis.length === 0) errors.push({ code: 'no-kpis' });
  if (kpis.length > MAX_KPIS) errors.push({ code: 'too-many-kpis' });
  kpis.forEach((kpi, k) => {
    if (!isBetween(kpi.weight, 0, 1)) errors.push({ code: 'bad-weight', index: k });
    if (!isBetween(kpi.cap, 0, 10)) errors.push({ code: 'bad-kpi-cap', index: k });
  });
  if (!isBetween(input.floor ?? 0, 0, 10)) errors.push({ code: 'bad-floor' });
  if (people.length > MAX_PEOPLE) errors.push({ code: 'too-many-people' });
  people.forEach((person, i) => {
    const actuals: readonly number[] = Array.isArray(person.actuals) ? person.actuals : [];
    const targets: readonly number[] = Array.isArray(person.targets) ? person.targets : [];
    if (actuals.length !== kpis.length || targets.length !== kpis.length) {
      errors.push({ code: 'missing-values', index: i });
      return;
    }
    kpis.forEach((_, k) => {
      if (!isBetween(actuals[k], -MAX_MEASURE, MAX_MEASURE)) errors.push({ code: 'bad-actual', index: i, kpi: k });
      if (!isBetween(targets[k], MIN_TARGET, MAX_MEASURE)) errors.push({ code: 'bad-kpi-target', index: i, kpi: k });
    });
    if (!isBetween(person.grade ?? 1, 0, 10)) errors.push({ code: 'bad-grade', index: i });
  });
  return errors;
}

/**
 * Splits a bonus pool by weighted KPI scores, exactly to the cent. Achievement is actual ÷ target per KPI,
 * capped per KPI; the weighted score times the grade coefficient is each person's score; people below the
 * floor, or scoring zero, get nothing. Shares come from the largest-remainder method, so they always add up
 * to the pool; if nobody scores, nothing is paid and the whole pool stays unallocated.
 * @example
 * const kpis = [{ weight: 0.4, cap: 1.2 }, { weight: 0.3, cap: 1.2 }, { weight: 0.2, cap: 1.2 }, { weight: 0.1, cap: 1.2 }];
 * const t = [100, 100, 100, 100];
 * const r = allocateBonusPool({ amount: 2_000_000, kpis, people: [
 *   { name: 'Ads', actuals: [110, 95, 85, 80], targets: t },
 *   { name: 'Content', actuals: [95, 90, 80, 100], targets: t },
 *   { name: 'Service lead', actuals: [85, 80, 95, 90], targets: t } ] });
 * r.ok && r.people.map((p) => p.payout) //=> [710_382, 663_024, 626_594] (¥7,103.82 + ¥6,630.24 + ¥6,265.94 = ¥20,000.00)
 */
export function allocateBonusPool(input: PoolInput): PoolResult {
  input = withoutNegativeZero(input);
  const errors = validatePool(input);
  if (errors.length > 0) return failed(errors, input);
  // −0 passes the checks; it must not reach a payout.
  input = { ...input, amount: noNegativeZero(input.amount) };
  const warnings: PoolWarning[] = [];
  const weightSum = input.kpis.reduce((s, k) => s + k.weight, 0);
  if (Math.abs(weightSum - 1) > 1e-9) warnings.push('weights-not-100');
  if (input.people.length === 0) warnings.push('empty-team');
  const floor = input.floor ?? 0;
  const scored = input.people.map((person) => {
    const achievements = input.kpis.map((_, k) => noNegativeZero(Math.max(0, person.actuals[k]! / person.targets[k]!)));
    const capped = achievements.map((a, k) => Math.min(a, input.kpis[k]!.cap));
    const weighted = tidy(capped.reduce((s, a, k) => s + a * input.kpis[k]!.weight, 0));
    const grade = person.grade ?? 1;
    const eligible = weighted > 0 && weighted >= floor - 1e-12;
    return { name: person.name, achievements, capped, weighted, grade, eligible, score: eligible ? tidy(weighted * grade) : 0 };
  });
  const totalScore = tidy(scored.reduce((s, p) => s + p.score, 0));
  if (input.people.length > 0 && totalScore === 0) warnings.push('no-one-eligible');
  // allocate() splits evenly when every weight is zero; a pool nobody earned is not paid out instead.
  const payouts = totalScore > 0 ? allocate(input.amount, scored.map((p) => p.score)) : scored.map(() => 0);
  const people = scored.map((p, i) => ({
    ...p,
    share: totalScore > 0 ? noNegativeZero(p.score / totalScore) : 0,
    exact: totalScore > 0 ? noNegativeZero((input.amount * p.score) / totalScore) : 0,
    payout: payouts[i]!,
  }));
  const allocated = payouts.reduce((a, b) => a + b, 0);
  return { ok: true, people, totalScore, weightSum: tidy(weightSum), allocated, unallocated: input.amount - allocated, warnings };
}
