/**
 * The KPI calculator's public functions. Each checks its input and returns the shared input error
 * (`InvalidInput`) naming the field and the problem before the unchecked maths runs (`core.ts` and the
 * files it gathers: funnel, calendar, split, pacing, paste, scenario): nothing here throws or returns NaN,
 * Infinity or −0. Islands and pages import from here.
 */
import * as core from './core';
import { funnelSchema, kpiFormSchema, pacingFormSchema, planSchema, type FunnelForm, type KpiForm, type PacingForm, type PlanForm } from './schema';
import { firstInvalid, invalidInput, listProblem, oneOf, schemaProblem, withoutNegativeZero, type InvalidInput } from '../shared/input-error';
import { figure, type KeyFigure } from '../shared/key-figures';
import type { ActualRow, DayRange, FunnelInput, FunnelResult, FunnelUnknown, KpiScenario, PacingInput, PacingResult, PeriodUnit, SeasonPlan, SplitInput, SplitResult } from './core';

export {
  CHINA_RETAIL_MONTHS,
  DEFAULT_TOLERANCE,
  EXAMPLE_YEAR,
  MAX_AOV,
  MAX_CHANNELS,
  MAX_COUNT,
  MAX_GMV,
  MAX_LOSS_RATE,
  MAX_PERIODS,
  funnelUnknowns,
  gmvBases,
  pacingStatuses,
  periodCount,
  periodUnits,
  seasonPresets,
} from './core';
export type {
  ActualRow,
  CurvePoint,
  DayRange,
  ExampleActuals,
  FunnelFailure,
  FunnelField,
  FunnelInput,
  FunnelResult,
  FunnelSolution,
  FunnelUnknown,
  GmvBasis,
  KpiScenario,
  PacingFailure,
  PacingInput,
  PacingResult,
  PacingStatus,
  PeriodUnit,
  PlanInput,
  SeasonPlan,
  SeasonPreset,
  SplitFailure,
  SplitInput,
  SplitResult,
} from './core';
export type { InvalidInput } from '../shared/input-error';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const yearRule = { min: 2000, max: 2100, integer: true };
const dayRule = { min: 1, max: 366, integer: true };

/** Solves the funnel for its unknown (see `funnel.ts`), or names the refused input. */
export function solveFunnel(input: FunnelInput): FunnelResult | InvalidInput {
  input = withoutNegativeZero(input);
  if (!isObject(input)) return invalidInput('gmv', 'wrong-type');
  return oneOf('gmvBasis', input.gmvBasis, core.gmvBases) ?? booleanField('useImpressions', input.useImpressions) ?? core.solveFunnel(input);
}

function booleanField<F extends string>(field: F, value: unknown): InvalidInput<F> | null {
  return typeof value === 'boolean' ? null : invalidInput(field, 'wrong-type');
}

/** The unknown really solved, given whether impressions lead the funnel. */
export function funnelUnknown(solveFor: FunnelUnknown, useImpressions: boolean): FunnelUnknown | InvalidInput {
  solveFor = withoutNegativeZero(solveFor);
  useImpressions = withoutNegativeZero(useImpressions);
  return oneOf('solveFor', solveFor, core.funnelUnknowns) ?? booleanField('useImpressions', useImpressions) ?? core.funnelUnknown(solveFor, useImpressions);
}

/** The funnel form with the solved value written into the unknown's field, or the form refused. */
export function withSolvedValue(form: FunnelForm, result: FunnelResult): FunnelForm | InvalidInput {
  form = withoutNegativeZero(form);
  result = withoutNegativeZero(result);
  const bad = schemaProblem(funnelSchema, form);
  if (bad) return bad;
  if (!isObject(result) || !result.ok) return form;
  const next = core.withSolvedValue(form, result);
  return schemaProblem(funnelSchema, next) ?? next;
}

