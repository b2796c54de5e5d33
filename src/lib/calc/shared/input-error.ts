/**
 * The one error shape every calculator returns for input it refuses: which field, and why. Exported
 * calculator functions check their input with these helpers before the unchecked maths runs, so they never
 * throw and never return NaN, Infinity or −0.
 */
import { currencies } from '../../money';
import { MONEY_LIMIT } from './limits';

export const inputProblems = ['not-a-number', 'infinite', 'negative', 'not-whole', 'out-of-range', 'wrong-type'] as const;
export type InputProblem = (typeof inputProblems)[number];

/** A refused input: `field` names it (a path such as `fees.1.rate` for items of a list), `problem` says why. */
export interface InvalidInput<F extends string = string> {
  ok: false;
  reason: 'invalid';
  field: F;
  problem: InputProblem;
}

/** @example invalidInput('unitCost', 'negative') //=> { ok: false, reason: 'invalid', field: 'unitCost', problem: 'negative' } */
export function invalidInput<F extends string>(field: F, problem: InputProblem): InvalidInput<F> {
  return { ok: false, reason: 'invalid', field, problem };
}

/** Whether a result is the shared input error. */
export function isInvalidInput(value: unknown): value is InvalidInput {
  return typeof value === 'object' && value !== null && (value as { reason?: unknown }).reason === 'invalid' && (value as { ok?: unknown }).ok === false;
}

export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only (money in minor units, counts). */
  integer?: boolean;
}

/** Money in minor units: whole, from 0 to the money limit. */
export const money: NumberRule = { min: 0, max: MONEY_LIMIT, integer: true };
/** A decimal rate from 0 to 1. */
export const rate: NumberRule = { min: 0, max: 1 };

/**
 * Why a value breaks a rule, or `null` when it keeps it.
 * @example numberProblem(Number.NaN, rate) //=> 'not-a-number'
 * @example numberProblem(-1, money) //=> 'negative'
 * @example numberProblem(0.5, money) //=> 'not-whole'
 */
export function numberProblem(value: unknown, rule: NumberRule): InputProblem | null {
  if (typeof value !== 'number') return 'wrong-type';
  if (Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'infinite';
  if (value < rule.min) return value < 0 && rule.min >= 0 ? 'negative' : 'out-of-range';
  if (value > rule.max) return 'out-of-range';
  if (rule.integer && !Number.isInteger(value)) return 'not-whole';
  return null;
}

/** The first of `checks` that fails, as the shared error, or `null`. */
export function firstInvalid<F extends string>(checks: readonly (readonly [F, unknown, NumberRule])[]): InvalidInput<F> | null {
  for (const [field, value, rule] of checks) {
    const problem = numberProblem(value, rule);
    if (problem) return invalidInput(field, problem);
  }
  return null;
}

/** Checks a value is one of a list (a currency, a mode, a fee base). */
export function oneOf<F extends string>(field: F, value: unknown, allowed: readonly unknown[]): InvalidInput<F> | null {
  return allowed.includes(value) ? null : invalidInput(field, 'wrong-type');
}

/** Checks a currency code. */
export const currencyProblem = (value: unknown): InvalidInput<'currency'> | null => oneOf('currency', value, currencies);

/** Checks a boolean flag. */
export function booleanProblem<F extends string>(field: F, value: unknown): InvalidInput<F> | null {
  return typeof value === 'boolean' ? null : invalidInput(field, 'wrong-type');
}

/** Checks a list's length; items are checked by the caller. */
export function listProblem<F extends string>(field: F, value: unknown, max: number): InvalidInput<F> | null {
  return Array.isArray(value) && value.length <= max ? null : invalidInput(field, Array.isArray(value) ? 'out-of-range' : 'wrong-type');
}

/**
 * The problem of a value already known to be refused, read from the value itself: NaN, ±Infinity and
 * negatives by name, other numbers out of range, anything else of the wrong type.
 * @example refusedValue(-0.5) //=> 'negative'
 */
export function refusedValue(value: unknown): InputProblem {
  if (typeof value === 'number') return numberProblem(value, { min: 0, max: Number.MAX_VALUE }) ?? 'out-of-range';
  return Array.isArray(value) ? 'out-of-range' : 'wrong-type';
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] } };
}

/**
 * Checks a whole form against its zod schema and names the first refused field by its path
 * (`funnel.cvr`, `plan.weights.3`), with the problem read from the value there.
 */
export function schemaProblem(schema: SafeParser, value: unknown): InvalidInput | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return invalidInput('input', 'wrong-type');
  const path = issue.path.map(String);
  let at: unknown = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  let problem = refusedValue(at);
  // zod reports a fraction where a whole number is needed as an invalid type.
  if (problem === 'out-of-range' && typeof at === 'number' && !Number.isInteger(at) && issue.code === 'invalid_type') problem = 'not-whole';
  return invalidInput(path.join('.') || 'input', problem);
}

/**
 * The result, or `fallback` where the module refused the input: islands pass stored values that already
 * passed the schema, so this keeps the types honest without a branch at every call.
 * @example valueOr(invalidInput('year', 'not-whole'), []) //=> []
 */
export function valueOr<R, F>(result: R, fallback: F): Exclude<R, InvalidInput> | F {
  return isInvalidInput(result) ? fallback : (result as Exclude<R, InvalidInput>);
}

/**
 * A copy of plain input data with every −0 made 0. −0 passes every range check (−0 ≥ 0), so each public
 * function cleans its input with this before the maths, and no result can carry a −0 back.
 * @example Object.is(withoutNegativeZero({ a: [-0] }).a[0], -0) //=> false
 */
export function withoutNegativeZero<T>(value: T): T {
  if (typeof value === 'number') return (value === 0 ? 0 : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withoutNegativeZero(v)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)])) as T;
  }
  return value;
}
