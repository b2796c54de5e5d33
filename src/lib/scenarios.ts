/**
 * Saved scenarios: a calculator's inputs kept under a name, listed, compared and exported. Pure: it knows
 * nothing of storage, Preact or any one calculator. A calculator brings the schema of its input state (the
 * one its share links use) and its key figures (`lib/calc/shared/key-figures.ts`).
 *
 * Stored per calculator under `playbook:scenarios:<name>` as a versioned envelope
 * `{ version: 1, scenarios: [{ id, name, savedAt, state }] }`. An item that no longer reads (a state its
 * calculator refuses, a hand-edited or truncated value) is kept exactly as stored and shown as "could not be
 * read", never dropped; it leaves storage only when the reader removes it.
 */
import * as z from 'zod/mini';
import type { KeyFigure, FigureKind } from './calc/shared/key-figures';
import { noNegativeZero, type Currency } from './money';

export const SCENARIOS_VERSION = 1;
/** Most scenarios one calculator keeps; a list longer than a planner compares by eye is a spreadsheet's job. */
export const MAX_SCENARIOS = 50;
export const MAX_NAME = 80;
/** A stored list above this is not parsed (a real one is well under: 50 KPI plans with a year of actuals). */
const MAX_STORED = 2_000_000;

/** The storage key of a calculator's scenarios: not under `playbook:<name>`, which wakes the calculator itself. */
export const scenariosKey = (calculator: string) => `playbook:scenarios:${calculator}`;

export interface SavedScenario<S> {
  id: string;
  name: string;
  /** ISO date and time the inputs were saved. */
  savedAt: string;
  state: S;
}

/** One stored item: read, or kept as it was with its text for download. */
export type ScenarioItem<S> =
  | { ok: true; scenario: SavedScenario<S> }
  | { ok: false; id: string; /** The name, when the item still has a readable one. */ name: string | null; raw: string; value: unknown };

const nameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_NAME));
const idSchema = z.string().check(z.minLength(1), z.maxLength(40));
const savedAtSchema = z.string().check(z.maxLength(40), z.refine((s) => Number.isFinite(Date.parse(s))));

const itemSchema = <S>(state: z.ZodMiniType<S>) => z.object({ id: idSchema, name: nameSchema, savedAt: savedAtSchema, state });

/**
 * Older shapes, each turned into the next. Version 0 is a bare list of `{ name, state }` without ids or dates
 * (a list written before the envelope had a version, or by hand); its items get ids and the epoch as their date.
 */
const migrations: Record<number, (scenarios: unknown[]) => unknown[]> = {
  0: (scenarios) =>
    scenarios.map((item, i) =>
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? { id: `m${i + 1}`, savedAt: new Date(0).toISOString(), ...item }
        : item,
    ),
};

function parse(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.length > MAX_STORED) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The stored items at the current version, or `null` when the text is no list of scenarios at all. */
function storedItems(value: unknown): unknown[] | null {
  let version: number;
  let scenarios: unknown[];
  if (Array.isArray(value)) {
    version = 0;
    scenarios = value;
  } else if (typeof value === 'object' && value !== null && Array.isArray((value as { scenarios?: unknown }).scenarios)) {
    const v = (value as { version?: unknown }).version;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > SCENARIOS_VERSION) return null;
    version = v;
    scenarios = (value as { scenarios: unknown[] }).scenarios;
  } else return null;
  for (let v = version; v < SCENARIOS_VERSION; v++) scenarios = migrations[v]?.(scenarios) ?? scenarios;
  return scenarios;
}

function readableName(value: unknown): string | null {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, MAX_NAME) : null;
}

/**
 * Reads a calculator's stored scenarios. Each item is validated on its own, its state by the calculator's
 * schema (which also opens older state shapes); an item that fails, or a stored text that is no list, is
 * kept as unread with its raw text. Ids are made unique.
 * @example readScenarios(undefined, schema) //=> []
 */