/** Splits a total over periods and channels in whole units (see `split.ts`), or names the refused input. */
export function splitTarget(input: SplitInput): SplitResult | InvalidInput {
  input = withoutNegativeZero(input);
  if (!isObject(input)) return invalidInput('total', 'wrong-type');
  return listProblem('weights', input.weights, core.MAX_PERIODS) ?? listProblem('channelShares', input.channelShares ?? [], core.MAX_CHANNELS) ?? core.splitTarget(input);
}

/** Pace against the plan (see `pacing.ts`), or names the refused input. */
export function pacing(input: PacingInput): PacingResult | InvalidInput {
  input = withoutNegativeZero(input);
  if (!isObject(input)) return invalidInput('target', 'wrong-type');
  return (input.curve === undefined ? null : listProblem('curve', input.curve, core.MAX_PERIODS)) ?? core.pacing(input);
}

/** The month and day of a day of the plan year, or the input refused. */
export function dateOfDay(year: number, day: number): { month: number; day: number } | InvalidInput {
  year = withoutNegativeZero(year);
  day = withoutNegativeZero(day);
  return firstInvalid([['year', year, yearRule], ['day', day, { ...dayRule, max: core.daysInYear(Number.isInteger(year) ? year : 2001) }]]) ?? core.dateOfDay(year, day);
}

/** The day ranges of each month or week of a plan year, or the input refused. */
export function periodRanges(unit: PeriodUnit, year: number): DayRange[] | InvalidInput {
  unit = withoutNegativeZero(unit);
  year = withoutNegativeZero(year);
  return oneOf('unit', unit, core.periodUnits) ?? firstInvalid([['year', year, yearRule]]) ?? core.periodRanges(unit, year);
}

/** A season plan after a change of year, unit or preset, with its weights redrawn; or the plan refused. */
export function replan<T extends PlanForm>(plan: T, patch: Partial<Pick<SeasonPlan, 'year' | 'unit' | 'preset'>>): T | InvalidInput {
  plan = withoutNegativeZero(plan);
  patch = withoutNegativeZero(patch);
  const bad = schemaProblem(planSchema, plan) ?? (isObject(patch) ? null : invalidInput('patch', 'wrong-type'));
  if (bad) return bad;
  const next = core.replan(plan, patch);
  return schemaProblem(planSchema, next) ?? next;
}

function actualsProblem(rows: unknown): InvalidInput | null {
  const list = listProblem('actuals', rows, 366 * 4);
  if (list) return list;
  for (const [i, row] of (rows as unknown[]).entries()) {
    if (!Array.isArray(row)) return invalidInput(`actuals.${i}`, 'wrong-type');
    const bad = firstInvalid([[`actuals.${i}.0`, row[0], dayRule], [`actuals.${i}.1`, row[1], { min: 0, max: 1e15, integer: true }]]);
    if (bad) return bad;
  }
  return null;
}

/** Reads a day typed or pasted in the actuals table (see `paste.ts`); a refused year or scope is named. */
export function parseDayCell(raw: string, year: number, scope: DayRange): ReturnType<typeof core.parseDayCell> | InvalidInput {
  raw = withoutNegativeZero(raw);
  year = withoutNegativeZero(year);
  scope = withoutNegativeZero(scope);
  if (!isObject(scope)) return invalidInput('scope', 'wrong-type');
  return firstInvalid([['year', year, yearRule], ['scope.start', scope.start, dayRule], ['scope.end', scope.end, { ...dayRule, min: scope.start }]]) ?? core.parseDayCell(raw, year, scope);
}

/** Actuals merged to one row a month (for share links), or the input refused. */
export function compactActuals(rows: readonly ActualRow[], year: number): ActualRow[] | InvalidInput {
  rows = withoutNegativeZero(rows);
  year = withoutNegativeZero(year);
  return actualsProblem(rows) ?? firstInvalid([['year', year, yearRule]]) ?? core.compactActuals(rows, year);
}

/** Actuals in day order, or the input refused. */
export function sortActuals(rows: readonly ActualRow[]): ActualRow[] | InvalidInput {
  rows = withoutNegativeZero(rows);
  return actualsProblem(rows) ?? core.sortActuals(rows);
}

