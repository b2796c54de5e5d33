/** Saved scenarios (`src/lib/scenarios.ts`) and each calculator's key figures, with answers worked out by hand. */
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/t';
import { makeT } from '../../src/i18n/translate';
import { stockFigures, stockScenarioName } from '../../src/components/calculators/stock/scenario-name';
import { ltvFigures, ltvScenarioName } from '../../src/components/calculators/ltv/scenario-name';
import { adsFigures, adsScenarioName } from '../../src/components/calculators/ads/scenario-name';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  MAX_NAME,
  MAX_SCENARIOS,
  addScenario,
  clip,
  compareScenarios,
  comparisonSchema,
  deleteScenario,
  duplicateScenario,
  readScenarios,
  renameScenario,
  scenariosKey,
  uniqueName,
  writeScenarios,
  type ScenarioItem,
} from '../../src/lib/scenarios';
import { scenariosCsv } from '../../src/lib/scenarios-csv';
import { decodeState, encodeState } from '../../src/lib/share-state';
import { defaultAssumptions } from '../../src/lib/calc/shared/defaults';
import { defaultPricingForm, pricingStateSchema } from '../../src/lib/calc/pricing/schema';
import { defaultPromotionState, promotionStateSchema } from '../../src/lib/calc/promotion/schema';
import { defaultKpiForm } from '../../src/lib/calc/kpi/schema';
import { defaultCommissionForm } from '../../src/lib/calc/incentive/schema';
import { defaultStockForm } from '../../src/lib/calc/stock/schema';
import { defaultLtvForm } from '../../src/lib/calc/ltv/schema';
import * as pricing from '../../src/lib/calc/pricing';
import * as promotion from '../../src/lib/calc/promotion';
import * as kpi from '../../src/lib/calc/kpi';
import * as incentive from '../../src/lib/calc/incentive';
import type { KeyFigure } from '../../src/lib/calc/shared/key-figures';

const RUNS = { numRuns: 1000 };
const state = z.object({ n: z.number().check(z.int(), z.gte(0), z.lte(1000)) });
type S = z.infer<typeof state>;
const at = new Date('2026-12-02T06:00:00.000Z');
const ok = (items: ScenarioItem<S>[]) => items.flatMap((i) => (i.ok ? [i.scenario] : []));
const must = <T>(change: { ok: true; items: T[]; id: string } | { ok: false }) => {
  if (!change.ok) throw new Error('change refused');
  return change;
};

