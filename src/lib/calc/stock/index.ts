/**
 * The stock calculator's public functions: safety stock (demand and lead-time variance combined), reorder
 * point, days of cover, the order for a peak and the stock-out risk of a planned quantity. Each checks its
 * input and returns the shared input error (`InvalidInput`) naming the field, before the unchecked maths in
 * `core.ts` runs: nothing here throws or returns NaN, Infinity or −0. Islands and pages import from here.
 *
 * Formulas (d, σd: daily demand and its standard deviation; L, σL: lead time and its standard deviation;
 * z = Φ⁻¹(service level); m, P: the peak multiplier and window):
 * - SS = z·√(L·σd² + d²·σL²), ROP = d·L + SS, days of cover = on hand ÷ d;
 * - peak order = d·L + m·d·P + z·√(L·σd² + d²·σL² + P·(m·σd)²) − on hand − on order;
 * - stock-out risk of a stock S = 1 − Φ((S − (d·L + m·d·P)) ÷ √(L·σd² + d²·σL² + P·(m·σd)²)).
 * Quantities are whole items, rounded up.
 */
import * as core from './core';
import type { DemandStats, HistoryUnit, StockInput, StockResult } from './core';
import { MAX_DAILY_DEMAND, MAX_DAYS, MAX_HISTORY, MAX_MULTIPLIER, MAX_PERIOD_SALES, MAX_UNITS, MIN_MULTIPLIER, stockFormSchema, type StockForm } from './schema';
import { CHINA_RETAIL_MONTHS } from '../shared/season';
import type { KeyFigure } from '../shared/key-figures';
import {
  firstInvalid,
  invalidInput,
  listProblem,
  oneOf,
  schemaProblem,
  type InvalidInput,
  type NumberRule,
  withoutNegativeZero,
} from '../shared/input-error';

export { MAX_SERVICE_LEVEL } from './core';
export type { DemandStats, HistoryUnit, StockInput, StockResult, StockWarning } from './core';
export type { InvalidInput } from '../shared/input-error';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const units: NumberRule = { min: 0, max: MAX_UNITS, integer: true };
const demandRule: NumberRule = { min: 0, max: MAX_DAILY_DEMAND };

function inputProblem(input: unknown): InvalidInput | null {
  if (!isObject(input)) return invalidInput('input', 'wrong-type');
  return firstInvalid([
    ['dailyDemand', input.dailyDemand, demandRule],
    ['dailyDemandSd', input.dailyDemandSd, demandRule],
    ['leadTimeDays', input.leadTimeDays, { min: 1, max: MAX_DAYS }],
    ['leadTimeSd', input.leadTimeSd, { min: 0, max: MAX_DAYS }],
    ['serviceLevel', input.serviceLevel, { min: 0.5, max: 1 }],
    ['onHand', input.onHand, units],
    ['onOrder', input.onOrder, units],
    ['peakDays', input.peakDays, { min: 0, max: MAX_DAYS, integer: true }],
    ['peakMultiplier', input.peakMultiplier, { min: MIN_MULTIPLIER, max: MAX_MULTIPLIER }],
    ['plannedQuantity', input.plannedQuantity, units],
  ]);
}

/**
 * Daily demand from sales per day or per week (see `core.demandFromHistory`), or the input refused: at least
 * two periods are needed for a standard deviation.
 * @example demandFromHistory([30, 50], 'day') //=> { ok: true, mean: 40, sd: 14.142135623730951, periods: 2, unit: 'day', periodMean: 40, periodSd: 14.142135623730951 }
 * @example demandFromHistory([40], 'day') //=> { ok: false, reason: 'invalid', field: 'history', problem: 'out-of-range' }
 */
export function demandFromHistory(values: readonly number[], unit: HistoryUnit): ({ ok: true } & DemandStats) | InvalidInput {
  values = withoutNegativeZero(values);
  const bad = oneOf('historyUnit', unit, ['day', 'week']) ?? listProblem('history', values, MAX_HISTORY);
  if (bad) return bad;
  if (values.length < 2) return invalidInput('history', 'out-of-range');
  const cell = firstInvalid(values.map((v, i) => [`history.${i}`, v, { min: 0, max: MAX_PERIOD_SALES }] as const));
  return cell ?? { ok: true, ...core.demandFromHistory(values, unit) };
}

/**
 * z for a cycle service level, Φ⁻¹(level); `z: null` at 99.99 % and above, where no finite stock suffices.
 * @example serviceLevelZ(0.5) //=> { ok: true, z: 0 }
 * @example serviceLevelZ(1) //=> { ok: true, z: null }
 */
export function serviceLevelZ(level: number): { ok: true; z: number | null } | InvalidInput {
  level = withoutNegativeZero(level);
  return firstInvalid([['serviceLevel', level, { min: 0.5, max: 1 }]]) ?? { ok: true, z: core.serviceLevelZ(level) };
}

/**
 * Safety stock, reorder point, days of cover, the order for the peak and the risk of the planned quantity.
 * @example stockPlan({ dailyDemand: 40, dailyDemandSd: 0, leadTimeDays: 10, leadTimeSd: 0, serviceLevel: 0.95, onHand: 200, onOrder: 0, peakDays: 0, peakMultiplier: 1, plannedQuantity: 200 }).reorderPoint //=> 400
 */