/** The pacing form kept valid for a changed plan (scope and days within the year), or the input refused. */
export function fitPacing(form: PacingForm, plan: { year: number; unit: PeriodUnit }): PacingForm | InvalidInput {
  form = withoutNegativeZero(form);
  plan = withoutNegativeZero(plan);
  if (!isObject(plan)) return invalidInput('plan', 'wrong-type');
  return schemaProblem(pacingFormSchema, form) ?? oneOf('unit', plan.unit, core.periodUnits) ?? firstInvalid([['year', plan.year, yearRule]]) ?? core.fitPacing(form, plan);
}

/** The pacing form holding the reader's own rows, no longer the example's (see `paste.ts`), or the input refused. */
export function withOwnActuals(form: PacingForm, rows: readonly ActualRow[]): PacingForm | InvalidInput {
  form = withoutNegativeZero(form);
  rows = withoutNegativeZero(rows);
  return schemaProblem(pacingFormSchema, form) ?? actualsProblem(rows) ?? core.withOwnActuals(form, rows);
}

/** The reader's own actuals: none while the form holds the example's (see `paste.ts`), or the form refused. */
export function ownActuals(form: PacingForm): ActualRow[] | InvalidInput {
  form = withoutNegativeZero(form);
  return schemaProblem(pacingFormSchema, form) ?? core.ownActuals(form);
}

/** Everything the KPI calculator shows for its form (see `scenario.ts`), or the form refused by name. */
export function kpiScenario(form: KpiForm): ({ ok: true } & KpiScenario) | InvalidInput {
  form = withoutNegativeZero(form);
  return schemaProblem(kpiFormSchema, form) ?? { ok: true, ...core.kpiScenario(form) };
}

/** The planned cumulative amount at a day, between the plan's points; or the input refused. */
export function plannedAtDay(planned: readonly { x: number; y: number }[], day: number): number | InvalidInput {
  planned = withoutNegativeZero(planned);
  day = withoutNegativeZero(day);
  const list = listProblem('planned', planned, 400);
  if (list) return list;
  for (const [i, p] of planned.entries()) {
    if (!isObject(p)) return invalidInput(`planned.${i}`, 'wrong-type');
    const bad = firstInvalid([[`planned.${i}.x`, p.x, { min: 0, max: 366 }], [`planned.${i}.y`, p.y, { min: 0, max: 1e15 }]]);
    if (bad) return bad;
  }
  return firstInvalid([['day', day, { min: 0, max: 366 }]]) ?? core.plannedAtDay(planned, day);
}

/** Whole orders a funnel solution asks for (see `funnel.ts`), or the input refused. */
export function ordersToPlace(r: { orders: number }): number | InvalidInput {
  r = withoutNegativeZero(r);
  if (!isObject(r)) return invalidInput('orders', 'wrong-type');
  return firstInvalid([['orders', r.orders, { min: 0, max: core.MAX_COUNT }]]) ?? core.ordersToPlace(r);
}

/**
 * What saved KPI scenarios are listed and compared by, from the funnel: paid and net GMV, the visitors and
 * the whole orders the target needs. All missing when the funnel has no solution or was refused.
 * @example keyFigures(solveFunnel(defaultKpiForm.funnel)).map((f) => f.value) //=> [300_000_000, 300_000_000, 800_000, 20_000]
 */
export function keyFigures(funnel: FunnelResult | InvalidInput): KeyFigure[] {
  const r = typeof funnel === 'object' && funnel !== null && funnel.ok === true ? funnel : undefined;
  const orders = r && Number.isFinite(r.orders) && r.orders >= 0 && r.orders <= core.MAX_COUNT ? core.ordersToPlace(r) : null;
  return [
    figure('paidGmv', 'money', r?.paidGmv, 'higher'),
    figure('netGmv', 'money', r?.netGmv, 'higher'),
    figure('uv', 'count', r?.uv, 'lower'),
    figure('orders', 'count', orders),
  ];
}
