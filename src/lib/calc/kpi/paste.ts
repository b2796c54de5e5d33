/**
 * Actuals as typed or pasted: days read from cells, totals to date, and a compact form for share links.
 *
 * Conventions: money in integer minor units; counts are whole; rates are decimals (0.025 is 2.5 %).
 * Days are numbered from 1 (1 January of the plan year is day 1).
 */
import { type PeriodUnit, periodCount, daysInYear, dayOfYear, daysInMonth, dateOfDay, type DayRange } from './calendar';

/** One actual: a day of the plan year and the result booked on it (a month's total is booked on its last day). */
export type ActualRow = readonly [day: number, amount: number];

/** The year of the example plan; its actuals belong to it and to no other year. */
export const EXAMPLE_YEAR = 2026;
const monthEnd = (month: number) => dayOfYear(EXAMPLE_YEAR, month, daysInMonth(EXAMPLE_YEAR, month))!;
/** The example's actuals: six month totals, January to June of the example year, a little under plan. */
export const EXAMPLE_ACTUALS: readonly ActualRow[] = [
  [monthEnd(1), 23_600_000],
  [monthEnd(2), 18_150_000],
  [monthEnd(3), 21_980_000],
  [monthEnd(4), 20_840_000],
  [monthEnd(5), 23_790_000],
  [monthEnd(6), 30_960_000],
];

/** The part of the pacing form that says whose actuals these are. */
export interface ActualsOwner {
  actuals: readonly ActualRow[];
  /** `true`: the rows are the example's, not the reader's. Missing (older links): the example's rows are. */
  example?: boolean | undefined;
}

/**
 * Whether the actuals are the example's: marked so, or (a form stored before the mark) exactly its rows.
 * @example isExampleActuals({ actuals: [], example: true }) //=> true
 */
export function isExampleActuals(form: ActualsOwner): boolean {
  if (form.example !== undefined) return form.example;
  return form.actuals.length === EXAMPLE_ACTUALS.length && form.actuals.every(([d, a], i) => d === EXAMPLE_ACTUALS[i]![0] && a === EXAMPLE_ACTUALS[i]![1]);
}

/**
 * The reader's own rows: none while the rows are the example's, so a row the reader adds never joins them.
 * @example ownActuals({ actuals: [[31, 5]], example: true }) //=> []
 */
export function ownActuals(form: ActualsOwner): ActualRow[] {
  return isExampleActuals(form) ? [] : form.actuals.map(([d, a]) => [d, a] as const);
}

/**
 * The pacing form holding the reader's own rows, no longer marked as the example.
 * @example withOwnActuals({ actuals: [[31, 5]], example: true }, [[10, 500]]) //=> { actuals: [[10, 500]], example: false }
 */
export function withOwnActuals<T extends ActualsOwner>(form: T, rows: readonly ActualRow[]): T & { actuals: [number, number][]; example: false } {
  return { ...form, actuals: rows.map(([d, a]): [number, number] => [d, a]), example: false };
}

/**
 * Reads a day typed or pasted in the actuals table: a day number within the scope (1 = its first day), a
 * date of the plan year written year first (2026-06-18, 2026/6/18, 2026.6.18, 2026年6月18日, with or
 * without a time), or a month for a month's total (2026-06, 2026/6, 2026年6月, or 6月 in the plan year),
 * read as the month's last day: a month's total is earned through its end. Returns the day of the plan
 * year. Day-first and month-first dates are refused: 05/06 is ambiguous.
 * @example parseDayCell('2026-02', 2026, { start: 1, end: 365 }) //=> { ok: true, value: 59 }
 * @example parseDayCell('2月', 2028, { start: 1, end: 366 }) //=> { ok: true, value: 60 }
 * @example parseDayCell('20', 2026, { start: 32, end: 59 }) //=> { ok: true, value: 51 }
 * @example parseDayCell('2026-06-18', 2026, { start: 1, end: 365 }) //=> { ok: true, value: 169 }
 * @example parseDayCell('2025-06-18', 2026, { start: 1, end: 365 }) //=> { ok: false, error: { code: 'year', … } }
 */
