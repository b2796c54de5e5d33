/**
 * The customer value calculator's public functions. Each checks its input and returns the shared input error
 * (`InvalidInput`) naming the field and the problem, before the unchecked maths in `core.ts` runs: nothing here
 * throws or returns NaN, Infinity or −0. Islands and pages import from here, never from `core.ts`.
 *
 * The margin is the contribution before ads per order (the glossary's "contribution margin before ads" as an
 * amount); the model is monthly: each month a customer still buying places ordersPerYear ÷ 12 orders (see
 * `core.ts`). When the annual discount rate is above zero, LTV:CAC and the payback month use the discounted
 * cumulative margin.
 */
import * as core from './core';
import type { LtvInput, LtvResult, Retention } from './core';
import { ltvFormSchema, MAX_COHORT_ROWS, MAX_NEW_CUSTOMERS, MAX_ORDERS_PER_YEAR, type LtvForm } from './schema';
import { numberColumn, parsePastedTable, type PasteResult } from '../../paste-table';
import type { KeyFigure } from '../shared/key-figures';
import { firstInvalid, invalidInput, listProblem, money, oneOf, rate, schemaProblem, withoutNegativeZero, type InvalidInput, type NumberRule } from '../shared/input-error';

export { HEALTHY_RATIO, LONG_HORIZON_MONTHS, MAX_HORIZON_MONTHS } from './core';
export type { LtvInput, LtvMonth, LtvResult, LtvWarning, Retention } from './core';
export type { InvalidInput } from '../shared/input-error';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const monthRule: NumberRule = { min: 1, max: core.MAX_HORIZON_MONTHS, integer: true };
const ordersRule: NumberRule = { min: 0, max: MAX_ORDERS_PER_YEAR };
const customersRule: NumberRule = { min: 0, max: MAX_NEW_CUSTOMERS, integer: true };

function retentionProblem(r: unknown): InvalidInput | null {
  if (!isObject(r)) return invalidInput('retention', 'wrong-type');
  const kind = oneOf('retention.kind', r.kind, ['monthly', 'yearly', 'cohort']);
  if (kind) return kind;
  if (r.kind !== 'cohort') return firstInvalid([['retention.rate', r.rate, rate]]);
  const list = listProblem('retention.points', r.points, MAX_COHORT_ROWS);
  if (list) return list;
  for (const [i, p] of (r.points as unknown[]).entries()) {
    if (!Array.isArray(p) || p.length !== 2) return invalidInput(`retention.points.${i}`, 'wrong-type');
    // Month 0 is allowed here: a table that starts at month 0 is read as starting at month 1.
    const bad = firstInvalid([
      [`retention.points.${i}.0`, p[0], { min: 0, max: core.MAX_HORIZON_MONTHS, integer: true }],
      [`retention.points.${i}.1`, p[1], rate],
    ]);
    if (bad) return bad;
  }
  return null;
}

function inputProblem(input: unknown): InvalidInput | null {
  if (!isObject(input)) return invalidInput('input', 'wrong-type');
  return (
    firstInvalid([
      ['marginPerOrder', input.marginPerOrder, money],
      ['ordersPerYear', input.ordersPerYear, ordersRule],
      ['horizonMonths', input.horizonMonths, monthRule],
      ['discountRate', input.discountRate, rate],
      ['acquisitionSpend', input.acquisitionSpend, money],
      ['newCustomers', input.newCustomers, customersRule],
    ]) ?? retentionProblem(input.retention)
  );
}

export type LtvScenario = { ok: true } & LtvResult;

/**
 * LTV over the horizon (undiscounted and discounted), CAC, LTV:CAC, the payback month, the month-by-month
 * table and warnings; or the input refused.
 * @example ltvScenario({ marginPerOrder: 3000, ordersPerYear: 2.4, retention: { kind: 'monthly', rate: 0.9 }, horizonMonths: 12, discountRate: 0, acquisitionSpend: 2_000_000, newCustomers: 1000 }).paybackMonth //=> 4
 * @example ltvScenario({ ...input, horizonMonths: 0 }) //=> { ok: false, reason: 'invalid', field: 'horizonMonths', problem: 'out-of-range' }
 */
export function ltvScenario(input: LtvInput): LtvScenario | InvalidInput {
  input = withoutNegativeZero(input);
  return inputProblem(input) ?? { ok: true, ...core.ltvResult(input) };
}

/**
 * The retention the form describes: its rate per month or per year, or its cohort table.
 * @example retentionOf(defaultLtvForm) //=> { kind: 'monthly', rate: 0.88 }
 */
export function retentionOf(form: LtvForm): Retention | InvalidInput {
  form = withoutNegativeZero(form);
  const bad = schemaProblem(ltvFormSchema, form);
  if (bad) return bad;
  if (form.source === 'cohort') return { kind: 'cohort', points: form.cohort };
  return { kind: form.ratePeriod === 'year' ? 'yearly' : 'monthly', rate: form.retentionRate };
}

