/**
 * The ticked items of one checklist as stored in the browser: a JSON array of distinct item indexes.
 * A hand-written check instead of a schema library keeps a chapter page's script small (checklists load on
 * every chapter); anything malformed, foreign or oversized reads as "nothing ticked".
 */
export const MAX_TICKS = 100;

/**
 * @example parseTicks('[0,2]') //=> [0, 2]
 * @example parseTicks('[2,2,"x"]') //=> []
 * @example parseTicks(undefined) //=> []
 */
export function parseTicks(raw: unknown): number[] {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 1000) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value) || value.length > MAX_TICKS) return [];
  const ok = value.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < MAX_TICKS && !Object.is(v, -0));
  if (!ok || new Set(value).size !== value.length) return [];
  return [...(value as number[])].sort((a, b) => a - b);
}

/** The stored form of a set of ticks: sorted, distinct, in range. */
export function serialiseTicks(ticks: readonly number[]): string {
  return JSON.stringify([...new Set(ticks.filter((v) => Number.isInteger(v) && v >= 0 && v < MAX_TICKS))].sort((a, b) => a - b));
}