describe('storage envelope', () => {
  it('is kept under playbook:scenarios:<name>, which does not start with playbook:<name>', () => {
    expect(scenariosKey('promotion')).toBe('playbook:scenarios:promotion');
    expect(scenariosKey('promotion').startsWith('playbook:promotion')).toBe(false);
  });

  it('reads back what it wrote: names, dates, states and ids', () => {
    const one = must(addScenario<S>([], '满300减50 · ¥81', { n: 1 }, at));
    const two = must(addScenario(one.items, '8.5折 · ¥81', { n: 2 }, at));
    const text = writeScenarios(two.items);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      scenarios: [
        { id: 's1', name: '满300减50 · ¥81', savedAt: '2026-12-02T06:00:00.000Z', state: { n: 1 } },
        { id: 's2', name: '8.5折 · ¥81', savedAt: '2026-12-02T06:00:00.000Z', state: { n: 2 } },
      ],
    });
    expect(readScenarios(text, state)).toEqual(two.items);
  });

  it('reads nothing stored as an empty list', () => {
    expect(readScenarios(null, state)).toEqual([]);
    expect(readScenarios(undefined, state)).toEqual([]);
    expect(readScenarios('', state)).toEqual([]);
  });

  it('migrates a list from before the envelope (version 0: a bare list) with ids and the epoch as date', () => {
    const items = readScenarios(JSON.stringify([{ name: 'Old A', state: { n: 3 } }, { name: 'Old B', state: { n: 4 } }]), state);
    expect(ok(items)).toEqual([
      { id: 'm1', name: 'Old A', savedAt: '1970-01-01T00:00:00.000Z', state: { n: 3 } },
      { id: 'm2', name: 'Old B', savedAt: '1970-01-01T00:00:00.000Z', state: { n: 4 } },
    ]);
    // Written back at the current version.
    expect(JSON.parse(writeScenarios(items)).version).toBe(1);
  });

  it('opens a stored state of an older shape through the calculator’s own schema (pricing: sellingPrice, rows without `own`)', () => {
    const { price: _price, ...older } = defaultAssumptions;
    const stored = {
      version: 1,
      scenarios: [{ id: 'a', name: 'Before the rename', savedAt: '2026-01-01T00:00:00.000Z', state: { assumptions: { ...older, sellingPrice: 9900 }, pricing: defaultPricingForm } }],
    };
    const [item] = readScenarios(JSON.stringify(stored), pricingStateSchema);
    expect(item?.ok).toBe(true);
    if (item?.ok) expect(item.scenario.state.assumptions.price).toBe(9900);
  });

  it('keeps an item that fails validation as unread, with its raw text and name, and writes it back unchanged', () => {
    const stored = {
      version: 1,
      scenarios: [
        { id: 'a', name: 'Good', savedAt: '2026-01-01T00:00:00.000Z', state: { n: 1 } },
        { id: 'b', name: 'Broken state', savedAt: '2026-01-01T00:00:00.000Z', state: { n: -5 } },
        'half a scenario',
        { id: 'c', savedAt: 'yesterday', state: { n: 2 } },
      ],
    };
    const items = readScenarios(JSON.stringify(stored), state);
    expect(items.map((i) => i.ok)).toEqual([true, false, false, false]);
    const [, broken, text, nameless] = items;
    expect(broken).toMatchObject({ ok: false, name: 'Broken state' });
    expect(!broken!.ok && JSON.parse(broken!.raw)).toEqual(stored.scenarios[1]);
    expect(text).toMatchObject({ ok: false, name: null, raw: 'half a scenario' });
    expect(nameless).toMatchObject({ ok: false, name: null });
    // Saving another scenario keeps all three unread items exactly as stored.
    const after = JSON.parse(writeScenarios(must(addScenario(items, 'New', { n: 9 }, at)).items)) as { scenarios: unknown[] };
    expect(after.scenarios.slice(0, 4)).toEqual(stored.scenarios);
    expect(after.scenarios).toHaveLength(5);
  });

  it('keeps text that is no list at all (not JSON, a future version, another shape) as one unread item', () => {
    for (const raw of ['{"version":1,"scenarios":[{"id"', JSON.stringify({ version: 2, scenarios: [{ x: 1 }] }), '42', JSON.stringify({ hello: 'world' })]) {
      const items = readScenarios(raw, state);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ ok: false, raw });
      // Written back inside the envelope, it reads again as the same unread item.
      const again = readScenarios(writeScenarios(items), state);
      expect(again).toHaveLength(1);
      expect(again[0]!.ok).toBe(false);
    }
    const garbled = readScenarios(writeScenarios(readScenarios('{not json', state)), state);
    expect(garbled[0]).toMatchObject({ ok: false, raw: '{not json' });
  });

  it('makes duplicate ids unique on reading', () => {
    const item = { id: 'x', name: 'A', savedAt: '2026-01-01T00:00:00.000Z', state: { n: 1 } };
    const ids = ok(readScenarios(JSON.stringify({ version: 1, scenarios: [item, { ...item, name: 'B' }] }), state)).map((s) => s.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe('x');
  });
});