export function parseDayCell(
  raw: string,
  year: number,
  scope: DayRange,
): { ok: true; value: number } | { ok: false; error: { code: 'empty' | 'invalid' | 'range' | 'year'; min: number; max: number } } {
  const length = scope.end - scope.start + 1;
  const fail = (code: 'empty' | 'invalid' | 'range' | 'year') => ({ ok: false as const, error: { code, min: 1, max: length } });
  const text = typeof raw === 'string' ? raw.normalize('NFKC').trim() : '';
  if (text === '') return fail('empty');
  if (text.length > 40) return fail('invalid');
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= length ? { ok: true, value: scope.start + n - 1 } : fail('range');
  }
  const monthOnly = /^(?:(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?|(\d{1,2})\s*月)$/.exec(text);
  if (monthOnly) {
    const month = Number(monthOnly[2] ?? monthOnly[3]);
    if (!(month >= 1 && month <= 12)) return fail('invalid');
    if (monthOnly[1] !== undefined && Number(monthOnly[1]) !== year) return fail('year');
    const end = dayOfYear(year, month, daysInMonth(year, month));
    if (end === null) return fail('invalid');
    return end >= scope.start && end <= scope.end ? { ok: true, value: end } : fail('range');
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (!m) return fail('invalid');
  const doy = dayOfYear(year, Number(m[2]), Number(m[3]));
  if (Number(m[1]) !== year) return dayOfYear(Number(m[1]), Number(m[2]), Number(m[3])) === null ? fail('invalid') : fail('year');
  if (doy === null) return fail('invalid');
  return doy >= scope.start && doy <= scope.end ? { ok: true, value: doy } : fail('range');
}

/**
 * Actual to date within a scope: the sum of rows on or before the latest day with a row, and how many of the
 * scope's days that covers.
 * @example actualsToDate([[31, 100], [59, 50], [400, 1]], { start: 1, end: 365 }) //=> { actualToDate: 150, elapsedDays: 59 }
 */
export function actualsToDate(rows: readonly ActualRow[], scope: DayRange): { actualToDate: number; elapsedDays: number } {
  let sum = 0;
  let last = scope.start - 1;
  for (const [day, amount] of sortActuals(rows)) {
    if (day < scope.start || day > scope.end) continue;
    sum += amount;
    if (day > last) last = day;
  }
  return { actualToDate: sum, elapsedDays: last - scope.start + 1 };
}

/**
 * Merges rows into one per month, dated at the latest day that had a row in that month: cumulative totals at
 * those days, and the pace at the latest day, stay the same. Used to keep long daily tables inside a share link.
 * @example compactActuals([[1, 5], [2, 5], [40, 7]], 2026) //=> [[2, 10], [40, 7]]
 */
export function compactActuals(rows: readonly ActualRow[], year: number): ActualRow[] {
  const byMonth = new Map<number, [number, number]>();
  for (const [day, amount] of rows) {
    const { month } = dateOfDay(year, day);
    const cur = byMonth.get(month) ?? [day, 0];
    byMonth.set(month, [Math.max(cur[0], day), cur[1] + amount]);
  }
  return [...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => [v[0], v[1]] as const);
}

/**
 * The actuals sorted by day, with at most one row per day (later rows for the same day replace earlier ones).
 * @example sortActuals([[59, 5], [31, 1], [59, 7]]) //=> [[31, 1], [59, 7]]
 */
export function sortActuals(rows: readonly ActualRow[]): ActualRow[] {
  const byDay = new Map<number, number>();
  for (const [day, amount] of rows) byDay.set(day, amount);
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([d, a]) => [d, a] as const);
}

/** The calculator's form, as `kpiScenario` reads it (the schema in kpi-schema.ts has this shape). */
/**
 * Keeps pacing consistent with a changed plan: a scope beyond the periods goes back to the whole year, and
 * actuals on days the year does not have (31 December of a leap year, after a switch to a common year) go, and
 * the example's actuals go when the year is no longer the example's (the form keeps `example: true` so the
 * calculator can say why they went).
 * @example fitPacing({ scope: 40, tolerance: 0.03, actuals: [[366, 5]] }, { year: 2026, unit: 'month' }) //=> { scope: 0, tolerance: 0.03, actuals: [] }
 */
export function fitPacing<T extends { scope: number } & ActualsOwner>(pacingForm: T, plan: { year: number; unit: PeriodUnit }): T {
  const scope = pacingForm.scope > periodCount[plan.unit] ? 0 : pacingForm.scope;
  const last = daysInYear(plan.year);
  // The example's rows belong to the example's year: in another year they are cleared, not re-dated.
  if (isExampleActuals(pacingForm) && plan.year !== EXAMPLE_YEAR && pacingForm.actuals.length > 0) return { ...pacingForm, scope, actuals: [], example: true };
  const actuals = pacingForm.actuals.filter(([day]) => day <= last);
  return actuals.length === pacingForm.actuals.length && scope === pacingForm.scope ? pacingForm : { ...pacingForm, scope, actuals };
}