/**
 * The scenario for stored inputs: the form checked against its schema, then `ltvScenario`. Islands, the worked
 * example and the CSV all read results from here.
 * @example ltvOf(defaultLtvForm).cac //=> 7500
 */
export function ltvOf(form: LtvForm): LtvScenario | InvalidInput {
  form = withoutNegativeZero(form);
  const retention = retentionOf(form);
  if ('reason' in retention) return retention;
  return ltvScenario({
    marginPerOrder: form.marginPerOrder,
    ordersPerYear: form.ordersPerYear,
    retention,
    horizonMonths: form.horizonMonths,
    discountRate: form.discountRate,
    acquisitionSpend: form.acquisitionSpend,
    newCustomers: form.newCustomers,
  });
}

/**
 * CAC: acquisition spend ÷ new customers, half-up to minor units; `null` without new customers.
 * @example cacOf(6_000_000, 800) //=> 7500
 */
export function cacOf(acquisitionSpend: number, newCustomers: number): number | null | InvalidInput {
  acquisitionSpend = withoutNegativeZero(acquisitionSpend);
  newCustomers = withoutNegativeZero(newCustomers);
  return firstInvalid([['acquisitionSpend', acquisitionSpend, money], ['newCustomers', newCustomers, customersRule]]) ?? core.cacOf(acquisitionSpend, newCustomers);
}

/**
 * The monthly retention rate that compounds to a yearly one.
 * @example monthlyFromYearly(0.5) //=> 0.9438743126816935
 */
export function monthlyFromYearly(yearly: number): number | InvalidInput {
  yearly = withoutNegativeZero(yearly);
  return firstInvalid([['yearly', yearly, rate]]) ?? core.monthlyFromYearly(yearly);
}

/** The columns of a pasted cohort table: month (0 or 1 for the first order's month) and share still buying, in percent. */
const cohortColumns = [
  { ...numberColumn('month', { kind: 'count', min: 0, max: core.MAX_HORIZON_MONTHS, integer: true }), unique: true },
  numberColumn('share', { kind: 'percent', min: 0, max: 100 }, (percent) => Math.round(percent * 1e8) / 1e10),
] as const;

export interface CohortPaste {
  /** Rows read, valid or not, with the issues of the refused ones (line, column, code). */
  table: PasteResult<[number, number]>;
  /** The valid rows as the form keeps them: months from 1, sorted. */
  points: [number, number][];
}

/**
 * Reads a cohort table pasted from a spreadsheet: month, then the share of the cohort still buying in percent
 * ("42%" or "42"). A table starting at month 0 is shifted to start at 1. Bad rows are reported, not kept.
 * @example parseCohortPaste('month\tshare\n0\t100%\n1\t42%\n2\tabc').points //=> [[1, 1], [2, 0.42]]
 */
export function parseCohortPaste(text: string): CohortPaste {
  const table = parsePastedTable<[number, number]>(typeof text === 'string' ? text : '', cohortColumns, { maxRows: MAX_COHORT_ROWS });
  return { table, points: core.cohortPoints(table.rows.map((r) => r.values)) };
}

const amountRule: NumberRule = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true };

/**
 * The figures saved scenarios list and compare (see `shared/key-figures.ts`): LTV (discounted when discounting
 * is on), CAC, LTV:CAC and the payback month; labels are `ltv.figure.<id>`.
 * @example keyFigures(ltvOf(defaultLtvForm)).map((f) => f.id) //=> ['ltv', 'cac', 'ratio', 'payback']
 */
export function keyFigures(result: LtvResult): KeyFigure[] | InvalidInput {
  result = withoutNegativeZero(result);
  if (!isObject(result)) return invalidInput('result', 'wrong-type');
  const nullable = (field: string, value: unknown, rule: NumberRule) => (value === null ? null : firstInvalid([[field, value, rule]]));
  const bad =
    firstInvalid([
      ['ltv', result.ltv, amountRule],
      ['discountedLtv', result.discountedLtv, amountRule],
    ]) ??
    (typeof result.discounted === 'boolean' ? null : invalidInput('discounted', 'wrong-type')) ??
    nullable('cac', result.cac, amountRule) ??
    nullable('ratio', result.ratio, { min: 0, max: Number.MAX_VALUE }) ??
    nullable('paybackMonth', result.paybackMonth, monthRule);
  if (bad) return bad;
  return [
    { id: 'ltv', kind: 'money', value: result.discounted ? result.discountedLtv : result.ltv, better: 'higher' },
    { id: 'cac', kind: 'money', value: result.cac, better: 'lower' },
    { id: 'ratio', kind: 'ratio', value: result.ratio, better: 'higher' },
    { id: 'payback', kind: 'months', value: result.paybackMonth, better: 'lower' },
  ];
}
