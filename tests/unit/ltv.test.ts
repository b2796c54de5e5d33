/**
 * The customer value calculator: worked examples computed by hand (the arithmetic is in the comments),
 * properties over random inputs, the cohort paste, the math steps, the CSV and the key figures.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacOf, keyFigures, ltvOf, ltvScenario, monthlyFromYearly, parseCohortPaste, retentionOf, type LtvInput, type LtvScenario } from '../../src/lib/calc/ltv';
import { defaultLtvForm, ltvFormSchema, ltvStateSchema } from '../../src/lib/calc/ltv/schema';
import { ltvSteps } from '../../src/lib/calc/ltv/math';
import { ltvCsv } from '../../src/lib/calc/ltv/report';
import { decodeState, encodeState } from '../../src/lib/share-state';
import { makeT } from '../../src/i18n/translate';
import { dictionaries } from '../../src/i18n/t';

const ok = (r: ReturnType<typeof ltvScenario>): LtvScenario => {
  if (!r.ok) throw new Error(`refused: ${r.field} ${r.problem}`);
  return r;
};

describe('worked examples', () => {
  it('monthly retention, no discounting: every month by hand', () => {
    // ¥30.00 a order, 2.4 orders a year → 0.2 orders a month → ¥6.00 (600 fen) a month with everyone buying.
    // S(m) = 0.9^(m − 1); each month rounded half-up to the fen:
    // 600, 540, 486, 437.4→437, 393.66→394, 354.294→354, 318.8646→319, 286.97814→287, 258.280326→258,
    // 232.4522934→232, 209.20706406→209, 188.286357654→188. Sum 4304 (¥43.04).
    const r = ok(ltvScenario({ marginPerOrder: 3000, ordersPerYear: 2.4, retention: { kind: 'monthly', rate: 0.9 }, horizonMonths: 12, discountRate: 0, acquisitionSpend: 2_000_000, newCustomers: 1000 }));
    expect(r.months.map((m) => m.margin)).toEqual([600, 540, 486, 437, 394, 354, 319, 287, 258, 232, 209, 188]);
    expect(r.ltv).toBe(4304);
    expect(r.discountedLtv).toBe(4304);
    expect(r.discounted).toBe(false);
    // CAC ¥20,000 ÷ 1,000 = ¥20.00. Cumulative: 600, 1140, 1626, 2063 → month 4 is the first ≥ 2000.
    expect(r.cac).toBe(2000);
    expect(r.paybackMonth).toBe(4);
    // 4304 ÷ 2000 = 2.152: under 3.
    expect(r.ratio).toBeCloseTo(2.152, 12);
    expect(r.warnings).toEqual(['thin-ratio']);
    // 0.2 × (1 − 0.9^12) ÷ 0.1 = 2 × 0.717570463519 = 1.435140927…
    expect(r.expectedOrders).toBe(1.435141);
  });

  it('the section 6.3 example: the first six months, the discounting and the payback by hand', () => {
    // ¥54.00 × 4 ÷ 12 = ¥18.00 a month; S(m) = 0.88^(m − 1):
    // 1800, 1584, 1393.92→1394, 1226.6496→1227, 1079.451648→1079, 949.91745…→950.
    // Discount factors 1.1^−(m − 1)/12: 1, 0.992089, 0.984240, 0.976454, 0.968729, 0.961066, so
    // 1800, 1571.47→1571, 1371.95→1372, 1197.77→1198, 1045.70→1046, 912.93→913; cumulative 7900 at month 6.
    const r = ok(ltvOf(defaultLtvForm));
    expect(r.months.slice(0, 6).map((m) => m.margin)).toEqual([1800, 1584, 1394, 1227, 1079, 950]);
    expect(r.months.slice(0, 6).map((m) => m.discountedMargin)).toEqual([1800, 1571, 1372, 1198, 1046, 913]);
    expect(r.months.slice(0, 6).map((m) => m.discountedCumulative)).toEqual([1800, 3371, 4743, 5941, 6987, 7900]);
    // CAC ¥60,000 ÷ 800 = ¥75.00; discounted cumulative passes 7500 in month 6 (6987 < 7500 ≤ 7900).
    expect(r.cac).toBe(7500);
    expect(r.paybackMonth).toBe(6);
    // Closed form 18 × (1 − 0.88^24) ÷ 0.12 = 150 × (1 − 0.046515) = ¥143.02; 24 roundings move it at most ±12 fen.
    expect(Math.abs(r.ltv - 14302.3)).toBeLessThanOrEqual(12);
    expect(r.ltv).toBe(14304);
    expect(r.discountedLtv).toBeLessThan(r.ltv);
    // LTV:CAC reads the discounted LTV when discounting: ≈ 136 ÷ 75 ≈ 1.8, under 3.
    expect(r.ratio).toBe(r.discountedLtv / 7500);
    expect(r.ratio!).toBeGreaterThan(1.8);
    expect(r.ratio!).toBeLessThan(1.83);
    expect(r.warnings).toEqual(['thin-ratio']);
  });

  it('discounting at 44 % a year: month 7 is worth 1 ÷ 1.2 and month 13 1 ÷ 1.44', () => {
    // ¥12.00 × 12 ÷ 12 = ¥12.00 a month, nobody leaves. (1.44)^(−6/12) = 1 ÷ 1.2 → 1200 ÷ 1.2 = 1000;
    // (1.44)^(−12/12) = 1 ÷ 1.44 → 833.33… → 833.
    const r = ok(ltvScenario({ marginPerOrder: 1200, ordersPerYear: 12, retention: { kind: 'monthly', rate: 1 }, horizonMonths: 13, discountRate: 0.44, acquisitionSpend: 0, newCustomers: 10 }));
    expect(r.months[6]!.discountedMargin).toBe(1000);
    expect(r.months[12]!.discountedMargin).toBe(833);
    expect(r.ltv).toBe(13 * 1200);
    expect(r.warnings).toContain('full-retention');
    // CAC 0: paid back in month 1, and no ratio to show.
    expect(r.cac).toBe(0);
    expect(r.paybackMonth).toBe(1);
    expect(r.ratio).toBeNull();
  });

  it('a yearly rate is compounded monthly: half the customers are left at month 13', () => {
    // ¥24.00 × 6 ÷ 12 = ¥12.00 a month; r = 0.5^(1/12), S(13) = r^12 = 0.5 → 600.
    const r = ok(ltvScenario({ marginPerOrder: 2400, ordersPerYear: 6, retention: { kind: 'yearly', rate: 0.5 }, horizonMonths: 13, discountRate: 0, acquisitionSpend: 0, newCustomers: 0 }));
    expect(r.months[0]!.margin).toBe(1200);
    expect(r.months[12]!.margin).toBe(600);
    expect(monthlyFromYearly(0.5)).toBeCloseTo(0.943874, 6);
  });

  it('a cohort table starting at month 0, straight lines between rows and nothing after the last one', () => {
    // Rows 0 → 100 %, 1 → 50 %, 3 → 30 % are months 1, 2, 4; month 3 is halfway: 40 %.
    // ¥10.00 × 12 ÷ 12 = ¥10.00 a month: 1000, 500, 400, 300 = 2200; months 5 and 6 are not counted.
    const r = ok(ltvScenario({ marginPerOrder: 1000, ordersPerYear: 12, retention: { kind: 'cohort', points: [[0, 1], [1, 0.5], [3, 0.3]] }, horizonMonths: 6, discountRate: 0, acquisitionSpend: 150_000, newCustomers: 100 }));
    expect(r.months.map((m) => m.margin)).toEqual([1000, 500, 400, 300]);
    expect(r.countedMonths).toBe(4);
    expect(r.ltv).toBe(2200);
    // CAC ¥1,500 ÷ 100 = ¥15.00; cumulative 1000, 1500: equal counts, so month 2.
    expect(r.cac).toBe(1500);
    expect(r.paybackMonth).toBe(2);
    expect(r.warnings).toEqual(['thin-ratio', 'cohort-short']);
  });

  it('a cohort table that starts later than month 1 starts from everyone in month 1', () => {
    // (1, 100 %) is added; month 2 is halfway to (3, 50 %): 75 %. ¥1.00 a month: 100, 75, 50.
    const r = ok(ltvScenario({ marginPerOrder: 100, ordersPerYear: 12, retention: { kind: 'cohort', points: [[3, 0.5]] }, horizonMonths: 3, discountRate: 0, acquisitionSpend: 0, newCustomers: 1 }));
    expect(r.months.map((m) => m.margin)).toEqual([100, 75, 50]);
  });

  it('LTV below CAC, and no payback within the horizon', () => {
    // ¥1.00 × 12 ÷ 12 = ¥1.00 a month at 50 % monthly retention: 100, 50, 25, 12.5→13 = 188 in 4 months; CAC ¥100.
    const r = ok(ltvScenario({ marginPerOrder: 100, ordersPerYear: 12, retention: { kind: 'monthly', rate: 0.5 }, horizonMonths: 4, discountRate: 0, acquisitionSpend: 10_000, newCustomers: 1 }));
    expect(r.ltv).toBe(188);
    expect(r.paybackMonth).toBeNull();
    expect(r.warnings).toEqual(['below-cac', 'no-payback']);
  });

  it('CAC rounds half-up to the fen, and is absent without new customers', () => {
    expect(cacOf(1000, 3)).toBe(333); // 333.33…
    expect(cacOf(1001, 2)).toBe(501); // 500.5
    expect(cacOf(6_000_000, 800)).toBe(7500);
    expect(cacOf(100, 0)).toBeNull();
    const r = ok(ltvOf({ ...defaultLtvForm, newCustomers: 0 }));
    expect([r.cac, r.ratio, r.paybackMonth]).toEqual([null, null, null]);
    expect(r.warnings).toContain('no-customers');
    expect(r.warnings).not.toContain('no-payback');
  });

  it('warns about long horizons and zero margin', () => {
    expect(ok(ltvOf({ ...defaultLtvForm, horizonMonths: 48 })).warnings).toContain('long-horizon');
    expect(ok(ltvOf({ ...defaultLtvForm, marginPerOrder: 0 })).warnings).toEqual(expect.arrayContaining(['no-margin', 'below-cac', 'no-payback']));
  });

  it('refuses bad input by field', () => {
    const input: LtvInput = { marginPerOrder: 100, ordersPerYear: 12, retention: { kind: 'monthly', rate: 0.5 }, horizonMonths: 4, discountRate: 0, acquisitionSpend: 0, newCustomers: 1 };
    expect(ltvScenario({ ...input, horizonMonths: 0 })).toEqual({ ok: false, reason: 'invalid', field: 'horizonMonths', problem: 'out-of-range' });
    expect(ltvScenario({ ...input, horizonMonths: 121 })).toMatchObject({ field: 'horizonMonths', problem: 'out-of-range' });
    expect(ltvScenario({ ...input, marginPerOrder: 1.5 })).toMatchObject({ field: 'marginPerOrder', problem: 'not-whole' });
    expect(ltvScenario({ ...input, retention: { kind: 'monthly', rate: 1.01 } })).toMatchObject({ field: 'retention.rate', problem: 'out-of-range' });
    expect(ltvScenario({ ...input, retention: { kind: 'cohort', points: [[1, Number.NaN]] } })).toMatchObject({ field: 'retention.points.0.1', problem: 'not-a-number' });
    expect(ltvOf({ ...defaultLtvForm, ordersPerYear: -1 })).toMatchObject({ field: 'ordersPerYear', problem: 'negative' });
    expect(retentionOf({ ...defaultLtvForm, ratePeriod: 'year' })).toEqual({ kind: 'yearly', rate: 0.88 });
  });
});

describe('cohort paste', () => {
  it('keeps valid rows, reports bad ones with line and column, and shifts a month-0 table', () => {
    const p = parseCohortPaste('Month\tShare\n0\t100%\n1\t42%\n2\tabc\n3\t30\n3\t29%\n4\n');
    expect(p.table.header).toBe(true);
    expect(p.points).toEqual([[1, 1], [2, 0.42], [4, 0.3]]);
    expect(p.table.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [4, 'share', 'invalid'],
      [6, 'month', 'duplicate'],
      [7, null, 'columns'],
    ]);
  });

  it('refuses shares above 100 % and months past the longest horizon', () => {
    const p = parseCohortPaste('1,100\n2,120\n121,10');
    expect(p.points).toEqual([[1, 1]]);
    expect(p.table.issues.map((i) => [i.line, i.column, i.code])).toEqual([[2, 'share', 'range'], [3, 'month', 'range']]);
  });
});

describe('schema, share link, math steps, CSV, key figures', () => {
  it('the example passes its schema and survives a share link', () => {
    expect(ltvFormSchema.safeParse(defaultLtvForm).success).toBe(true);
    const state = { currency: 'CNY', ltv: defaultLtvForm };
    const decoded = decodeState(ltvStateSchema, `?ltv=${encodeState(state)}`, 'ltv');
    expect(decoded).toEqual({ status: 'ok', value: state });
    expect(decodeState(ltvStateSchema, `?ltv=${encodeState({ ...state, ltv: { ...defaultLtvForm, horizonMonths: 1e9 } })}`, 'ltv').status).toBe('rejected');
  });

  it('shows the math with the example’s numbers', () => {
    const r = ok(ltvOf(defaultLtvForm));
    const steps = ltvSteps(defaultLtvForm, r, 'CNY', 'en-GB', (m) => `month ${m}`);
    const by = (key: string) => steps.filter((s) => s.key === key);
    expect(by('ltv.math.perMonth')[0]).toMatchObject({ expression: '4 ÷ 12', result: '0.3333' });
    expect(by('ltv.math.fullMonth')[0]!.result).toBe('18.0000');
    expect(by('ltv.math.cac')[0]).toMatchObject({ expression: '60,000.00 ÷ 800', result: '75.00' });
    expect(by('ltv.math.ltv')[0]!.result).toBe('143.04');
    expect(by('ltv.math.payback')[0]).toMatchObject({ expression: '79.00 ≥ 75.00', result: 'month 6' });
  });

  it('writes the CSV with inputs, results and every month', () => {
    const r = ok(ltvOf(defaultLtvForm));
    const csv = ltvCsv({ currency: 'CNY', form: defaultLtvForm, result: r }, makeT(dictionaries.en));
    expect(csv).toContain('Contribution before ads per order,54');
    expect(csv).toContain('LTV over the horizon,143.04');
    expect(csv).toContain('CAC,75');
    expect(csv).toContain('Payback month,6');
    expect(csv.split('\r\n').filter((l) => /^\d+,/.test(l))).toHaveLength(24);
  });

  it('gives the four key figures, discounted LTV when discounting', () => {
    const r = ok(ltvOf(defaultLtvForm));
    expect(keyFigures(r)).toEqual([
      { id: 'ltv', kind: 'money', value: r.discountedLtv, better: 'higher' },
      { id: 'cac', kind: 'money', value: 7500, better: 'lower' },
      { id: 'ratio', kind: 'ratio', value: r.ratio, better: 'higher' },
      { id: 'payback', kind: 'months', value: 6, better: 'lower' },
    ]);
    for (const dict of Object.values(dictionaries)) {
      for (const f of keyFigures(r) as { id: string }[]) expect(dict[`ltv.figure.${f.id}` as keyof typeof dict]).toBeTruthy();
    }
    expect(keyFigures({ ...r, ltv: Number.NaN })).toMatchObject({ field: 'ltv', problem: 'not-a-number' });
  });
});

const rateInput = fc.record({
  marginPerOrder: fc.integer({ min: 0, max: 10_000_000 }),
  ordersPerYear: fc.double({ min: 0, max: 365, noNaN: true }),
  retention: fc.record({ kind: fc.constantFrom('monthly' as const, 'yearly' as const), rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
  horizonMonths: fc.integer({ min: 1, max: 120 }),
  discountRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
  acquisitionSpend: fc.integer({ min: 0, max: 1e11 }),
  newCustomers: fc.integer({ min: 0, max: 1e6 }),
});
const cohortInput = rateInput.chain((base) =>
  fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 20, selector: (p) => p[0] })
    .map((points): LtvInput => ({ ...base, retention: { kind: 'cohort', points } })),
);
const anyInput = fc.oneof(rateInput as fc.Arbitrary<LtvInput>, cohortInput);

function badNumber(value: unknown, path = 'result'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? null : `${path} = ${value}`;
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const bad = badNumber(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

describe('properties', () => {
  it('the payback month is the first month whose cumulative margin (discounted when discounting) reaches CAC', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = ok(ltvScenario(input));
        if (r.cac === null) {
          expect(r.paybackMonth).toBeNull();
          return;
        }
        const cac = r.cac;
        const cumulative = r.months.map((m) => (r.discounted ? m.discountedCumulative : m.cumulative));
        if (r.paybackMonth === null) {
          expect(cumulative.every((c) => c < cac)).toBe(true);
          return;
        }
        expect(cumulative[r.paybackMonth - 1]!).toBeGreaterThanOrEqual(cac);
        expect(cumulative.slice(0, r.paybackMonth - 1).every((c) => c < cac)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('LTV grows with retention', () => {
    fc.assert(
      fc.property(rateInput, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (input, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lo = ok(ltvScenario({ ...input, retention: { ...input.retention, rate: low } }));
        const hi = ok(ltvScenario({ ...input, retention: { ...input.retention, rate: high } }));
        expect(hi.ltv).toBeGreaterThanOrEqual(lo.ltv);
        expect(hi.discountedLtv).toBeGreaterThanOrEqual(lo.discountedLtv);
      }),
      { numRuns: 1500 },
    );
  });

  it('LTV grows with the horizon, and a longer horizon keeps the shorter one’s months', () => {
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }), (input, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const s = ok(ltvScenario({ ...input, horizonMonths: short }));
        const l = ok(ltvScenario({ ...input, horizonMonths: long }));
        expect(l.ltv).toBeGreaterThanOrEqual(s.ltv);
        expect(l.discountedLtv).toBeGreaterThanOrEqual(s.discountedLtv);
        expect(l.months.slice(0, s.months.length)).toEqual(s.months);
      }),
      { numRuns: 1000 },
    );
  });

  it('discounted never exceeds undiscounted, month by month and in total; LTV is the sum of the months', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = ok(ltvScenario(input));
        for (const m of r.months) {
          expect(m.discountedMargin).toBeLessThanOrEqual(m.margin);
          expect(m.discountedCumulative).toBeLessThanOrEqual(m.cumulative);
        }
        expect(r.discountedLtv).toBeLessThanOrEqual(r.ltv);
        expect(r.ltv).toBe(r.months.reduce((sum, m) => sum + m.margin, 0));
        expect(r.ltv).toBe(r.months.at(-1)?.cumulative ?? 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('never returns NaN, Infinity or −0, nor in the key figures', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = ok(ltvScenario(input));
        expect(badNumber(r)).toBeNull();
        expect(badNumber(keyFigures(r))).toBeNull();
        expect(r.months.every((m) => Number.isInteger(m.margin) && Number.isInteger(m.discountedMargin))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