export function readScenarios<S>(raw: string | null | undefined, state: z.ZodMiniType<S>): ScenarioItem<S>[] {
  if (raw === null || raw === undefined || raw === '') return [];
  const parsed = parse(raw);
  const items = parsed.ok ? storedItems(parsed.value) : null;
  // Not a list we know: the whole text is one unread item, and is written back as it was.
  if (items === null) return [{ ok: false, id: 'u0', name: null, raw, value: parsed.ok ? parsed.value : raw }];
  const schema = itemSchema(state);
  const taken = new Set<string>();
  const out: ScenarioItem<S>[] = [];
  items.forEach((value, i) => {
    const result = schema.safeParse(value);
    if (result.success) {
      const id = result.data.id !== '' && !taken.has(result.data.id) ? result.data.id : nextId(taken);
      taken.add(id);
      out.push({ ok: true, scenario: { ...result.data, name: result.data.name.trim() || result.data.name, id } });
    } else {
      const id = nextId(taken, `u${i}`);
      taken.add(id);
      out.push({ ok: false, id, name: readableName(value), raw: typeof value === 'string' ? value : JSON.stringify(value, null, 2), value });
    }
  });
  return out;
}

/** The text stored for a list: read items as they are now, unread ones exactly as they were read. */
export function writeScenarios<S>(items: readonly ScenarioItem<S>[]): string {
  return JSON.stringify({ version: SCENARIOS_VERSION, scenarios: items.map((item) => (item.ok ? item.scenario : item.value)) });
}

function nextId(taken: ReadonlySet<string>, wanted?: string): string {
  if (wanted && !taken.has(wanted)) return wanted;
  let n = taken.size + 1;
  while (taken.has(`s${n}`)) n++;
  return `s${n}`;
}

const ids = (items: readonly ScenarioItem<unknown>[]) => new Set(items.map((item) => (item.ok ? item.scenario.id : item.id)));
const names = (items: readonly ScenarioItem<unknown>[]) => items.flatMap((item) => (item.ok ? [item.scenario.name] : item.name ? [item.name] : []));

/**
 * A name from a calculator's key inputs, made unique among `taken` with a number: "满300减50 · ¥81 (2)".
 * Trimmed and cut to the longest name kept; an empty name becomes `fallback`.
 * @example uniqueName('8.5折 · ¥81', ['8.5折 · ¥81']) //=> '8.5折 · ¥81 (2)'
 */
export function uniqueName(wanted: string, taken: readonly string[], fallback = '—'): string {
  const base = (wanted.replace(/\s+/g, ' ').trim() || fallback).slice(0, MAX_NAME);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!used.has(name)) return name;
  }
}

/**
 * The long part of a default name (a tiered offer in words) cut to `max` characters with an ellipsis, so the
 * key input after it (the price) still fits the name.
 * @example clip('满¥200减¥20 / 满¥400减¥50 / 满¥600减¥90', 12) //=> '满¥200减¥20 /…'
 */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

export type ListChange<S> = { ok: true; items: ScenarioItem<S>[]; id: string } | { ok: false; reason: 'full' | 'missing' };

/** Adds a scenario at the end under a unique name; refused once the list holds `MAX_SCENARIOS`. */
export function addScenario<S>(items: readonly ScenarioItem<S>[], name: string, state: S, savedAt: Date): ListChange<S> {
  if (items.length >= MAX_SCENARIOS) return { ok: false, reason: 'full' };
  const id = nextId(ids(items));
  const scenario: SavedScenario<S> = { id, name: uniqueName(name, names(items)), savedAt: savedAt.toISOString(), state };
  return { ok: true, items: [...items, { ok: true, scenario }], id };
}

/** Renames a scenario; an empty name leaves it as it was, a taken one gets a number. */
export function renameScenario<S>(items: readonly ScenarioItem<S>[], id: string, name: string): ListChange<S> {
  const target = items.find((item) => item.ok && item.scenario.id === id);
  if (!target?.ok) return { ok: false, reason: 'missing' };
  if (name.trim() === '' || name.trim() === target.scenario.name) return { ok: true, items: [...items], id };
  const others = names(items.filter((item) => item !== target));
  const renamed = { ...target.scenario, name: uniqueName(name, others) };
  return { ok: true, items: items.map((item) => (item === target ? { ok: true, scenario: renamed } : item)), id };
}