describe('names and list changes', () => {
  it('numbers a taken default name, and the next one after that', () => {
    expect(uniqueName('满300减50 · ¥81', [])).toBe('满300减50 · ¥81');
    expect(uniqueName('满300减50 · ¥81', ['满300减50 · ¥81'])).toBe('满300减50 · ¥81 (2)');
    expect(uniqueName('满300减50 · ¥81', ['满300减50 · ¥81', '满300减50 · ¥81 (2)'])).toBe('满300减50 · ¥81 (3)');
    expect(uniqueName('  8.5折   · ¥81 ', [])).toBe('8.5折 · ¥81');
    expect(uniqueName('   ', [], 'Scenario')).toBe('Scenario');
    const long = 'x'.repeat(100);
    expect(uniqueName(long, [])).toHaveLength(MAX_NAME);
    expect(uniqueName(long, ['x'.repeat(80)])).toBe(`${'x'.repeat(76)} (2)`);
  });

  it('cuts the long part of a default name with an ellipsis, counting characters, not bytes', () => {
    expect(clip('满¥200减¥20 / 满¥400减¥50 / 满¥600减¥90', 12)).toBe('满¥200减¥20 /…');
    expect(clip('8.5折', 12)).toBe('8.5折');
    expect([...clip('x'.repeat(60), 48)]).toHaveLength(48);
  });

  it('renames (a taken name gets a number; an empty one changes nothing), duplicates after the original and deletes by id', () => {
    let items = must(addScenario<S>([], 'A', { n: 1 }, at)).items;
    items = must(addScenario(items, 'B', { n: 2 }, at)).items;
    items = must(renameScenario(items, 's2', 'A')).items;
    expect(ok(items).map((s) => s.name)).toEqual(['A', 'A (2)']);
    expect(ok(must(renameScenario(items, 's2', '  ')).items).map((s) => s.name)).toEqual(['A', 'A (2)']);
    const copy = must(duplicateScenario(items, 's1', new Date('2026-12-03T00:00:00.000Z')));
    expect(ok(copy.items).map((s) => [s.id, s.name, s.state.n])).toEqual([['s1', 'A', 1], ['s3', 'A (3)', 1], ['s2', 'A (2)', 2]]);
    expect(copy.id).toBe('s3');
    // Deleting the middle one moves to the next; the last, to the one before; the only one, to nothing.
    expect(must(deleteScenario(copy.items, 's3')).id).toBe('s2');
    expect(must(deleteScenario(copy.items, 's2')).id).toBe('s3');
    expect(must(deleteScenario(must(addScenario<S>([], 'A', { n: 1 }, at)).items, 's1')).id).toBe('');
    expect(renameScenario(items, 'nope', 'x')).toEqual({ ok: false, reason: 'missing' });
  });

  it(`refuses a scenario beyond ${MAX_SCENARIOS}`, () => {
    let items: ScenarioItem<S>[] = [];
    for (let i = 0; i < MAX_SCENARIOS; i++) items = must(addScenario(items, `S${i}`, { n: i }, at)).items;
    expect(addScenario(items, 'one more', { n: 0 }, at)).toEqual({ ok: false, reason: 'full' });
    expect(duplicateScenario(items, 's1', at)).toEqual({ ok: false, reason: 'full' });
  });

  it('removes an unread item by its id', () => {
    const items = readScenarios(JSON.stringify({ version: 1, scenarios: ['junk', { id: 'a', name: 'A', savedAt: '2026-01-01T00:00:00.000Z', state: { n: 1 } }] }), state);
    const unread = items[0]!;
    expect(unread.ok).toBe(false);
    const after = must(deleteScenario(items, unread.ok ? '' : unread.id));
    expect(after.items.map((i) => i.ok)).toEqual([true]);
  });
});