export function stockPlan(input: StockInput): ({ ok: true } & StockResult) | InvalidInput {
  input = withoutNegativeZero(input);
  return inputProblem(input) ?? { ok: true, ...core.stockPlan(input) };
}

/**
 * The stock-out risk at `steps + 1` evenly spaced order quantities from `from` to `to`, for the chart.
 * @example riskCurve(input, 0, 1000, 20).points.length //=> 21
 */
export function riskCurve(input: StockInput, from: number, to: number, steps = 40): { ok: true; points: { quantity: number; risk: number }[] } | InvalidInput {
  input = withoutNegativeZero(input);
  from = withoutNegativeZero(from);
  to = withoutNegativeZero(to);
  steps = withoutNegativeZero(steps);
  const bad =
    inputProblem(input) ??
    firstInvalid([
      ['from', from, units],
      ['to', to, units],
      ['steps', steps, { min: 1, max: 400, integer: true }],
    ]);
  return bad ?? { ok: true, points: core.riskCurve(input, from, to, steps) };
}

/**
 * The peak multiplier a form asks for: its own, or the seasonal curve's month ÷ 100 (the same curve the KPI
 * calculator splits a year by).
 * @example peakMultiplierOf({ season: 'curve', peakMonth: 11, peakMultiplier: 3 }) //=> 1.5
 */
export function peakMultiplierOf(form: Pick<StockForm, 'season' | 'peakMonth' | 'peakMultiplier'>): number | InvalidInput {
  form = withoutNegativeZero(form);
  if (!isObject(form)) return invalidInput('form', 'wrong-type');
  const bad =
    oneOf('season', form.season, ['curve', 'own']) ??
    firstInvalid([
      ['peakMonth', form.peakMonth, { min: 1, max: 12, integer: true }],
      ['peakMultiplier', form.peakMultiplier, { min: MIN_MULTIPLIER, max: MAX_MULTIPLIER }],
    ]);
  if (bad) return bad;
  return form.season === 'curve' ? CHINA_RETAIL_MONTHS[form.peakMonth - 1]! / 100 : form.peakMultiplier;
}

export interface StockScenario {
  /** The history's statistics when demand is read from history; `null` for a forecast. */
  history: DemandStats | null;
  input: StockInput;
  result: StockResult;
}

/**
 * What the calculator shows for a stored form: daily demand from the history or the forecast, the peak
 * multiplier, and the plan; or the form refused, naming the field.
 */
export function stockScenario(form: StockForm): ({ ok: true } & StockScenario) | InvalidInput {
  form = withoutNegativeZero(form);
  const bad = schemaProblem(stockFormSchema, form);
  if (bad) return bad;
  let history: DemandStats | null = null;
  if (form.source === 'history') {
    const stats = demandFromHistory(form.history, form.historyUnit);
    if (!stats.ok) return stats;
    const { ok: _ok, ...rest } = stats;
    history = rest;
  }
  const multiplier = peakMultiplierOf(form);
  if (typeof multiplier !== 'number') return multiplier;
  const input: StockInput = {
    dailyDemand: history ? history.mean : form.dailyDemand,
    dailyDemandSd: history ? history.sd : form.dailyDemandSd,
    leadTimeDays: form.leadTimeDays,
    leadTimeSd: form.leadTimeSd,
    serviceLevel: form.serviceLevel,
    onHand: form.onHand,
    onOrder: form.onOrder,
    peakDays: form.peakDays,
    peakMultiplier: multiplier,
    plannedQuantity: form.plannedQuantity,
  };
  // History within its limits can still average above the forecast's limit; the plan names that field.
  const plan = stockPlan(input);
  if (!plan.ok) return plan;
  const { ok: _plan, ...result } = plan;
  return { ok: true, history, input, result };
}

/** A finite number, never −0; anything else is no figure. */
const figure = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? (v === 0 ? 0 : v) : null);

/**
 * The figures saved scenarios list and compare a stock plan by (`stock.figure.<id>` in the dictionaries).
 * @example keyFigures(result).map((f) => f.id) //=> ['safetyStock', 'reorderPoint', 'daysOfCover', 'peakOrder', 'planRisk']
 */
export function keyFigures(result: StockResult): KeyFigure[] {
  const r = isObject(result) ? result : ({} as Partial<StockResult>);
  const peak = isObject(r.peak) ? r.peak : undefined;
  const plan = isObject(r.plan) ? r.plan : undefined;
  return [
    { id: 'safetyStock', kind: 'count', value: figure(r.safetyStock) },
    { id: 'reorderPoint', kind: 'count', value: figure(r.reorderPoint) },
    { id: 'daysOfCover', kind: 'days', value: figure(r.daysOfCover), better: 'higher' },
    { id: 'peakOrder', kind: 'count', value: figure(peak?.orderQuantity) },
    { id: 'planRisk', kind: 'rate', value: figure(plan?.risk), better: 'lower' },
  ];
}