/** A copy right after the original, named "<name> (2)" (or the next free number), saved now. */
export function duplicateScenario<S>(items: readonly ScenarioItem<S>[], id: string, savedAt: Date): ListChange<S> {
  if (items.length >= MAX_SCENARIOS) return { ok: false, reason: 'full' };
  const at = items.findIndex((item) => item.ok && item.scenario.id === id);
  const source = items[at];
  if (!source?.ok) return { ok: false, reason: 'missing' };
  const copyId = nextId(ids(items));
  const copy: SavedScenario<S> = { ...source.scenario, id: copyId, name: uniqueName(source.scenario.name, names(items)), savedAt: savedAt.toISOString() };
  return { ok: true, items: [...items.slice(0, at + 1), { ok: true, scenario: copy }, ...items.slice(at + 1)], id: copyId };
}

/** Removes one item, read or unread, by id; `id` in the answer is the neighbour to move to (next, else previous), '' when none is left. */
export function deleteScenario<S>(items: readonly ScenarioItem<S>[], id: string): ListChange<S> {
  const at = items.findIndex((item) => (item.ok ? item.scenario.id : item.id) === id);
  if (at === -1) return { ok: false, reason: 'missing' };
  const rest = items.filter((_, i) => i !== at);
  const neighbour = rest[at] ?? rest[at - 1];
  return { ok: true, items: rest, id: neighbour ? (neighbour.ok ? neighbour.scenario.id : neighbour.id) : '' };
}

/** One scenario as compared: its figures and the currency its money is in. */
export interface ComparedScenario {
  name: string;
  currency: Currency;
  figures: readonly KeyFigure[];
}

export interface ComparisonRow {
  id: string;
  kind: FigureKind;
  values: (number | null)[];
  /** Per scenario: whether it holds the better value (all with the best value when tied; none when all equal). */
  best: boolean[];
  /** Per scenario: the value minus the first scenario's (`null` for the first, a missing value, or money in another currency). */
  diffs: (number | null)[];
}

/** Differences of rates are kept to 12 decimals, so 0.3 − 0.1 is 0.2, not 0.19999999999999998. */
const clean = (n: number) => noNegativeZero(Math.round(n * 1e12) / 1e12);

/**
 * The comparison of 2–3 scenarios: one row per key figure (in the order of the first scenario's figures, then
 * any the others add), the better value marked where the figure says which way is better, and each value's
 * difference from the first scenario. Money is compared only between scenarios in the same currency.
 * @example compareScenarios([a, b])[0] //=> { id: 'profit', values: [100, 150], best: [false, true], diffs: [null, 50], … }
 */
export function compareScenarios(scenarios: readonly ComparedScenario[]): ComparisonRow[] {
  const order: { id: string; kind: FigureKind; better?: 'higher' | 'lower' }[] = [];
  for (const s of scenarios) for (const f of s.figures) if (!order.some((o) => o.id === f.id)) order.push(f);
  const sameCurrency = scenarios.every((s) => s.currency === scenarios[0]?.currency);
  return order.map(({ id, kind, better }) => {
    const values = scenarios.map((s) => {
      const v = s.figures.find((f) => f.id === id)?.value;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    const comparable = kind !== 'money' || sameCurrency;
    const present = values.filter((v): v is number => v !== null);
    let best = values.map(() => false);
    if (better && comparable && present.length >= 2 && new Set(present).size > 1) {
      const top = better === 'higher' ? Math.max(...present) : Math.min(...present);
      best = values.map((v) => v === top);
    }
    const first = values[0] ?? null;
    const diffs = values.map((v, i) => (i === 0 || v === null || first === null || !comparable ? null : clean(v - first)));
    return { id, kind, values, best, diffs };
  });
}

/** What a comparison share link carries: 2–3 scenarios, each a name and its state. */
export const comparisonSchema = <S>(state: z.ZodMiniType<S>) =>
  z.object({
    version: z.literal(SCENARIOS_VERSION),
    scenarios: z.array(z.object({ name: nameSchema, state })).check(z.minLength(2), z.maxLength(3)),
  });
export type Comparison<S> = { version: typeof SCENARIOS_VERSION; scenarios: { name: string; state: S }[] };

/** The comparison link's parameter: the calculator's own share parameter plus `-scenarios` (also the wake name of its scenarios part). */
export const comparisonParam = (param: string) => `${param}-scenarios`;