describe('comparison', () => {
  const fig = (id: string, kind: KeyFigure['kind'], value: number | null, better?: 'higher' | 'lower'): KeyFigure => (better ? { id, kind, value, better } : { id, kind, value });
  const a = { name: 'A', currency: 'CNY' as const, figures: [fig('price', 'money', 8100), fig('profit', 'money', 1000, 'higher'), fig('margin', 'rate', 0.3, 'higher'), fig('fees', 'money', 700, 'lower')] };
  const b = { name: 'B', currency: 'CNY' as const, figures: [fig('price', 'money', 8900), fig('profit', 'money', 1500, 'higher'), fig('margin', 'rate', 0.25, 'higher'), fig('fees', 'money', 700, 'lower')] };
  const c = { name: 'C', currency: 'CNY' as const, figures: [fig('price', 'money', 8100), fig('profit', 'money', 1500, 'higher'), fig('margin', 'rate', 0.35, 'higher'), fig('fees', 'money', 650, 'lower')] };

  it('marks the better value and gives each difference from the first scenario', () => {
    const rows = compareScenarios([a, b, c]);
    expect(rows.map((r) => r.id)).toEqual(['price', 'profit', 'margin', 'fees']);
    const [price, profit, margin, fees] = rows;
    // Price: neither better nor worse; 8 900 − 8 100 = 800 and 8 100 − 8 100 = 0.
    expect(price).toMatchObject({ values: [8100, 8900, 8100], best: [false, false, false], diffs: [null, 800, 0] });
    // Profit: B and C tie at 1 500, both better; 500 more each.
    expect(profit).toMatchObject({ best: [false, true, true], diffs: [null, 500, 500] });
    // Margin: C's 35 % is best; 25 % − 30 % = −5 pp, 35 % − 30 % = +5 pp (kept exact, not 0.04999…).
    expect(margin).toMatchObject({ best: [false, false, true], diffs: [null, -0.05, 0.05] });
    // Fees: lower is better, C's 650; −50 against A.
    expect(fees).toMatchObject({ best: [false, false, true], diffs: [null, 0, -50] });
  });

  it('marks nothing when all are equal or only one value exists; a missing value has no difference', () => {
    const rows = compareScenarios([a, { ...a, name: 'A2' }]);
    expect(rows.every((r) => r.best.every((x) => !x))).toBe(true);
    const missing = compareScenarios([a, { ...b, figures: b.figures.map((f) => (f.id === 'margin' ? { ...f, value: null } : f)) }]);
    expect(missing.find((r) => r.id === 'margin')).toMatchObject({ values: [0.3, null], best: [false, false], diffs: [null, null] });
  });

  it('does not compare money across currencies, but still compares rates', () => {
    const rows = compareScenarios([a, { ...b, currency: 'USD' }]);
    expect(rows.find((r) => r.id === 'profit')).toMatchObject({ best: [false, false], diffs: [null, null] });
    expect(rows.find((r) => r.id === 'margin')).toMatchObject({ best: [true, false], diffs: [null, -0.05] });
  });

  it('lists figures only some scenarios have after the first one’s', () => {
    const rows = compareScenarios([{ ...a, figures: [a.figures[1]!] }, b]);
    expect(rows.map((r) => r.id)).toEqual(['profit', 'price', 'margin', 'fees']);
    expect(rows[1]).toMatchObject({ values: [null, 8900], diffs: [null, null] });
  });

  it('marks only the highest (or lowest) values, never a missing one (property)', () => {
    const value = fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 3 }), fc.constantFrom('higher' as const, 'lower' as const), (values, better) => {
        const [row] = compareScenarios(values.map((v, i) => ({ name: `S${i}`, currency: 'CNY', figures: [fig('x', 'money', v, better)] })));
        const present = values.filter((v): v is number => v !== null);
        const top = better === 'higher' ? Math.max(...present) : Math.min(...present);
        row!.best.forEach((isBest, i) => {
          if (isBest) expect(values[i]).toBe(top);
          if (values[i] === null) expect(isBest).toBe(false);
        });
        if (new Set(present).size > 1) expect(row!.best.some(Boolean)).toBe(true);
        row!.diffs.forEach((d, i) => {
          if (d !== null) expect(d).toBe(values[i]! - values[0]!);
        });
      }),
      RUNS,
    );
  });
});

