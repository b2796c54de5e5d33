/**
 * The figures a calculator's saved scenarios are listed and compared by. Each calculator's module exports a
 * `keyFigures` function that turns one of its results into these; the scenario list, the comparison table
 * and the scenarios CSV read nothing else, so a new calculator gets scenarios by writing that one function.
 * Labels are not here: a figure's `id` names its UI string `<calculator>.figure.<id>` in both dictionaries.
 */

/** How a figure's value is stored and shown: money in integer minor units, rates as decimals (0.05). */
export type FigureKind = 'money' | 'rate' | 'count' | 'ratio' | 'days' | 'months';

export interface KeyFigure {
  /** Stable across versions: stored comparisons and CSV columns are keyed by it. */
  id: string;
  kind: FigureKind;
  /** A finite number, never −0; `null` when the figure does not exist for these inputs (e.g. no payback). */
  value: number | null;
  /** Which way is better when two scenarios are compared; omitted for figures that are neither. */
  better?: 'higher' | 'lower';
}

/**
 * A figure from a result's number: `null` unless it is finite, and never −0. `keyFigures` functions read their
 * results through this, so a result they were not meant to get yields missing figures rather than NaN.
 * @example figure('profit', 'money', 2480, 'higher') //=> { id: 'profit', kind: 'money', value: 2480, better: 'higher' }
 */
export function figure(id: string, kind: FigureKind, value: unknown, better?: 'higher' | 'lower'): KeyFigure {
  const v = typeof value === 'number' && Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
  return better ? { id, kind, value: v, better } : { id, kind, value: v };
}
