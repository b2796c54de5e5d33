/**
 * The whole KPI plan at once: funnel, split, pacing and the planned curve, as the calculator shows it.
 *
 * Conventions: money in integer minor units; counts are whole; rates are decimals (0.025 is 2.5 %).
 * Days are numbered from 1 (1 January of the plan year is day 1).
 */
import { roundMinor } from '../../money';
import { type FunnelInput, type FunnelResult, solveFunnel } from './funnel';
import { type PeriodUnit, daysInYear, type DayRange, periodRanges, dailyWeights } from './calendar';
import { type SplitResult, splitTarget } from './split';
import { type PacingResult, type PacingFailure, plannedShare, pacing } from './pacing';
import { type ActualRow, EXAMPLE_YEAR, actualsToDate, isExampleActuals, sortActuals } from './paste';

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
    /** `true` while the actuals are the example's. */
    example?: boolean | undefined;
  };
}

/**
 * Whether the example's actuals are in the form: `'shown'` (counted, in the example's year, and marked as the
 * example's), `'set-aside'` (in the form but another year: not counted), `'cleared'` (removed when the year
 * changed), or `null` when the actuals are the reader's own.
 */
export type ExampleActuals = 'shown' | 'set-aside' | 'cleared' | null;

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
  /** The last day the actuals cover (a month's total covers its whole month), `null` before any. */
  asOfDay: number | null;
  exampleActuals: ExampleActuals;
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
  const example = isExampleActuals(form);
  const exampleActuals: ExampleActuals = !example ? null : form.actuals.length === 0 ? 'cleared' : plan.year === EXAMPLE_YEAR ? 'shown' : 'set-aside';
  // The example's rows never count in another year: they are not the reader's results.
  const counted = exampleActuals === 'set-aside' ? [] : form.actuals;
  const { actualToDate, elapsedDays } = actualsToDate(counted, scopeRange);
  const pace = pacing({ target: scopeTarget, days, elapsedDays, actualToDate, curve: scopeCurve, tolerance: form.tolerance });

  // The plan is straight within each period, so its cumulative curve is exact with a point at each period end.
  const xs = new Set<number>([0, days]);
  for (const r of ranges) if (r.end > scopeRange.start && r.end < scopeRange.end) xs.add(r.end - scopeRange.start + 1);
  const planned = [...xs].sort((a, b) => a - b).map((x) => ({ x, y: roundMinor(scopeTarget * plannedShare(scopeCurve, x, days), 'half-up') }));
  const actual: CurvePoint[] = [];
  let running = 0;
  for (const [day, amount] of sortActuals(counted)) {
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
    asOfDay: elapsedDays > 0 ? scopeRange.start + elapsedDays - 1 : null,
    exampleActuals,
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