describe('CSV of all saved scenarios', () => {
  it('writes one row a scenario: money in major units, rates as percentages, a formula-like name escaped, unread items named', () => {
    const figures = (revenue: number, roi: number | null): KeyFigure[] => [
      { id: 'promoRevenue', kind: 'money', value: revenue, better: 'higher' },
      { id: 'roi', kind: 'rate', value: roi, better: 'higher' },
      { id: 'units', kind: 'count', value: 1800 },
    ];
    const text = scenariosCsv(
      [
        { name: '满300减50 · ¥81', savedAt: '2026-12-02T06:00:00.000Z', currency: 'CNY', figures: figures(14_580_000, 0.3512) },
        { name: '=HYPERLINK("x")', savedAt: '2026-12-02T06:05:00.000Z', currency: 'CNY', figures: figures(-5, null) },
        { name: 'Old plan', savedAt: null, currency: null, figures: null },
      ],
      { name: '方案', savedAt: '保存时间', currency: '币种', figure: (id) => `[${id}]`, unread: '无法读取' },
    );
    expect(text).toBe(
      '\uFEFF' +
        '方案,保存时间,币种,[promoRevenue],[roi],[units]\r\n' +
        '满300减50 · ¥81,2026-12-02T06:00:00.000Z,CNY,145800,35.12%,1800\r\n' +
        `"'=HYPERLINK(""x"")",2026-12-02T06:05:00.000Z,CNY,-0.05,,1800\r\n` +
        'Old plan,,,无法读取\r\n',
    );
  });
  it('leaves the currency column out when no figure is money (stock counts items and days)', () => {
    const figures: KeyFigure[] = [
      { id: 'safetyStock', kind: 'count', value: 201 },
      { id: 'daysOfCover', kind: 'days', value: 12.5 },
      { id: 'stockOutRisk', kind: 'rate', value: 0.317, better: 'lower' },
    ];
    const text = scenariosCsv(
      [
        { name: '双11 · 订 848 件', savedAt: '2026-12-02T06:00:00.000Z', currency: 'CNY', figures },
        { name: 'Old plan', savedAt: null, currency: null, figures: null },
      ],
      { name: 'Scenario', savedAt: 'Saved', currency: 'Currency', figure: (id) => `[${id}]`, unread: 'could not be read' },
    );
    expect(text).toBe(
      '\uFEFF' +
        'Scenario,Saved,[safetyStock],[daysOfCover],[stockOutRisk]\r\n' +
        '双11 · 订 848 件,2026-12-02T06:00:00.000Z,201,12.5,31.70%\r\n' +
        'Old plan,,could not be read\r\n',
    );
  });
});

describe('comparison links', () => {
  const schema = comparisonSchema(promotionStateSchema);
  it('carry two or three named states and open them again', () => {
    const value = { version: 1, scenarios: [{ name: '满300减50 · ¥81', state: defaultPromotionState }, { name: '8.5折 · ¥81', state: defaultPromotionState }] };
    const decoded = decodeState(schema, `?promotion-scenarios=${encodeState(value)}`, 'promotion-scenarios');
    expect(decoded).toEqual({ status: 'ok', value });
  });
  it('refuse one scenario, four, a broken state or garbage', () => {
    const one = { version: 1, scenarios: [{ name: 'A', state: defaultPromotionState }] };
    const four = { version: 1, scenarios: Array.from({ length: 4 }, (_, i) => ({ name: `S${i}`, state: defaultPromotionState })) };
    const broken = { version: 1, scenarios: [{ name: 'A', state: defaultPromotionState }, { name: 'B', state: { ...defaultPromotionState, price: -1 } }] };
    for (const v of [one, four, broken]) expect(decodeState(schema, `?p=${encodeState(v)}`, 'p').status).toBe('rejected');
    expect(decodeState(schema, '?p=%3Cscript%3E', 'p').status).toBe('rejected');
  });
});

describe('list properties', () => {
  const names = fc.array(fc.string({ maxLength: 90 }), { minLength: 1, maxLength: 12 });
  const build = (list: string[]) => {
    let items: ScenarioItem<S>[] = [];
    list.forEach((name, i) => (items = must(addScenario(items, name, { n: i }, at)).items));
    return items;
  };

  it('reads back every list it writes (property)', () => {
    fc.assert(
      fc.property(names, (list) => {
        const items = build(list);
        expect(readScenarios(writeScenarios(items), state)).toEqual(items);
        const saved = ok(items).map((s) => s.name);
        expect(new Set(saved).size).toBe(saved.length);
        for (const name of saved) expect(name.length).toBeLessThanOrEqual(MAX_NAME);
      }),
      RUNS,
    );
  });

  it('deleting one item never touches the others (property)', () => {
    fc.assert(
      fc.property(names, fc.nat(), (list, pick) => {
        const items = build(list);
        const target = items[pick % items.length]!;
        const id = target.ok ? target.scenario.id : target.id;
        const after = must(deleteScenario(items, id));
        expect(after.items).toEqual(items.filter((i) => i !== target));
        expect(readScenarios(writeScenarios(after.items), state)).toEqual(after.items);
      }),
      RUNS,
    );
  });

  it('unread items survive any reading and writing byte for byte (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.jsonValue()), { maxLength: 6 }), (junk) => {
        const raw = JSON.stringify({ version: 1, scenarios: junk });
        const items = readScenarios(raw, state);
        expect(items).toHaveLength(junk.length);
        expect(JSON.parse(writeScenarios(items))).toEqual(JSON.parse(raw));
      }),
      RUNS,
    );
  });
});

