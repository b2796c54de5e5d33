/**
 * The stock calculator: worked examples computed by hand (the arithmetic is in the comments), the normal
 * distribution against published values, properties over ≥ 1000 runs, and refused input by field.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demandFromHistory, keyFigures, peakMultiplierOf, riskCurve, serviceLevelZ, stockPlan, stockScenario, type StockInput } from '../../src/lib/calc/stock';
import { inverseNormal, normalCdf, wholeUp } from '../../src/lib/calc/stock/core';
import { stockSteps } from '../../src/lib/calc/stock/math';
import { stockCsv } from '../../src/lib/calc/stock/report';
import { defaultStockForm, MAX_UNITS, stockStateSchema } from '../../src/lib/calc/stock/schema';
import { decodeState, encodeState } from '../../src/lib/share-state';
import { makeT } from '../../src/i18n/translate';
import { en } from '../../src/i18n/ui/en';

const base: StockInput = {
  dailyDemand: 40,
  dailyDemandSd: 0,
  leadTimeDays: 12,
  leadTimeSd: 3,
  serviceLevel: 0.95,
  onHand: 500,
  onOrder: 0,
  peakDays: 11,
  peakMultiplier: 1.5,
  plannedQuantity: 700,
};

const ok = <T extends { ok: boolean }>(r: T | { ok: false }): Extract<T, { ok: true }> => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};

describe('the normal distribution', () => {
  it('gives the published quantiles: z(0.95) = 1.6449, z(0.99) = 2.3263, z(0.5) = 0, z(0.975) = 1.9600', () => {
    expect(inverseNormal(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(inverseNormal(0.99)).toBeCloseTo(2.3263478740408408, 12);
    expect(inverseNormal(0.5)).toBe(0);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(inverseNormal(0.05)).toBeCloseTo(-1.6448536269514722, 12);
    expect(inverseNormal(0.9998)).toBeCloseTo(3.540083799206, 9);
    // Below Acklam's 0.02425 switch point: the tail branch.
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232306167813, 10);
  });

  it('gives the published probabilities: Φ(0) = 0.5, Φ(1) = 0.841345, Φ(−1.96) = 0.024998, Φ(3) = 0.998650', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 14);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 14);
    expect(normalCdf(-8) / 6.220960574271785e-16).toBeCloseTo(1, 6);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
  });

  it('inverts itself: Φ(Φ⁻¹(p)) = p (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.9999, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(inverseNormal(p)) - p)).toBeLessThan(1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('is increasing (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 1e-6, max: 5, noNaN: true }), (x, dx) => {
        expect(normalCdf(x + dx)).toBeGreaterThanOrEqual(normalCdf(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('z is unbounded at 99.99 % and above', () => {
    expect(serviceLevelZ(0.9999)).toEqual({ ok: true, z: null });
    expect(serviceLevelZ(1)).toEqual({ ok: true, z: null });
    expect(ok(serviceLevelZ(0.9998)).z).toBeCloseTo(3.5401, 4);
    expect(serviceLevelZ(0.4)).toMatchObject({ ok: false, field: 'serviceLevel', problem: 'out-of-range' });
  });
});

describe('daily demand from history', () => {
  it('reads daily sales: [30, 50] → mean 40, sd √(((−10)² + 10²) ÷ 1) = √200 = 14.142', () => {
    const r = ok(demandFromHistory([30, 50], 'day'));
    expect(r.mean).toBe(40);
    expect(r.sd).toBeCloseTo(14.1421356, 6);
  });

  it('turns weekly sales into daily: [280, 294, 266] → week mean 280, sd √((0 + 196 + 196) ÷ 2) = 14; day 40 and 14 ÷ √7 = 5.2915', () => {
    const r = ok(demandFromHistory([280, 294, 266], 'week'));
    expect(r.periodMean).toBe(280);
    expect(r.periodSd).toBeCloseTo(14, 10);
    expect(r.mean).toBe(40);
    expect(r.sd).toBeCloseTo(5.2915026, 6);
  });

  it('needs two periods and refuses bad cells by position', () => {
    expect(demandFromHistory([40], 'day')).toMatchObject({ ok: false, field: 'history', problem: 'out-of-range' });
    expect(demandFromHistory([40, -1], 'day')).toMatchObject({ ok: false, field: 'history.1', problem: 'negative' });
    expect(demandFromHistory([40, 41], 'month' as 'day')).toMatchObject({ ok: false, field: 'historyUnit' });
  });
});

describe('safety stock, reorder point, cover and the peak: worked examples', () => {
  it('lead-time variability only: d = 40, σd = 0, L = 12 ± 3, 95 %', () => {
    const r = ok(stockPlan(base));
    // σ over the lead time = √(12 × 0² + 40² × 3²) = √14 400 = 120
    expect(r.leadTimeSd).toBe(120);
    // SS = ⌈1.644854 × 120⌉ = ⌈197.38⌉ = 198; ROP = 40 × 12 + 198 = 678
    expect(r.safetyStock).toBe(198);
    expect(r.reorderPoint).toBe(678);
    // cover = 500 ÷ 40 = 12.5 days
    expect(r.daysOfCover).toBe(12.5);
    // peak: expected = 40 × 12 + 1.5 × 40 × 11 = 480 + 660 = 1 140; σ = √(14 400 + 11 × (1.5 × 0)²) = 120
    expect(r.peak.expectedDemand).toBe(1140);
    expect(r.peak.sd).toBe(120);
    // order = ⌈1 140 + 198 − 500 − 0⌉ = 838; its risk = 1 − Φ((500 + 838 − 1 140) ÷ 120) = 1 − Φ(1.65) = 0.049471
    expect(r.peak.safetyStock).toBe(198);
    expect(r.peak.orderQuantity).toBe(838);
    expect(r.peak.orderRisk).toBeCloseTo(0.0494714680, 8);
    // plan: 500 + 700 = 1 200; risk = 1 − Φ((1 200 − 1 140) ÷ 120) = 1 − Φ(0.5) = 0.308538
    expect(r.plan.stock).toBe(1200);
    expect(r.plan.risk).toBeCloseTo(0.3085375387, 9);
    // 500 on hand is below the reorder point of 678
    expect(r.warnings).toEqual(['below-reorder-point']);
  });

  it('demand variability only: d = 100 ± 20, L = 4 ± 0, 99 %, a 9-day peak at × 2', () => {
    const r = ok(stockPlan({ ...base, dailyDemand: 100, dailyDemandSd: 20, leadTimeDays: 4, leadTimeSd: 0, serviceLevel: 0.99, peakDays: 9, peakMultiplier: 2, onHand: 300, onOrder: 200, plannedQuantity: 1700 }));
    // σ = √(4 × 20²) = 40; SS = ⌈2.326348 × 40⌉ = ⌈93.05⌉ = 94; ROP = 400 + 94 = 494
    expect(r.leadTimeSd).toBe(40);
    expect(r.safetyStock).toBe(94);
    expect(r.reorderPoint).toBe(494);
    // expected = 400 + 2 × 100 × 9 = 2 200; σ = √(1 600 + 9 × (2 × 20)²) = √16 000 = 126.49; SS = ⌈2.326348 × 126.49⌉ = ⌈294.26⌉ = 295
    expect(r.peak.expectedDemand).toBe(2200);
    expect(r.peak.sd).toBeCloseTo(126.4911, 4);
    expect(r.peak.safetyStock).toBe(295);
    // order = 2 200 + 295 − 300 − 200 = 1 995
    expect(r.peak.orderQuantity).toBe(1995);
    // plan: 300 + 200 + 1 700 = 2 200 = expected → risk exactly one half
    expect(r.plan.risk).toBe(0.5);
    expect(r.daysOfCover).toBe(3);
  });

  it('both variances combined: d = 40 ± 10, L = 9 ± 2, 95 %', () => {
    const r = ok(stockPlan({ ...base, dailyDemandSd: 10, leadTimeDays: 9, leadTimeSd: 2, peakDays: 0 }));
    // σ = √(9 × 10² + 40² × 2²) = √(900 + 6 400) = √7 300 = 85.44; SS = ⌈1.644854 × 85.44⌉ = ⌈140.54⌉ = 141; ROP = 360 + 141 = 501
    expect(r.leadTimeSd).toBeCloseTo(85.44004, 5);
    expect(r.safetyStock).toBe(141);
    expect(r.reorderPoint).toBe(501);
  });

  it('the section 3.4 example: eight weeks averaging 280, lead time 12 ± 3, 95 %, Double 11 on the curve', () => {
    const s = ok(stockScenario(defaultStockForm));
    // weeks 262 295 281 250 303 276 289 284: sum 2 240, mean 280; deviations −18 15 1 −30 23 −4 9 4,
    // squares 324 + 225 + 1 + 900 + 529 + 16 + 81 + 16 = 2 092; variance 2 092 ÷ 7 = 298.857 per week
    // daily: d = 280 ÷ 7 = 40; σd² = 298.857 ÷ 7 = 42.694, σd = 6.534
    expect(s.input.dailyDemand).toBe(40);
    expect(s.input.dailyDemandSd).toBeCloseTo(6.534055, 5);
    // November on the seasonal curve is 150 → × 1.5
    expect(s.input.peakMultiplier).toBe(1.5);
    // σ = √(12 × 42.694 + 1 600 × 9) = √14 912.33 = 122.116; SS = ⌈1.644854 × 122.116⌉ = ⌈200.86⌉ = 201; ROP = 480 + 201 = 681
    expect(s.result.safetyStock).toBe(201);
    expect(s.result.reorderPoint).toBe(681);
    // peak σ² = 14 912.33 + 11 × 1.5² × 42.694 = 14 912.33 + 1 056.67 = 15 969; σ = 126.37; SS = ⌈207.86⌉ = 208
    expect(s.result.peak.sd).toBeCloseTo(126.3685, 4);
    expect(s.result.peak.safetyStock).toBe(208);
    // order = 1 140 + 208 − 500 = 848; the round 700 → stock 1 200, risk = 1 − Φ(60 ÷ 126.37) = 1 − Φ(0.4748) = 31.7 %
    expect(s.result.peak.orderQuantity).toBe(848);
    expect(s.result.plan.risk).toBeCloseTo(0.317464, 5);
    expect(s.result.daysOfCover).toBe(12.5);
  });

  it('warns when the service level cannot be met: 100 % and 99.99 % with variable demand', () => {
    for (const serviceLevel of [1, 0.9999]) {
      const r = ok(stockPlan({ ...base, serviceLevel }));
      expect(r.z).toBeNull();
      expect(r.safetyStock).toBeNull();
      expect(r.reorderPoint).toBeNull();
      expect(r.peak.orderQuantity).toBeNull();
      expect(r.warnings).toContain('service-level-unbounded');
      // The plan's risk is still known: 1 − Φ(0.5)
      expect(r.plan.risk).toBeCloseTo(0.3085375387, 9);
    }
  });

  it('needs no safety stock when nothing varies, even at 100 %; risk is then 0 or 1', () => {
    const still = { ...base, dailyDemandSd: 0, leadTimeSd: 0, serviceLevel: 1 };
    const r = ok(stockPlan(still));
    expect(r.safetyStock).toBe(0);
    expect(r.reorderPoint).toBe(480);
    expect(r.warnings).toContain('no-variability');
    expect(r.warnings).not.toContain('service-level-unbounded');
    // expected 1 140: stock 1 200 covers it, 1 139 does not
    expect(r.plan.risk).toBe(0);
    expect(ok(stockPlan({ ...still, plannedQuantity: 639 })).plan.risk).toBe(1);
    expect(ok(stockPlan({ ...still, plannedQuantity: 640 })).plan.risk).toBe(0);
  });

  it('says when the plan is below expected demand (risk above 50 %) and when stock already covers the peak', () => {
    const below = ok(stockPlan({ ...base, plannedQuantity: 600 }));
    // 500 + 600 = 1 100 < 1 140
    expect(below.warnings).toContain('plan-below-expected');
    expect(below.plan.risk).toBeGreaterThan(0.5);
    const covered = ok(stockPlan({ ...base, onHand: 5000 }));
    expect(covered.peak.orderQuantity).toBe(0);
    expect(covered.warnings).toContain('already-covered');
    const still = ok(stockPlan({ ...base, dailyDemand: 0 }));
    expect(still.daysOfCover).toBeNull();
    expect(still.warnings).toContain('no-demand');
  });

  it('rounds quantities up to whole items, without binary noise', () => {
    expect(wholeUp(3.2)).toBe(4);
    // 0.1 × 3 × 40 is 12.000000000000002 in binary floating point
    expect(wholeUp(0.1 * 3 * 40)).toBe(12);
    expect(wholeUp(12.000001)).toBe(13);
    expect(Object.is(wholeUp(-0), 0)).toBe(true);
  });
});

describe('refused input, by field', () => {
  it.each([
    ['leadTimeDays', { leadTimeDays: 0 }, 'out-of-range'],
    ['leadTimeDays', { leadTimeDays: 400 }, 'out-of-range'],
    ['serviceLevel', { serviceLevel: 0.3 }, 'out-of-range'],
    ['serviceLevel', { serviceLevel: 1.2 }, 'out-of-range'],
    ['dailyDemand', { dailyDemand: Number.NaN }, 'not-a-number'],
    ['dailyDemandSd', { dailyDemandSd: -1 }, 'negative'],
    ['onHand', { onHand: 1.5 }, 'not-whole'],
    ['plannedQuantity', { plannedQuantity: Number.POSITIVE_INFINITY }, 'infinite'],
    ['peakMultiplier', { peakMultiplier: 0 }, 'out-of-range'],
    ['peakDays', { peakDays: 2.5 }, 'not-whole'],
  ] as const)('%s: %o', (field, patch, problem) => {
    expect(stockPlan({ ...base, ...patch })).toEqual({ ok: false, reason: 'invalid', field, problem });
  });

  it('refuses a stored form by its path, and a history of one period', () => {
    expect(stockScenario({ ...defaultStockForm, leadTimeDays: 0 })).toMatchObject({ ok: false, field: 'leadTimeDays' });
    expect(stockScenario({ ...defaultStockForm, history: [40] })).toMatchObject({ ok: false, field: 'history' });
    // A forecast does not need the history.
    expect(stockScenario({ ...defaultStockForm, source: 'forecast', history: [] }).ok).toBe(true);
  });

  it('reads the peak multiplier from the seasonal curve or the form', () => {
    expect(peakMultiplierOf({ season: 'curve', peakMonth: 6, peakMultiplier: 3 })).toBe(1.25);
    expect(peakMultiplierOf({ season: 'own', peakMonth: 6, peakMultiplier: 3 })).toBe(3);
    expect(peakMultiplierOf({ season: 'curve', peakMonth: 13, peakMultiplier: 3 })).toMatchObject({ ok: false, field: 'peakMonth' });
  });
});

const inputArb = fc.record({
  dailyDemand: fc.double({ min: 0, max: 1e6, noNaN: true }),
  dailyDemandSd: fc.double({ min: 0, max: 1e6, noNaN: true }),
  leadTimeDays: fc.double({ min: 1, max: 365, noNaN: true }),
  leadTimeSd: fc.double({ min: 0, max: 365, noNaN: true }),
  serviceLevel: fc.double({ min: 0.5, max: 1, noNaN: true }),
  onHand: fc.integer({ min: 0, max: 1e9 }),
  onOrder: fc.integer({ min: 0, max: 1e9 }),
  peakDays: fc.integer({ min: 0, max: 365 }),
  peakMultiplier: fc.double({ min: 0.1, max: 20, noNaN: true }),
  plannedQuantity: fc.integer({ min: 0, max: 1e9 }),
});

/** Shop-sized numbers: demand that varies and stock that does not already cover the peak. */
const shopArb = fc.record({
  dailyDemand: fc.double({ min: 1, max: 10_000, noNaN: true }),
  dailyDemandSd: fc.double({ min: 1, max: 1_000, noNaN: true }),
  leadTimeDays: fc.double({ min: 1, max: 120, noNaN: true }),
  leadTimeSd: fc.double({ min: 0, max: 30, noNaN: true }),
  serviceLevel: fc.double({ min: 0.5, max: 0.9998, noNaN: true }),
  onHand: fc.integer({ min: 0, max: 10_000 }),
  onOrder: fc.integer({ min: 0, max: 10_000 }),
  peakDays: fc.integer({ min: 0, max: 60 }),
  peakMultiplier: fc.double({ min: 0.1, max: 20, noNaN: true }),
  plannedQuantity: fc.integer({ min: 0, max: 1e6 }),
});