describe('key figures of each calculator', () => {
  const values = (figures: KeyFigure[]) => Object.fromEntries(figures.map((f) => [f.id, f.value]));

  it('pricing: ¥50 cost, no fees, 50 % target margin → price ¥100, profit ¥50, margin 50 %, fees ¥0', () => {
    const a = { currency: 'CNY' as const, vatRate: 0, pricesIncludeVat: true, unitCost: 5000, fixedFees: 0, fees: [], price: 0 };
    const form = { mode: 'margin' as const, targetMargin: 0.5, ending: 'none' as const, channels: [] };
    expect(values(pricing.keyFigures(pricing.scenarioOf(a, form)))).toEqual({ price: 10000, profit: 5000, margin: 0.5, fees: 0 });
  });

  it('promotion: ¥100 at 40 % margin, 20 % off, +100 % volume on 100 units → revenue ¥16 000, profit 0, ROI 0, break-even +100 %', () => {
    const r = promotion.promotionResult({
      currency: 'CNY', price: 10000, unitCost: 6000, fixedFees: 0, fees: [], vatRate: 0, pricesIncludeVat: true, baselineUnits: 100,
      mechanism: { kind: 'percent', rate: 0.2 }, baskets: [{ value: 10000, items: 1, share: 1 }], uplift: 1, pulledForward: 0,
      cannibalisedUnits: 0, cannibalisedMargin: 0, adSpend: 0, creativeCost: 0, giftCost: 0,
    });
    // 200 units × ¥100 × 0.8 = ¥16 000; profit 200 × ¥20 − 100 × ¥40 = 0; cost = 200 × ¥20 of discount.
    expect(values(promotion.keyFigures(r))).toEqual({ promoRevenue: 1_600_000, incrementalProfit: 0, roi: 0, breakEven: 1, discountRate: 0.2 });
  });

  it('KPI: ¥3 000 000 at ¥150 and 2.5 % → 800 000 visitors and 20 000 orders', () => {
    expect(values(kpi.keyFigures(kpi.solveFunnel(defaultKpiForm.funnel)))).toEqual({ paidGmv: 300_000_000, netGmv: 300_000_000, uv: 800_000, orders: 20_000 });
  });

  it('incentive: 3 %/5 %/8 % marginal on ¥250 000 → ¥12 000 (4.8 %); the team of ¥150 000, ¥250 000, ¥80 000 costs ¥19 900', () => {
    const c = defaultCommissionForm;
    const v = values(incentive.keyFigures(incentive.tieredCommission(c), incentive.teamCommission(c, c.people)));
    expect(v).toMatchObject({ payout: 1_200_000, teamPayout: 1_990_000 });
    expect(v.effectiveRate).toBeCloseTo(0.048, 12);
    expect(v.teamCostRate).toBeCloseTo(19_900 / 480_000, 12);
  });

  it('stock: 40 a day, no spread, 50 % service level, 10-day lead time, × 2 for 10 days, 100 on hand → order 1 100', () => {
    const form = { ...defaultStockForm, source: 'forecast' as const, dailyDemand: 40, dailyDemandSd: 0, leadTimeDays: 10, leadTimeSd: 0, serviceLevel: 0.5, season: 'own' as const, peakMultiplier: 2, peakDays: 10, onHand: 100, onOrder: 0 };
    // z = 0 at 50 %: no safety stock; reorder point 40 × 10 = 400; cover 100 ÷ 40 = 2.5 days;
    // peak demand 40 × 10 + 2 × 40 × 10 = 1 200, less 100 on hand = 1 100.
    expect(values(stockFigures({ stock: form }))).toMatchObject({ safetyStock: 0, reorderPoint: 400, daysOfCover: 2.5, peakOrder: 1100 });
    expect(stockScenarioName({ stock: form }, makeT(dictionaries['zh-cn']), 'zh-CN')).toBe('大促 ×2 · 订 1,100 件');
    expect(stockScenarioName({ stock: form }, makeT(dictionaries.en), 'en-GB')).toBe('Peak × 2 · order 1,100');
    // On the seasonal curve the peak is named as the trade says it: 双11, or the month's number.
    const curve = { ...form, season: 'curve' as const };
    expect(stockScenarioName({ stock: { ...curve, peakMonth: 11 } }, makeT(dictionaries['zh-cn']), 'zh-CN')).toMatch(/^双11 · 订 [\d,]+ 件$/);
    expect(stockScenarioName({ stock: { ...curve, peakMonth: 11 } }, makeT(dictionaries.en), 'en-GB')).toMatch(/^Double 11 · order [\d,]+$/);
    expect(stockScenarioName({ stock: { ...curve, peakMonth: 4 } }, makeT(dictionaries['zh-cn']), 'zh-CN')).toMatch(/^4 月大促 · 订 [\d,]+ 件$/);
    expect(stockScenarioName({ stock: { ...curve, peakMonth: 4 } }, makeT(dictionaries.en), 'en-GB')).toMatch(/^April peak · order [\d,]+$/);
  });

  it('customer value: ¥30 a month for 12 months, everyone stays, ¥20 000 for 1 000 customers → LTV ¥360, CAC ¥20, 18 ×, payback month 1', () => {
    const form = { ...defaultLtvForm, marginPerOrder: 3000, ordersPerYear: 12, source: 'rate' as const, ratePeriod: 'month' as const, retentionRate: 1, horizonMonths: 12, discountRate: 0, acquisitionSpend: 2_000_000, newCustomers: 1000 };
    expect(values(ltvFigures({ currency: 'CNY', ltv: form }))).toEqual({ ltv: 36_000, cac: 2000, ratio: 18, payback: 1 });
    expect(ltvScenarioName({ currency: 'CNY', ltv: form }, makeT(dictionaries['zh-cn']), 'zh-CN')).toBe('LTV ¥360 · CAC ¥20');
    expect(ltvScenarioName({ currency: 'CNY', ltv: form }, makeT(dictionaries.en), 'en-GB')).toBe('LTV CN¥360 · CAC CN¥20');
    // No new customers: no CAC, and the name says so rather than inventing one.
    expect(ltvScenarioName({ currency: 'CNY', ltv: { ...form, newCustomers: 0 } }, makeT(dictionaries['zh-cn']), 'zh-CN')).toBe('LTV ¥360 · CAC —');
    expect(ltvFigures({ currency: 'CNY', ltv: { ...form, horizonMonths: 0 } }).every((f) => f.value === null)).toBe(true);
  });

  it('paid traffic: 40 % margin, ¥100 orders, 5 % conversion, no refunds, ROAS 4, ¥10 000 goal → 2.5, 40 %, ¥2, ¥2 500', () => {
    const form = { contributionMarginBeforeAds: 0.4, aov: 10000, conversionRate: 0.05, targetRoas: 4, refundRate: 0, gmvGoal: 1_000_000, plannedSpend: 250_000 };
    // 1 ÷ 40 % = 2.5; ACOS = the margin; CPC 5 % × ¥100 × 40 % = ¥2; ¥10 000 ÷ 4 = ¥2 500.
    expect(values(adsFigures({ currency: 'CNY', ads: form }))).toMatchObject({ breakEvenRoas: 2.5, breakEvenAcos: 0.4, maxCpc: 200, budgetForGoal: 250_000 });
    expect(adsScenarioName({ currency: 'CNY', ads: form }, makeT(dictionaries['zh-cn']), 'zh-CN')).toBe('ROAS 4 · 广告前边际贡献率 40%');
    expect(adsScenarioName({ currency: 'CNY', ads: { ...form, targetRoas: 3.2, contributionMarginBeforeAds: 0.375 } }, makeT(dictionaries.en), 'en-GB')).toBe('ROAS 3.2 · 37.5% contribution before ads');
    expect(adsFigures({ currency: 'CNY', ads: { ...form, targetRoas: 0 } }).every((f) => f.value === null)).toBe(true);
  });

  it('are all missing for a refused input, never NaN', () => {
    expect(promotion.keyFigures({ ok: false, reason: 'invalid', field: 'price', problem: 'out-of-range' }).every((f) => f.value === null)).toBe(true);
    expect(kpi.keyFigures(kpi.solveFunnel({ ...defaultKpiForm.funnel, cvr: 0 })).every((f) => f.value === null)).toBe(true);
  });
});