/** Every number inside a value is finite and not −0. */
function allClean(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(allClean);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(allClean);
  return true;
}

describe('properties (1000+ runs each)', () => {
  it('safety stock grows with the service level', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0.5, max: 0.9998, noNaN: true }), fc.double({ min: 0.5, max: 0.9998, noNaN: true }), (input, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const low = ok(stockPlan({ ...input, serviceLevel: lo }));
        const high = ok(stockPlan({ ...input, serviceLevel: hi }));
        expect(high.safetyStock!).toBeGreaterThanOrEqual(low.safetyStock!);
        expect(high.peak.orderQuantity!).toBeGreaterThanOrEqual(low.peak.orderQuantity!);
      }),
      { numRuns: 1500 },
    );
  });

  it('safety stock grows with lead-time variability', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 365, noNaN: true }), fc.double({ min: 0, max: 365, noNaN: true }), (input, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const i = { ...input, serviceLevel: Math.min(input.serviceLevel, 0.9998) };
        expect(ok(stockPlan({ ...i, leadTimeSd: hi })).safetyStock!).toBeGreaterThanOrEqual(ok(stockPlan({ ...i, leadTimeSd: lo })).safetyStock!);
      }),
      { numRuns: 1500 },
    );
  });

  it('the reorder point is at least the lead-time demand d × L', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = ok(stockPlan(input));
        // Less only by binary noise (a few units in the last place), which rounding up to whole items ignores.
        const dL = input.dailyDemand * input.leadTimeDays;
        if (r.reorderPoint !== null) expect(r.reorderPoint).toBeGreaterThanOrEqual(dL - 8 * Number.EPSILON * Math.max(1, dL));
      }),
      { numRuns: 1500 },
    );
  });

  it('the stock-out risk falls as the planned quantity rises', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (input, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(ok(stockPlan({ ...input, plannedQuantity: hi })).plan.risk).toBeLessThanOrEqual(ok(stockPlan({ ...input, plannedQuantity: lo })).plan.risk);
      }),
      { numRuns: 1500 },
    );
  });

  // With demand that varies by at least one item, the binary noise whole-item rounding ignores (about 1e-6 items
  // at the largest quantities) moves the risk by less than 1e-6.
  it('ordering the calculated quantity meets the service level: its risk is at most 1 − level', () => {
    fc.assert(
      fc.property(shopArb, (input) => {
        const first = ok(stockPlan(input));
        // An order beyond the largest quantity a form takes cannot be planned.
        fc.pre(first.peak.orderQuantity !== null && first.peak.orderQuantity > 0 && first.peak.orderQuantity <= MAX_UNITS && first.peak.sd >= 1);
        const planned = ok(stockPlan({ ...input, plannedQuantity: first.peak.orderQuantity! }));
        expect(planned.plan.risk).toBeLessThanOrEqual(1 - input.serviceLevel + 1e-6);
      }),
      { numRuns: 1500 },
    );
  });

  it('never returns NaN, Infinity or −0 for any valid input, in the plan, the curve, the figures and the math', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (input, a, b) => {
        const r = stockPlan(input);
        expect(allClean(r)).toBe(true);
        expect(allClean(riskCurve(input, Math.min(a, b), Math.max(a, b), 10))).toBe(true);
        const result = ok(r);
        expect(allClean(keyFigures(result).map((k) => k.value ?? 0))).toBe(true);
        const steps = stockSteps({ history: null, input, result }, 'en-GB');
        expect(steps.map((s) => `${s.expression} ${s.result}`).join(' ')).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('key figures, math, CSV and share state', () => {
  const s = ok(stockScenario(defaultStockForm));

  it('lists the five figures saved scenarios compare', () => {
    expect(keyFigures(s.result)).toEqual([
      { id: 'safetyStock', kind: 'count', value: 201 },
      { id: 'reorderPoint', kind: 'count', value: 681 },
      { id: 'daysOfCover', kind: 'days', value: 12.5, better: 'higher' },
      { id: 'peakOrder', kind: 'count', value: 848 },
      { id: 'planRisk', kind: 'rate', value: s.result.plan.risk, better: 'lower' },
    ]);
    for (const k of keyFigures(s.result)) expect(en[`stock.figure.${k.id}` as keyof typeof en]).toBeTruthy();
    const unbounded = ok(stockPlan({ ...base, serviceLevel: 1 }));
    expect(keyFigures(unbounded).map((k) => k.value)).toEqual([null, null, 12.5, null, unbounded.plan.risk]);
  });

  it('writes the formulas with the reader’s numbers', () => {
    const steps = stockSteps(s, 'en-GB', 'November');
    const byKey = Object.fromEntries(steps.map((x) => [x.key, x]));
    expect(byKey['stock.math.dailyMean']).toMatchObject({ expression: '280 ÷ 7', result: '40' });
    expect(byKey['stock.math.z']).toMatchObject({ expression: 'Φ⁻¹(95.00%)', result: '1.6449' });
    expect(byKey['stock.math.leadSd']!.expression).toBe('√(12 × 6.5341² + 40² × 3²)');
    expect(byKey['stock.math.safetyStock']!.result).toBe('201');
    expect(byKey['stock.math.reorderPoint']).toMatchObject({ expression: '⌈40 × 12 + 201⌉', result: '681' });
    expect(byKey['stock.math.peakOrder']!.result).toBe('848');
    expect(byKey['stock.math.risk']!.result).toBe('31.75%');
  });

  it('puts inputs, results and the risk table in the CSV', () => {
    const csv = stockCsv({ form: defaultStockForm, scenario: s, curve: [{ quantity: 848, risk: 0.0499 }] }, makeT(en));
    expect(csv).toContain('Safety stock,201');
    expect(csv).toContain('Reorder point,681');
    expect(csv).toContain('Order for the peak,848');
    expect(csv).toContain('Stock-out risk of the planned quantity,31.75%');
    expect(csv).toContain('848,4.99%');
  });

  it('round-trips the form through a share link and refuses a hostile one', () => {
    const encoded = encodeState({ stock: defaultStockForm });
    const back = decodeState(stockStateSchema, `?stock=${encoded}`, 'stock');
    expect(back).toEqual({ status: 'ok', value: { stock: defaultStockForm } });
    const hostile = decodeState(stockStateSchema, `?stock=${encodeState({ stock: { ...defaultStockForm, serviceLevel: 2 } })}`, 'stock');
    expect(hostile.status).toBe('rejected');
  });
});
