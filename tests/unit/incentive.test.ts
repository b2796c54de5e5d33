import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateBonusPool,
  commissionScenario,
  findCliffs,
  payoutCurve,
  quickDeductionTable,
  teamCommission,
  tieredCommission,
  validatePlan,
  type CommissionInput,
  type CommissionPlan,
  type Member,
  type PoolInput,
  type Tier,
} from '../../src/lib/calc/incentive';
import {
  defaultCommissionForm,
  defaultPoolForm,
  incentiveStateSchema,
  poolFormSchema,
  commissionFormSchema,
  withKpi,
  withoutKpi,
  FORM_MAX_KPIS,
  type IncentiveState,
} from '../../src/lib/calc/incentive/schema';
import { commissionSteps, memberSteps } from '../../src/lib/calc/incentive/math';
import { incentiveCsv, incentiveReportRows } from '../../src/lib/calc/incentive/report';
import { parseSalesPaste, parseTeamPaste } from '../../src/lib/calc/incentive/paste';
import { decodeState, encodeState } from '../../src/lib/share-state';
import { decodeJson } from '../../src/lib/codec';
import { roundMinor } from '../../src/lib/money';

const RUNS = { numRuns: 1000 };
const yuan = (major: number) => major * 100;

/** Section 7.3: 3 % up to ¥100,000, 5 % from ¥100,000 to ¥200,000, 8 % above ¥200,000. */
const tiers: Tier[] = [
  { from: 0, rate: 0.03 },
  { from: yuan(100_000), rate: 0.05 },
  { from: yuan(200_000), rate: 0.08 },
];
/** A list result, or none where the module refused the input (the test then fails on the values). */
const list = <T,>(x: T[] | object): T[] => (Array.isArray(x) ? x : []);

const pay = (input: CommissionInput) => {
  const r = tieredCommission(input);
  if (!r.ok) throw new Error(`invalid: ${JSON.stringify(r.errors)}`);
  return r;
};

describe('tieredCommission: worked examples', () => {
  it('pays ¥12,000 on ¥250,000 with marginal tiers and ¥20,000 with whole-amount tiers', () => {
    expect(pay({ tiers, method: 'marginal', sales: yuan(250_000) }).payout).toBe(yuan(12_000));
    expect(pay({ tiers, method: 'whole', sales: yuan(250_000) }).payout).toBe(yuan(20_000));
  });

  it('writes a line per tier: 3,000 + 5,000 + 4,000 (marginal) and 8,000 + 8,000 + 4,000 (whole)', () => {
    const m = pay({ tiers, method: 'marginal', sales: yuan(250_000) });
    expect(m.lines.map((l) => [l.base, l.rate, l.amount])).toEqual([
      [yuan(100_000), 0.03, yuan(3_000)],
      [yuan(100_000), 0.05, yuan(5_000)],
      [yuan(50_000), 0.08, yuan(4_000)],
    ]);
    const w = pay({ tiers, method: 'whole', sales: yuan(250_000) });
    expect(w.lines.map((l) => l.amount)).toEqual([yuan(8_000), yuan(8_000), yuan(4_000)]);
    expect(w.quickDeductions).toBeNull();
  });

  it('gives the quick-deduction table ¥0, ¥2,000, ¥8,000 and checks ¥150,000 × 5 % − ¥2,000 = ¥5,500', () => {
    const r = pay({ tiers, method: 'marginal', sales: yuan(150_000) });
    expect(r.quickDeductions!.map((q) => q.deduction)).toEqual([0, yuan(2_000), yuan(8_000)]);
    expect(r.quickRow).toBe(1);
    expect(r.payout).toBe(yuan(5_500));
    expect(roundMinor(r.sales * 0.05, 'half-up') - r.quickDeductions![1]!.deduction).toBe(r.payout);
    expect(list(quickDeductionTable({ tiers, method: 'whole' })).map((q) => q.deduction)).toEqual([0, yuan(2_000), yuan(8_000)]);
  });

  it('reproduces the section 7.3 table: five managers cost ¥35,899.95 marginal and ¥55,899.95 whole-amount', () => {
    const sales = [80_000, 150_000, 199_999, 200_000, 250_000].map(yuan);
    const marginal = sales.map((s) => pay({ tiers, method: 'marginal', sales: s }).payout);
    const whole = sales.map((s) => pay({ tiers, method: 'whole', sales: s }).payout);
    expect(marginal).toEqual([240_000, 550_000, 799_995, 800_000, 1_200_000]);
    expect(whole).toEqual([240_000, 750_000, 999_995, 1_600_000, 2_000_000]);
    expect(marginal.reduce((a, b) => a + b)).toBe(3_589_995);
    expect(whole.reduce((a, b) => a + b)).toBe(5_589_995);
  });

  it('accelerates above 120 % of a ¥200,000 target at × 1.25: ¥250,000 pays ¥12,200', () => {
    const r = pay({ tiers, method: 'marginal', sales: yuan(250_000), target: yuan(200_000), accelerator: { from: 1.2, multiplier: 1.25 } });
    expect(r.payout).toBe(yuan(12_200));
    expect(r.lines.at(-1)).toMatchObject({ from: yuan(240_000), base: yuan(10_000), multiplier: 1.25, amount: yuan(1_000) });
    expect(r.nextRate).toBeCloseTo(0.1, 12);
    // The quick-deduction table includes the accelerated row: 250,000 × 10 % − 12,800 = 12,200.
    const row = r.quickDeductions![r.quickRow!]!;
    expect(roundMinor(r.sales * row.rate, 'half-up') - row.deduction).toBe(yuan(12_200));
  });

  it('pays nothing below the gate and caps the payout', () => {
    const plan = { tiers, method: 'marginal' as const, target: yuan(200_000), gate: 0.8 };
    const below = pay({ ...plan, sales: yuan(159_999) });
    expect([below.payout, below.gated, below.gross, below.gateLevel]).toEqual([0, true, 599_995, yuan(160_000)]);
    expect(pay({ ...plan, sales: yuan(160_000) }).payout).toBe(yuan(6_000));
    const capped = pay({ tiers, method: 'whole', sales: yuan(1_000_000), cap: yuan(30_000) });
    expect([capped.gross, capped.payout, capped.capped]).toEqual([yuan(80_000), yuan(30_000), true]);
  });

  it('pays nothing on zero sales, with no NaN', () => {
    const r = pay({ tiers, method: 'whole', sales: 0 });
    expect([r.payout, r.effectiveRate, r.tier]).toEqual([0, null, 0]);
  });

  it('compares with the other method in the scenario', () => {
    const s = commissionScenario({ tiers, method: 'marginal', sales: yuan(250_000) });
    expect(s.other).toEqual({ method: 'whole', payout: yuan(20_000) });
    expect(s.cliffs).toEqual([]);
  });
});

describe('findCliffs: worked examples', () => {
  it('finds the whole-amount cliff at ¥200,000: ¥9,999.95 at ¥199,999, ¥16,000 at ¥200,000', () => {
    const r = findCliffs({ tiers, method: 'whole' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cliff = r.cliffs.find((c) => c.sales === yuan(200_000))!;
    expect(cliff).toEqual({
      sales: yuan(200_000), before: 999_995, after: yuan(16_000), jump: 600_005, cause: 'tier', tier: 2,
      marginal: { before: 799_995, after: yuan(8_000) },
    });
    expect(r.cliffs.map((c) => c.sales)).toEqual([yuan(100_000), yuan(200_000)]);
  });

  it('finds no cliffs with marginal tiers, and the gate cliff when there is one', () => {
    const none = findCliffs({ tiers, method: 'marginal' });
    expect(none.ok && none.cliffs).toEqual([]);
    const gated = findCliffs({ tiers, method: 'marginal', target: yuan(200_000), gate: 0.8 });
    expect(gated.ok && gated.cliffs.map((c) => [c.sales, c.cause, c.jump])).toEqual([[yuan(160_000), 'gate', yuan(6_000)]]);
  });

  it('respects the stated step and jump', () => {
    const big = findCliffs({ tiers, method: 'whole', step: yuan(10_000), minJump: yuan(5_000) });
    // With a ¥10,000 step: ¥190,000 pays ¥9,500 and ¥200,000 pays ¥16,000 (+6,500); at ¥100,000, ¥2,700 → ¥5,000.
    expect(big.ok && big.cliffs.map((c) => c.jump)).toEqual([yuan(6_500)]);
  });

  it('reports a drop when a higher tier pays a lower rate', () => {
    const r = findCliffs({ tiers: [{ from: 0, rate: 0.1 }, { from: yuan(1_000), rate: 0.05 }], method: 'whole' });
    expect(r.ok && r.cliffs.map((c) => c.jump)).toEqual([yuan(50) - 9_990]);
  });

  it('draws the cliff into the payout curve', () => {
    const curve = list(payoutCurve({ tiers, method: 'whole' }, yuan(300_000), 10));
    const at = (s: number) => curve.find((p) => p.sales === s)?.payout;
    expect(at(yuan(200_000) - 1)).toBe(1_000_000);
    expect(at(yuan(200_000))).toBe(yuan(16_000));
    expect(curve.map((p) => p.sales)).toEqual([...curve.map((p) => p.sales)].sort((a, b) => a - b));
  });
});

describe('allocateBonusPool: worked examples', () => {
  const kpis = [
    { weight: 0.4, cap: 1.2 },
    { weight: 0.3, cap: 1.2 },
    { weight: 0.2, cap: 1.2 },
    { weight: 0.1, cap: 1.2 },
  ];
  const t = [100, 100, 100, 100];
  const team: Member[] = [
    { name: 'Ads', actuals: [110, 95, 85, 80], targets: t },
    { name: 'Content', actuals: [95, 90, 80, 100], targets: t },
    { name: 'Service lead', actuals: [85, 80, 95, 90], targets: t },
  ];

  it('splits ¥20,000 by scores 97.5, 91 and 86 into ¥7,103.82, ¥6,630.24 and ¥6,265.94', () => {
    const r = allocateBonusPool({ amount: yuan(20_000), kpis, people: team });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.people.map((p) => p.weighted)).toEqual([0.975, 0.91, 0.86]);
    expect(r.totalScore).toBe(2.745);
    expect(r.people.map((p) => p.payout)).toEqual([710_382, 663_024, 626_594]);
    expect(r.allocated).toBe(yuan(20_000));
    expect(r.unallocated).toBe(0);
    // Rounding each share on its own invents a cent.
    expect(r.people.map((p) => Math.round(p.exact)).reduce((a, b) => a + b)).toBe(yuan(20_000) + 1);
  });

  it('caps each KPI, applies the grade coefficient and the eligibility floor', () => {
    const r = allocateBonusPool({
      amount: 100_000,
      floor: 0.6,
      kpis: [{ weight: 1, cap: 1.2 }],
      people: [
        { name: 'Star', actuals: [300], targets: [100], grade: 1 },
        { name: 'Graded', actuals: [100], targets: [100], grade: 1.2 },
        { name: 'Below floor', actuals: [59], targets: [100] },
        { name: 'Negative', actuals: [-50], targets: [100] },
      ],
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.people.map((p) => p.capped[0])).toEqual([1.2, 1, 0.59, 0]);
    expect(r.people.map((p) => p.score)).toEqual([1.2, 1.2, 0, 0]);
    expect(r.people.map((p) => p.eligible)).toEqual([true, true, false, false]);
    expect(r.people.map((p) => p.payout)).toEqual([50_000, 50_000, 0, 0]);
  });

  it('warns when weights do not add up to 100 %', () => {
    const r = allocateBonusPool({ amount: 100, kpis: [{ weight: 0.5, cap: 1 }], people: [{ name: 'A', actuals: [1], targets: [1] }] });
    expect(r.ok && r.warnings).toEqual(['weights-not-100']);
    expect(r.ok && r.people[0]!.payout).toBe(100);
  });

  it('keeps the pool when nobody scores, rather than splitting it evenly', () => {
    const r = allocateBonusPool({ amount: 1_000, kpis: [{ weight: 1, cap: 1 }], people: [
      { name: 'A', actuals: [0], targets: [1] },
      { name: 'B', actuals: [0], targets: [5] },
    ] });
    expect(r.ok && [r.people.map((p) => p.payout), r.allocated, r.unallocated, r.warnings]).toEqual([[0, 0], 0, 1_000, ['no-one-eligible']]);
  });
});

describe('show the math', () => {
  it('writes the quick-deduction check for ¥250,000 marginal', () => {
    const r = pay({ tiers, method: 'marginal', sales: yuan(250_000) });
    const steps = commissionSteps(r, { tiers, method: 'marginal' }, 'CNY', 'en-GB', (i) => `tier ${i + 1}`);
    expect(steps[0]).toEqual({ key: 'incentive.math.line', detail: 'tier 1', expression: '100,000.00 × 3.00%', result: '3,000.00' });
    expect(steps.at(-1)).toEqual({ key: 'incentive.math.quick', expression: '250,000.00 × 8.00% − 8,000.00', result: '12,000.00' });
  });

  it('shows gate and cap steps', () => {
    const plan = { tiers, method: 'whole' as const, target: yuan(200_000), gate: 0.8, cap: yuan(10_000) };
    const r = pay({ ...plan, sales: yuan(250_000) });
    const keys = commissionSteps(r, plan, 'CNY', 'en-GB', String).map((s) => s.key);
    expect(keys.slice(-2)).toEqual(['incentive.math.gate.passed', 'incentive.math.cap']);
  });

  it("explains the service lead's cent from the largest remainder", () => {
    const input: PoolInput = { ...defaultPoolForm, people: defaultPoolForm.people };
    const split = allocateBonusPool(input);
    if (!split.ok) throw new Error('expected ok');
    const steps = memberSteps(split, 2, input, 'CNY', 'en-GB', (k) => `KPI ${k + 1}`);
    expect(steps[0]).toEqual({ key: 'incentive.math.achievement', detail: 'KPI 1', expression: 'min(85 ÷ 100, 120.00%)', result: '85.00%' });
    expect(steps.find((s) => s.key === 'incentive.math.weighted')!.result).toBe('86.00%');
    expect(steps.at(-1)).toEqual({ key: 'incentive.math.rounded', expression: '⌊6,265.9381⌋ + 0.01', result: '6,265.94' });
    expect(memberSteps(split, 0, input, 'CNY', 'en-GB', String).at(-1)!.expression).toBe('⌊7,103.8251⌋ + 0.00');
    expect(memberSteps(split, 9, input, 'CNY', 'en-GB', String)).toEqual([]);
  });

  it('stops at the floor for someone below it', () => {
    const input: PoolInput = { ...defaultPoolForm, people: [{ name: 'X', actuals: [10, 10, 10, 10], targets: [100, 100, 100, 100], grade: 1 }] };
    const split = allocateBonusPool(input);
    if (!split.ok) throw new Error('expected ok');
    expect(memberSteps(split, 0, input, 'CNY', 'en-GB', String).at(-1)).toEqual({ key: 'incentive.math.floor', expression: '10.00% < 60.00%', result: '0.00' });
  });
});

describe('CSV report', () => {
  it('has a BOM, CRLF lines, the commission, the cliffs and every payout', () => {
    const commission = { ...defaultCommissionForm, method: 'whole' as const };
    const csv = incentiveCsv(
      { currency: 'CNY', commission, scenario: commissionScenario(commission), pool: defaultPoolForm, split: allocateBonusPool(defaultPoolForm) },
      { t: (k) => k, pct: (r) => `${(r * 100).toFixed(2)}%`, tierName: (i) => `T${i + 1}`, kpiName: (k) => `K${k + 1}`, personName: (i) => `=P${i + 1}` },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(csv).toContain('incentive.result.payout,20000\r\n');
    expect(csv).toContain('incentive.result.other.marginal,12000\r\n');
    expect(csv).toContain('200000,9999.95,16000,6000.05\r\n');
    expect(csv).toContain(`"'=P3",85.00%`);
    expect(csv).toContain('6265.94\r\n');
    // Grade-adjusted scores are not added up: their sum (274.50 %) means nothing; the payouts add to the pool.
    expect(csv).toContain('incentive.team.total,,,,,,,,,20000\r\n');
    expect(csv).not.toContain('274.50%');
  });

  it('names the currency in the whole-amount method: "every dollar" in USD, "every yuan" in CNY', async () => {
    const { makeT } = await import('../../src/i18n/translate');
    const { incentiveStrings } = await import('../../src/i18n/ui/incentive');
    const commission = { ...defaultCommissionForm, method: 'whole' as const };
    for (const [currency, locale, word] of [['USD', 'en', 'every dollar'], ['CNY', 'en', 'every yuan'], ['USD', 'zh-cn', '每一美元'], ['EUR', 'zh-cn', '每一欧元']] as const) {
      const t = makeT(incentiveStrings[locale] as never);
      const rows = incentiveReportRows(
        { currency, commission, scenario: commissionScenario(commission), pool: defaultPoolForm, split: allocateBonusPool(defaultPoolForm) },
        { t: t as never, pct: String, tierName: String, kpiName: String, personName: String },
      );
      const method = rows.find((r) => r[0] === incentiveStrings[locale]['incentive.method']);
      expect(method?.[1]).toContain(word);
    }
    expect(incentiveStrings.en['incentive.person.score']).toMatch(/grade/i);
    expect(incentiveStrings['zh-cn']['incentive.person.score']).toContain('绩效系数');
  });

  it('says when the inputs cannot be computed', () => {
    const commission = { ...defaultCommissionForm, tiers: [{ from: 5, rate: 0.1 }] };
    const rows = incentiveReportRows(
      { currency: 'CNY', commission, scenario: commissionScenario(commission), pool: defaultPoolForm, split: { ok: false, reason: 'invalid', field: 'amount', problem: 'out-of-range', errors: [] } },
      { t: (k) => k, pct: String, tierName: String, kpiName: String, personName: String },
    );
    expect(rows).toContainEqual(['incentive.result.payout', 'incentive.result.invalid']);
    expect(rows.at(-1)).toEqual(['incentive.person.payout', 'incentive.result.invalid']);
  });
});

/* Properties */

/** Valid rising tiers; `coarse` keeps thresholds in ¥100 steps and rates in basis points. */
const tiersArb = (coarse: boolean) =>
  fc
    .array(
      fc.record({
        gap: coarse ? fc.integer({ min: 1, max: 10_000 }).map((n) => n * 10_000) : fc.integer({ min: 1, max: 1_000_000_000 }),
        rate: coarse ? fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 10_000) : fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((rows) => {
      let from = 0;
      return rows.map((row, i) => {
        if (i > 0) from += row.gap;
        return { from, rate: row.rate };
      });
    });

const planArb = fc.record({
  tiers: tiersArb(false),
  method: fc.constantFrom('marginal' as const, 'whole' as const),
  target: fc.integer({ min: 1, max: 10_000_000_000 }),
  gate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  cap: fc.option(fc.integer({ min: 0, max: 100_000_000_000 }), { nil: null }),
  accelerator: fc.option(fc.record({ from: fc.double({ min: 1, max: 10, noNaN: true }), multiplier: fc.double({ min: 1, max: 10, noNaN: true }) }), { nil: null }),
});
const salesArb = fc.integer({ min: 0, max: 20_000_000_000 });
const maxSlope = (plan: CommissionPlan) => Math.max(...plan.tiers.map((t) => t.rate)) * (plan.accelerator?.multiplier ?? 1);
/**
 * The steepest rate the plan really pays: a tier's rate is multiplied only where the tier reaches the
 * accelerator's level (from × target, to the nearest minor unit). A looser bound (maxSlope) would call a
 * rounding step of a tier that ends below the level a slope where findCliffs rightly sees a jump.
 */
const steepestPaidRate = (plan: CommissionPlan) => {
  const acc = plan.accelerator ?? null;
  const level = acc ? Math.round(acc.from * (plan.target ?? 0)) : Infinity;
  return Math.max(...plan.tiers.map((t, i) => {
    const to = plan.tiers[i + 1]?.from ?? Infinity;
    return t.rate * (acc && to > level ? acc.multiplier : 1);
  }));
};

describe('tieredCommission: properties', () => {
  it('marginal payout never decreases as sales grow and has no jumps (no gate)', () => {
    fc.assert(
      fc.property(planArb, salesArb, fc.integer({ min: 1, max: 1_000_000 }), (p, sales, step) => {
        const plan = { ...p, method: 'marginal' as const, gate: null };
        const a = pay({ ...plan, sales }).payout;
        const b = pay({ ...plan, sales: sales + step }).payout;
        expect(b).toBeGreaterThanOrEqual(a);
        // Continuous: a step of d minor units moves pay by at most d × the steepest rate (plus one for rounding).
        expect(b - a).toBeLessThanOrEqual(step * maxSlope(plan) + 1);
        const one = pay({ ...plan, sales: sales + 1 }).payout;
        expect(one - a).toBeLessThanOrEqual(Math.ceil(maxSlope(plan)) + 1);
      }),
      RUNS,
    );
  });

  it('marginal payout equals sales × top rate − quick deduction, exactly on whole-yuan tiers and basis-point rates', () => {
    fc.assert(
      fc.property(tiersArb(true), salesArb, (t, sales) => {
        const r = pay({ tiers: t, method: 'marginal', sales });
        const row = r.quickDeductions![r.quickRow!]!;
        expect(sales).toBeGreaterThanOrEqual(row.from);
        if (row.to !== null) expect(sales).toBeLessThan(row.to);
        expect(r.payout).toBe(roundMinor(sales * row.rate, 'half-up') - row.deduction);
      }),
      RUNS,
    );
  });

  it('marginal payout equals sales × rate − quick deduction within a cent for any tiers and accelerator', () => {
    fc.assert(
      fc.property(planArb, salesArb, (p, sales) => {
        const plan = { ...p, method: 'marginal' as const, gate: null, cap: null };
        const r = pay({ ...plan, sales });
        const row = r.quickDeductions![r.quickRow!]!;
        expect(Math.abs(r.payout - (sales * row.rate - row.deduction))).toBeLessThanOrEqual(1 + 1e-6 * sales);
      }),
      RUNS,
    );
  });

  it('lines add up to the gross payout and money is whole, never NaN or -0', () => {
    fc.assert(
      fc.property(planArb, salesArb, (plan, sales) => {
        const r = pay({ ...plan, sales });
        expect(r.lines.reduce((s, l) => s + l.amount, 0)).toBe(r.gross);
        for (const v of [r.gross, r.payout, ...r.lines.flatMap((l) => [l.amount, l.base]), ...(r.quickDeductions ?? []).map((q) => q.deduction)]) {
          expect(Number.isInteger(v)).toBe(true);
          expect(Object.is(v, -0)).toBe(false);
        }
        expect(r.payout).toBeGreaterThanOrEqual(0);
        if (plan.cap !== null) expect(r.payout).toBeLessThanOrEqual(plan.cap);
        if (r.effectiveRate !== null) expect(Number.isFinite(r.effectiveRate)).toBe(true);
      }),
      RUNS,
    );
  });

  it('whole-amount pays at least marginal when rates rise', () => {
    fc.assert(
      fc.property(tiersArb(false), salesArb, (t, sales) => {
        const rising = t.map((tier, i) => ({ ...tier, rate: Math.max(...t.slice(0, i + 1).map((x) => x.rate)) }));
        expect(pay({ tiers: rising, method: 'whole', sales }).payout).toBeGreaterThanOrEqual(pay({ tiers: rising, method: 'marginal', sales }).payout);
      }),
      RUNS,
    );
  });
});

describe('findCliffs: properties', () => {
  it('reports real jumps only, with the payouts either side of the step', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (plan, step, minJump) => {
        const found = findCliffs({ ...plan, step, minJump });
        if (!found.ok) throw new Error('expected ok');
        for (const c of found.cliffs) {
          expect(Math.abs(c.jump)).toBeGreaterThan(minJump);
          expect(c.after).toBe(pay({ ...plan, sales: c.sales }).payout);
          expect(c.before).toBe(pay({ ...plan, sales: Math.max(0, c.sales - step) }).payout);
          expect(Math.abs(c.after - pay({ ...plan, sales: c.sales - 1 }).payout)).toBeGreaterThan(Math.ceil(steepestPaidRate(plan)) + 1);
        }
      }),
      RUNS,
    );
  });

  it('misses no level: a brute-force scan of every sales level finds the same cliffs', () => {
    const small = fc.record({
      tiers: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 200 }), rate: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 5 })
        .map((rows) => rows.map((row, i) => ({ from: rows.slice(1, i + 1).reduce((s, r) => s + r.gap, 0), rate: row.rate }))),
      method: fc.constantFrom('marginal' as const, 'whole' as const),
      target: fc.integer({ min: 1, max: 500 }),
      gate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      cap: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
      accelerator: fc.option(fc.record({ from: fc.double({ min: 1, max: 2, noNaN: true }), multiplier: fc.double({ min: 1, max: 3, noNaN: true }) }), { nil: null }),
    });
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 100 }), (plan, step, minJump) => {
        const found = findCliffs({ ...plan, step, minJump });
        if (!found.ok) throw new Error('expected ok');
        const payout = Array.from({ length: 1_001 }, (_, s) => pay({ ...plan, sales: s }).payout);
        const slope = Math.ceil(steepestPaidRate(plan)) + 1;
        const brute: number[] = [];
        for (let s = 1; s <= 1_000; s++) {
          if (Math.abs(payout[s]! - payout[Math.max(0, s - step)]!) > minJump && Math.abs(payout[s]! - payout[s - 1]!) > slope) brute.push(s);
        }
        expect(found.cliffs.map((c) => c.sales).filter((s) => s <= 1_000)).toEqual(brute);
      }),
      RUNS,
    );
  }, 60_000);

  it('marginal tiers without a gate have no cliffs', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const found = findCliffs({ ...plan, method: 'marginal', gate: null });
        expect(found.ok && found.cliffs).toEqual([]);
      }),
      RUNS,
    );
  });
});

const memberArb = (kpis: number) =>
  fc.record({
    name: fc.string({ maxLength: 10 }),
    actuals: fc.array(fc.integer({ min: -1_000, max: 100_000 }), { minLength: kpis, maxLength: kpis }),
    targets: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: kpis, maxLength: kpis }),
    grade: fc.constantFrom(0, 0.8, 1, 1.2, 1.5),
  });
const poolArb = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc.record({
    amount: fc.integer({ min: 0, max: 100_000_000_000 }),
    floor: fc.constantFrom(0, 0.3, 0.6, 1),
    kpis: fc.array(fc.record({ weight: fc.double({ min: 0, max: 1, noNaN: true }), cap: fc.double({ min: 0, max: 3, noNaN: true }) }), { minLength: k, maxLength: k }),
    people: fc.array(memberArb(k), { maxLength: 30 }),
  }),
);

describe('allocateBonusPool: properties', () => {
  it('shares are non-negative whole cents that add up exactly to the pool (or nothing is paid when nobody scores)', () => {
    fc.assert(
      fc.property(poolArb, (input) => {
        const r = allocateBonusPool(input);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        for (const p of r.people) {
          expect(Number.isInteger(p.payout)).toBe(true);
          expect(p.payout).toBeGreaterThanOrEqual(0);
          expect(Object.is(p.payout, -0)).toBe(false);
          if (p.score === 0) expect(p.payout).toBe(0);
        }
        const sum = r.people.reduce((s, p) => s + p.payout, 0);
        expect(sum).toBe(r.allocated);
        expect(sum + r.unallocated).toBe(input.amount);
        if (r.totalScore > 0) expect(r.unallocated).toBe(0);
        else expect(r.allocated).toBe(0);
      }),
      RUNS,
    );
  });

  it('equal scores get equal shares, within one cent (duplicates and scaled actual/target)', () => {
    fc.assert(
      fc.property(poolArb, fc.nat(), fc.integer({ min: 1, max: 1_000 }), (input, pick, scale) => {
        if (input.people.length === 0) return;
        const original = input.people[pick % input.people.length]!;
        const scaled = { ...original, actuals: original.actuals.map((a) => a * scale), targets: original.targets.map((t) => t * scale) };
        const people = [...input.people, original, scaled];
        const r = allocateBonusPool({ ...input, people });
        if (!r.ok) throw new Error('expected ok');
        const [a, b, c] = [r.people[pick % input.people.length]!, r.people.at(-2)!, r.people.at(-1)!];
        expect(b.score).toBe(a.score);
        expect(c.score).toBe(a.score);
        const payouts = [a.payout, b.payout, c.payout];
        expect(Math.max(...payouts) - Math.min(...payouts)).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});

describe('hostile inputs to the module are reported, never thrown', () => {
  const base: CommissionInput = { tiers, method: 'marginal', sales: yuan(250_000) };
  const commissionCases: [string, CommissionInput, string][] = [
    ['unsorted tiers', { ...base, tiers: [tiers[0]!, tiers[2]!, tiers[1]!] }, 'tiers-not-rising'],
    ['overlapping tiers (same start)', { ...base, tiers: [tiers[0]!, tiers[1]!, { from: yuan(100_000), rate: 0.08 }] }, 'tiers-not-rising'],
    ['negative rate', { ...base, tiers: [{ from: 0, rate: -0.03 }] }, 'bad-rate'],
    ['rate above 100 %', { ...base, tiers: [{ from: 0, rate: 1.5 }] }, 'bad-rate'],
    ['NaN rate', { ...base, tiers: [{ from: 0, rate: Number.NaN }] }, 'bad-rate'],
    ['no tiers', { ...base, tiers: [] }, 'no-tiers'],
    ['first tier not at zero', { ...base, tiers: [{ from: 100, rate: 0.1 }] }, 'first-tier-not-zero'],
    ['fractional threshold', { ...base, tiers: [tiers[0]!, { from: 10.5, rate: 0.1 }] }, 'bad-threshold'],
    ['negative threshold', { ...base, tiers: [tiers[0]!, { from: -10, rate: 0.1 }] }, 'bad-threshold'],
    ['too many tiers', { ...base, tiers: Array.from({ length: 21 }, (_, i) => ({ from: i * 100, rate: 0.01 })) }, 'too-many-tiers'],
    ['negative sales', { ...base, sales: -1 }, 'bad-sales'],
    ['fractional sales', { ...base, sales: 1.5 }, 'bad-sales'],
    ['infinite sales', { ...base, sales: Number.POSITIVE_INFINITY }, 'bad-sales'],
    ['gate without target', { ...base, gate: 0.8 }, 'target-needed'],
    ['gate above 100 %', { ...base, target: 100, gate: 1.5 }, 'bad-gate'],
    ['negative cap', { ...base, cap: -5 }, 'bad-cap'],
    ['accelerator below target', { ...base, target: 100, accelerator: { from: 0.5, multiplier: 2 } }, 'bad-accelerator'],
    ['accelerator without target', { ...base, accelerator: { from: 1.2, multiplier: 2 } }, 'target-needed'],
    ['unknown method', { ...base, method: 'bonus' as never }, 'bad-method'],
  ];
  for (const [name, input, code] of commissionCases) {
    it(`commission: ${name}`, () => {
      let r: ReturnType<typeof tieredCommission> | undefined;
      expect(() => (r = tieredCommission(input))).not.toThrow();
      expect(r!.ok).toBe(false);
      if (r && !r.ok) expect(r.errors.map((e) => e.code)).toContain(code);
      const cliffs = findCliffs(input);
      if (code !== 'bad-sales') expect(cliffs.ok).toBe(false);
      expect(!Array.isArray(payoutCurve(input, yuan(100))) || code === 'bad-sales').toBe(true);
    });
  }
  it('names the tier at fault', () => {
    expect(validatePlan({ tiers: [tiers[0]!, tiers[2]!, tiers[1]!], method: 'whole' })).toEqual([{ code: 'tiers-not-rising', index: 2 }]);
  });
  it('refuses a zero step for cliffs', () => {
    expect(findCliffs({ tiers, method: 'whole', step: 0 })).toEqual({ ok: false, reason: 'invalid', field: 'step', problem: 'out-of-range', errors: [{ code: 'bad-step' }] });
  });

  const kpis = [{ weight: 1, cap: 1.2 }];
  const poolCases: [string, PoolInput, string][] = [
    ['negative pool', { amount: -1, kpis, people: [] }, 'bad-pool'],
    ['fractional pool', { amount: 0.5, kpis, people: [] }, 'bad-pool'],
    ['no KPIs', { amount: 100, kpis: [], people: [] }, 'no-kpis'],
    ['negative weight', { amount: 100, kpis: [{ weight: -0.5, cap: 1 }], people: [] }, 'bad-weight'],
    ['NaN cap', { amount: 100, kpis: [{ weight: 1, cap: Number.NaN }], people: [] }, 'bad-kpi-cap'],
    ['zero target', { amount: 100, kpis, people: [{ name: 'A', actuals: [1], targets: [0] }] }, 'bad-kpi-target'],
    ['negative target', { amount: 100, kpis, people: [{ name: 'A', actuals: [1], targets: [-1] }] }, 'bad-kpi-target'],
    ['infinite actual', { amount: 100, kpis, people: [{ name: 'A', actuals: [Number.POSITIVE_INFINITY], targets: [1] }] }, 'bad-actual'],
    ['missing values', { amount: 100, kpis, people: [{ name: 'A', actuals: [], targets: [1] }] }, 'missing-values'],
    ['negative grade', { amount: 100, kpis, people: [{ name: 'A', actuals: [1], targets: [1], grade: -1 }] }, 'bad-grade'],
    ['negative floor', { amount: 100, kpis, people: [], floor: -1 }, 'bad-floor'],
    ['too many people', { amount: 100, kpis, people: Array.from({ length: 201 }, () => ({ name: '', actuals: [1], targets: [1] })) }, 'too-many-people'],
  ];
  for (const [name, input, code] of poolCases) {
    it(`pool: ${name}`, () => {
      let r: ReturnType<typeof allocateBonusPool> | undefined;
      expect(() => (r = allocateBonusPool(input))).not.toThrow();
      expect(r!.ok).toBe(false);
      if (r && !r.ok) expect(r.errors.map((e) => e.code)).toContain(code);
    });
  }
  it('pool: an empty team keeps the whole pool and says so', () => {
    expect(allocateBonusPool({ amount: 500, kpis, people: [] })).toEqual({
      ok: true, people: [], totalScore: 0, weightSum: 1, allocated: 0, unallocated: 500, warnings: ['empty-team'],
    });
  });
  it('pool: all-zero scores pay nobody', () => {
    const r = allocateBonusPool({ amount: 500, kpis: [{ weight: 0, cap: 1 }], people: [{ name: 'A', actuals: [5], targets: [1] }, { name: 'B', actuals: [3], targets: [1] }] });
    expect(r.ok && [r.allocated, r.unallocated, r.warnings]).toEqual([0, 500, ['weights-not-100', 'no-one-eligible']]);
  });
});

describe('adding and removing a KPI keeps every person’s row in step', () => {
  it('adds an on-target measure for every person', () => {
    const next = withKpi(defaultPoolForm);
    expect(next.kpis).toHaveLength(5);
    expect(next.people.map((m) => m.actuals)).toEqual([[110, 95, 85, 80, 100], [95, 90, 80, 100, 100], [85, 80, 95, 90, 100]]);
    expect(poolFormSchema.safeParse({ ...defaultPoolForm, ...next }).success).toBe(true);
    expect(withKpi({ ...defaultPoolForm, ...next }).kpis).toHaveLength(FORM_MAX_KPIS);
  });
  it('removes a KPI from the middle with its column in every row', () => {
    const next = withoutKpi(defaultPoolForm, 1);
    expect(next.kpis.map((k) => k.weight)).toEqual([0.4, 0.2, 0.1]);
    expect(next.people.map((m) => m.actuals)).toEqual([[110, 85, 80], [95, 80, 100], [85, 95, 90]]);
    expect(next.people.every((m) => m.targets.length === 3)).toBe(true);
    expect(poolFormSchema.safeParse({ ...defaultPoolForm, ...next }).success).toBe(true);
  });
  it('keeps the last KPI and ignores an index out of range', () => {
    const one = { ...defaultPoolForm, ...withoutKpi(withoutKpi(withoutKpi(defaultPoolForm, 3), 2), 1) };
    expect(one.kpis).toHaveLength(1);
    expect(withoutKpi(one, 0).kpis).toHaveLength(1);
    expect(withoutKpi(defaultPoolForm, 7).kpis).toBe(defaultPoolForm.kpis);
  });
});

describe('pasting a team (through the shared table parser)', () => {
  it('reads tab-separated rows from a spreadsheet and skips the header', () => {
    const text = 'Name\tSales\tTarget\tGP\tTarget\tGrade\r\nAds\t110\t100\t95\t100\t1.2\r\nContent\t1,234\t1,000\t90\t100\t1\r\n';
    expect(parseTeamPaste(text, 2)).toEqual({
      people: [
        { name: 'Ads', actuals: [110, 95], targets: [100, 100], grade: 1.2 },
        { name: 'Content', actuals: [1234, 90], targets: [1000, 100], grade: 1 },
      ],
      issues: [],
      header: true,
    });
  });
  it('reads CSV with quotes, full-width digits and scorecard points against a target of 100', () => {
    expect(parseTeamPaste('"Li, Wei",１１０,95\nWang,"1,200",80', 2).people).toEqual([
      { name: 'Li, Wei', actuals: [110, 95], targets: [100, 100], grade: 1 },
      { name: 'Wang', actuals: [1200, 80], targets: [100, 100], grade: 1 },
    ]);
    expect(parseTeamPaste('张三;110;95;1,2', 2).people).toEqual([{ name: '张三', actuals: [110, 95], targets: [100, 100], grade: 1.2 }]);
  });
  it('reports rows it cannot use, with line and column, keeping line numbers after a header', () => {
    const r = parseTeamPaste('Name\tSales\tTarget\nA\t1\t1\nB\t1\t2\t3\t4\nC\tx\t1\nD\t1\t0\nE\t1e309\t1', 1);
    expect(r.header).toBe(true);
    expect(r.people.map((p) => p.name)).toEqual(['A']);
    expect(r.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, null, 'columns'],
      [4, 'actual-0', 'invalid'],
      [5, 'target-0', 'range'],
      [6, 'actual-0', 'invalid'],
    ]);
    expect(parseTeamPaste('A\t1\t1\nB\t2\t2\nC\t3\t3', 1, 1).issues.map((i) => [i.line, i.code])).toEqual([[2, 'too-many-rows']]);
  });
  it('survives hostile text', () => {
    expect(parseTeamPaste('', 2).people).toEqual([]);
    expect(parseTeamPaste('=cmd|" /C calc"!A0\t1\t1', 1).people[0]!.name).toBe('=cmd|" /C calc"!A0');
    expect(parseTeamPaste('<script>alert(1)</script>', 1).people).toEqual([]);
    expect(parseTeamPaste('x'.repeat(300_000), 1).issues.map((i) => i.code)).toEqual(['too-long']);
    expect(parseTeamPaste('A\t1\t1', 0).people).toEqual([]);
    expect(parseTeamPaste(`${'N'.repeat(100)}\t1\t1`, 1).people[0]!.name).toHaveLength(40);
    expect(parseTeamPaste('A\t"1\t1', 1).issues.map((i) => i.code)).toEqual(['quote']);
  });
});

/* Schema and share links */

const valid: IncentiveState = { currency: 'CNY', commission: defaultCommissionForm, pool: defaultPoolForm };
const param = (state: unknown) => `?incentive=${encodeState(state)}`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const withCommission = (patch: object) => param({ ...valid, commission: { ...defaultCommissionForm, ...patch } });
const withPool = (patch: object) => param({ ...valid, pool: { ...defaultPoolForm, ...patch } });
const person = defaultPoolForm.people[0]!;
const withPerson = (patch: object) => withPool({ people: [{ ...person, ...patch }] });

describe('incentive share links', () => {
  it('round-trip the whole state', () => {
    expect(decodeState(incentiveStateSchema, param(valid), 'incentive')).toEqual({ status: 'ok', value: valid });
  });
  it('round-trip any valid state (property)', () => {
    const money = fc.integer({ min: 0, max: 100_000_000_000 });
    fc.assert(
      fc.property(tiersArb(false).filter((t) => t.length <= 8 && t.every((x) => x.from <= 100_000_000_000)), money, money, fc.constantFrom('marginal' as const, 'whole' as const),
        fc.array(memberArb(4).map((m) => ({ ...m, name: m.name.slice(0, 40) })), { maxLength: 10 }), (t, sales, amount, method, people) => {
          const state = { ...valid, commission: { ...defaultCommissionForm, tiers: t, sales, method }, pool: { ...defaultPoolForm, amount, people } };
          expect(decodeState(incentiveStateSchema, param(state), 'incentive')).toEqual({ status: 'ok', value: state });
        }),
      RUNS,
    );
  });
  it('carry a full realistic team: 50 people with Chinese names and 7-digit sales fit in a link', () => {
    const people = Array.from({ length: 50 }, (_, i) => ({
      name: `王小明${i}`, actuals: [1_234_567 + i, 98.5, 87, 100], targets: [1_200_000, 100, 100, 100], grade: 1.2,
    }));
    const state = { ...valid, commission: { ...defaultCommissionForm, gate: 0.8, cap: 3_000_000, accelerator: { from: 1.2, multiplier: 1.25 } }, pool: { ...defaultPoolForm, people } };
    expect(decodeState(incentiveStateSchema, param(state), 'incentive')).toEqual({ status: 'ok', value: state });
  });
  it('keep unsorted tiers for the module to explain, rather than dropping the link', () => {
    const decoded = decodeState(incentiveStateSchema, withCommission({ tiers: [tiers[0], tiers[2], tiers[1]] }), 'incentive');
    expect(decoded.status).toBe('ok');
    if (decoded.status === 'ok') expect(tieredCommission(decoded.value.commission).ok).toBe(false);
  });
  it('strip unknown keys', () => {
    const extra = `?incentive=${b64(JSON.stringify({ ...valid, evil: '<script>', commission: { ...defaultCommissionForm, onload: 'x' } }))}`;
    expect(decodeState(incentiveStateSchema, extra, 'incentive')).toEqual({ status: 'ok', value: valid });
  });
});

describe('hostile incentive links are rejected, never thrown', () => {
  const hostile: [string, string][] = [
    ['script tag raw', '?incentive=<script>alert(1)</script>'],
    ['script tag encoded', '?incentive=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['javascript url', '?incentive=javascript:alert(1)'],
    ['empty', '?incentive='],
    ['not base64', '?incentive=!!!!'],
    ['base64 of garbage', `?incentive=${b64('not json')}`],
    ['truncated', param(valid).slice(0, 60)],
    ['truncated by one', param(valid).slice(0, -1)],
    ['invalid utf-8', `?incentive=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`],
    ['json null', `?incentive=${b64('null')}`],
    ['json array', `?incentive=${b64('[]')}`],
    ['empty object', `?incentive=${b64('{}')}`],
    ['__proto__ only', `?incentive=${b64('{"__proto__":{"polluted":true}}')}`],
    ['__proto__ in commission', `?incentive=${b64('{"currency":"CNY","commission":{"__proto__":{"polluted":1}},"pool":{}}')}`],
    ['constructor prototype', `?incentive=${b64('{"constructor":{"prototype":{"polluted":1}}}')}`],
    ['unknown currency', param({ ...valid, currency: 'BTC' })],
    ['currency with markup', param({ ...valid, currency: '<img src=x onerror=alert(1)>' })],
    ['missing pool', param({ currency: 'CNY', commission: defaultCommissionForm })],
    ['missing commission', param({ currency: 'CNY', pool: defaultPoolForm })],
    ['unknown method', withCommission({ method: 'eval' })],
    ['no tiers', withCommission({ tiers: [] })],
    ['too many tiers', withCommission({ tiers: Array.from({ length: 9 }, (_, i) => ({ from: i * 100, rate: 0.01 })) })],
    ['negative rate', withCommission({ tiers: [{ from: 0, rate: -0.03 }] })],
    ['rate above 100 %', withCommission({ tiers: [{ from: 0, rate: 2 }] })],
    ['rate as string', withCommission({ tiers: [{ from: 0, rate: '3%' }] })],
    ['negative threshold', withCommission({ tiers: [{ from: -100, rate: 0.03 }] })],
    ['fractional threshold', withCommission({ tiers: [{ from: 0.5, rate: 0.03 }] })],
    ['tiers not a list', withCommission({ tiers: { from: 0, rate: 0.03 } })],
    ['huge sales', withCommission({ sales: 1e309 })],
    ['sales above the money limit', withCommission({ sales: 100_000_000_001 })],
    ['negative sales', withCommission({ sales: -1 })],
    ['fractional sales', withCommission({ sales: 1.5 })],
    ['sales as string', withCommission({ sales: '250000' })],
    ['null target', withCommission({ target: null })],
    ['gate above 100 %', withCommission({ gate: 1.2 })],
    ['gate as boolean', withCommission({ gate: true })],
    ['negative cap', withCommission({ cap: -1 })],
    ['accelerator below 100 %', withCommission({ accelerator: { from: 0.5, multiplier: 2 } })],
    ['accelerator multiplier 0', withCommission({ accelerator: { from: 1.2, multiplier: 0 } })],
    ['accelerator multiplier huge', withCommission({ accelerator: { from: 1.2, multiplier: 1e6 } })],
    ['negative pool', withPool({ amount: -100 })],
    ['fractional pool', withPool({ amount: 0.01 })],
    ['negative floor', withPool({ floor: -1 })],
    ['no KPIs', withPool({ kpis: [], people: [] })],
    ['too many KPIs', withPool({ kpis: Array(6).fill({ name: '', weight: 0.1, cap: 1 }) })],
    ['KPI weight above 100 %', withPool({ kpis: defaultPoolForm.kpis.map((k) => ({ ...k, weight: 1.5 })) })],
    ['KPI name too long', withPool({ kpis: defaultPoolForm.kpis.map((k) => ({ ...k, name: 'x'.repeat(41) })) })],
    ['KPI name as markup object', withPool({ kpis: defaultPoolForm.kpis.map((k) => ({ ...k, name: { html: '<b>' } })) })],
    ['too many people', withPool({ people: Array(51).fill(person) })],
    ['person name too long', withPerson({ name: 'x'.repeat(41) })],
    ['zero target', withPerson({ targets: [0, 100, 100, 100] })],
    ['negative target', withPerson({ targets: [-100, 100, 100, 100] })],
    ['actuals shorter than KPIs', withPerson({ actuals: [110, 95, 85] })],
    ['targets longer than KPIs', withPerson({ targets: [100, 100, 100, 100, 100] })],
    ['actual as string', withPerson({ actuals: ['110', 95, 85, 80] })],
    ['grade above 10', withPerson({ grade: 11 })],
    ['negative grade', withPerson({ grade: -1 })],
    ['NaN literal', `?incentive=${b64(JSON.stringify(valid).replace('"sales":25000000', '"sales":NaN'))}`],
    ['Infinity literal', `?incentive=${b64(JSON.stringify(valid).replace('"amount":2000000', '"amount":Infinity'))}`],
    ['nested depth bomb', `?incentive=${b64('['.repeat(5000) + ']'.repeat(5000))}`],
    ['too long', `?incentive=${'A'.repeat(9000)}`],
    ['percent-encoding garbage', '?incentive=%E0%A4%A'],
    ['plus and slash base64', '?incentive=ab+/cd=='],
    ['unicode lookalike currency', `?incentive=${b64(JSON.stringify(valid).replace('"CNY"', '"ＣＮＹ"'))}`],
    ['array as state', `?incentive=${b64(JSON.stringify([valid]))}`],
  ];
  for (const [name, search] of hostile) {
    it(`rejects ${name}`, () => {
      let decoded: unknown;
      expect(() => (decoded = decodeState(incentiveStateSchema, search, 'incentive'))).not.toThrow();
      expect(decoded).toEqual({ status: 'rejected' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('has at least 50 hostile cases', () => expect(hostile.length).toBeGreaterThanOrEqual(50));
});

describe('stored incentive state', () => {
  it('falls back to the defaults for corrupted or foreign data', () => {
    for (const raw of [undefined, '', 'not json', '{}', '[]', '{"method":"x"}', JSON.stringify({ ...defaultCommissionForm, sales: -1 })]) {
      expect(decodeJson(commissionFormSchema, raw, defaultCommissionForm)).toBe(defaultCommissionForm);
    }
    for (const raw of ['null', JSON.stringify({ ...defaultPoolForm, kpis: [] }), JSON.stringify({ ...defaultPoolForm, people: [{ ...person, actuals: [] }] })]) {
      expect(decodeJson(poolFormSchema, raw, defaultPoolForm)).toBe(defaultPoolForm);
    }
    expect(decodeJson(poolFormSchema, JSON.stringify(defaultPoolForm), defaultPoolForm)).toEqual(defaultPoolForm);
  });
  it('the defaults are the section 7.3 example', () => {
    expect(pay(defaultCommissionForm).payout).toBe(yuan(12_000));
    const split = allocateBonusPool(defaultPoolForm);
    expect(split.ok && split.people.map((p) => p.payout)).toEqual([710_382, 663_024, 626_594]);
  });
});

/* Team commission: the one-person plan paid to each person of a team */

describe('teamCommission: worked examples', () => {
  const marginal: CommissionPlan = { tiers, method: 'marginal' };
  it('pays section 7.3 marginal tiers per person: ¥150,000 → ¥5,500, ¥250,000 → ¥12,000; ¥17,500 on ¥400,000 is 4.375 %', () => {
    const r = teamCommission(marginal, [{ name: 'Li', sales: yuan(150_000) }, { name: 'Wang', sales: yuan(250_000) }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.people.map((p) => p.payout)).toEqual([yuan(5_500), yuan(12_000)]);
    expect(r.people.map((p) => p.name)).toEqual(['Li', 'Wang']);
    expect(r.people[0]!.effectiveRate).toBeCloseTo(5_500 / 150_000, 12);
    expect(r.people[1]!.effectiveRate).toBeCloseTo(0.048, 12);
    expect(r.totalSales).toBe(yuan(400_000));
    expect(r.totalPayout).toBe(yuan(17_500));
    expect(r.costRate).toBeCloseTo(0.04375, 12);
  });
  it('applies the whole plan to every person: method, gate, cap and accelerator', () => {
    const whole = teamCommission({ tiers, method: 'whole' }, [{ name: '', sales: yuan(150_000) }, { name: '', sales: yuan(250_000) }]);
    expect(whole.ok && whole.people.map((p) => p.payout)).toEqual([yuan(7_500), yuan(20_000)]);
    // Gate 80 % of ¥200,000: ¥150,000 is below ¥160,000 and earns nothing; a cap of ¥10,000 holds ¥12,000 down.
    const gated = teamCommission({ tiers, method: 'marginal', target: yuan(200_000), gate: 0.8, cap: yuan(10_000) }, [
      { name: 'A', sales: yuan(150_000) },
      { name: 'B', sales: yuan(250_000) },
    ]);
    expect(gated.ok && gated.people.map((p) => [p.payout, p.gated, p.capped])).toEqual([[0, true, false], [yuan(10_000), false, true]]);
    expect(gated.ok && gated.totalPayout).toBe(yuan(10_000));
    // Accelerator ×1.25 above 120 % of target: ¥12,200 at ¥250,000, as tieredCommission says.
    const acc = teamCommission({ tiers, method: 'marginal', target: yuan(200_000), accelerator: { from: 1.2, multiplier: 1.25 } }, [{ name: 'A', sales: yuan(250_000) }]);
    expect(acc.ok && acc.people[0]!.payout).toBe(yuan(12_200));
  });
  it('gives no rate for zero sales and an empty team totals zero', () => {
    const r = teamCommission(marginal, [{ name: 'A', sales: 0 }]);
    expect(r.ok && [r.people[0]!.effectiveRate, r.totalPayout, r.costRate]).toEqual([null, 0, null]);
    const empty = teamCommission(marginal, []);
    expect(empty).toEqual({ ok: true, people: [], totalSales: 0, totalPayout: 0, costRate: null });
  });
  it('names the refused field: the plan’s, or a person’s sales', () => {
    const bad = teamCommission(marginal, [{ name: 'A', sales: 1 }, { name: 'B', sales: -5 }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.field).toBe('people.1.sales');
      expect(bad.errors).toEqual([{ code: 'bad-person-sales', index: 1 }]);
    }
    const badPlan = teamCommission({ tiers: [{ from: 5, rate: 0.1 }], method: 'marginal' }, [{ name: 'A', sales: 1 }]);
    expect(!badPlan.ok && badPlan.field).toBe('tiers.0.from');
    const crowd = teamCommission(marginal, Array.from({ length: 201 }, () => ({ name: '', sales: 1 })));
    expect(!crowd.ok && crowd.field).toBe('people');
    expect(teamCommission(marginal, 'x' as never).ok).toBe(false);
  });
  it('totals are the sums of the per-person payouts and match tieredCommission (property)', () => {
    fc.assert(
      fc.property(planArb, fc.array(salesArb, { maxLength: 8 }), (plan, sales) => {
        const r = teamCommission(plan, sales.map((s, i) => ({ name: `P${i}`, sales: s })));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        r.people.forEach((p, i) => {
          const one = tieredCommission({ ...plan, sales: sales[i]! });
          expect(one.ok && one.payout).toBe(p.payout);
        });
        expect(r.totalPayout).toBe(r.people.reduce((a, p) => a + p.payout, 0));
        expect(r.totalSales).toBe(sales.reduce((a, s) => a + s, 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('pasting sales per person', () => {
  it('reads two columns, tab or comma separated, with or without a header, in Chinese number formats', () => {
    expect(parseSalesPaste('Name\tSales\nLi\t150000\nWang\t¥250,000\n', 'CNY')).toEqual({
      people: [{ name: 'Li', sales: yuan(150_000) }, { name: 'Wang', sales: yuan(250_000) }],
      issues: [],
      header: true,
    });
    expect(parseSalesPaste('张三\t12,345.60\n李四\t¥12,345\n王五\t８００００元', 'CNY').people).toEqual([
      { name: '张三', sales: 1_234_560 },
      { name: '李四', sales: 1_234_500 },
      { name: '王五', sales: yuan(80_000) },
    ]);
    // Comma-separated with unquoted thousands separators: the groups after the name are one amount.
    expect(parseSalesPaste('姓名,销售额\n张三,12,345.60\n"Li, Wei","1,000"', 'CNY')).toEqual({
      people: [{ name: '张三', sales: 1_234_560 }, { name: 'Li, Wei', sales: yuan(1_000) }],
      issues: [],
      header: true,
    });
  });
  it('keeps good rows and reports bad ones by line and column', () => {
    const r = parseSalesPaste('Name\tSales\nA\t100\nB\tabc\nC\t-5\nD\nE\t1\t2\nF\t200', 'CNY');
    expect(r.people.map((p) => [p.name, p.sales])).toEqual([['A', yuan(100)], ['F', yuan(200)]]);
    expect(r.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, 'sales', 'invalid'],
      [4, 'sales', 'range'],
      [5, null, 'columns'],
      [6, null, 'columns'],
    ]);
    expect(parseSalesPaste('A\t1\nB\t2\nC\t3', 'CNY', 2).issues.map((i) => [i.line, i.code])).toEqual([[3, 'too-many-rows']]);
  });
  it('survives hostile text', () => {
    expect(parseSalesPaste('', 'CNY')).toEqual({ people: [], issues: [], header: false });
    expect(parseSalesPaste(42 as never, 'CNY').people).toEqual([]);
    expect(parseSalesPaste('x'.repeat(300_000), 'CNY').issues.map((i) => i.code)).toEqual(['too-long']);
    expect(parseSalesPaste('A\t1e309', 'CNY').issues.map((i) => i.code)).toEqual(['invalid']);
    expect(parseSalesPaste('A\t20000000000', 'CNY').issues.map((i) => i.code)).toEqual(['range']);
    expect(parseSalesPaste(`${'N'.repeat(100)}\t1`, 'CNY').people[0]!.name).toHaveLength(40);
    expect(parseSalesPaste('=cmd|" /C calc"!A0\t1', 'CNY').people[0]!.name).toBe('=cmd|" /C calc"!A0');
    expect(parseSalesPaste('A\t"1', 'CNY').issues.map((i) => i.code)).toEqual(['quote']);
    expect(parseSalesPaste('A\t0.005', 'CNY').people[0]!.sales).toBe(1);
  });
});

describe('the team in the stored commission form', () => {
  it('an old stored form without people loads, with the example team', () => {
    const { people: _omit, ...old } = defaultCommissionForm;
    const decoded = decodeJson(commissionFormSchema, JSON.stringify({ ...old, sales: yuan(150_000) }), defaultCommissionForm);
    expect(decoded.sales).toBe(yuan(150_000));
    expect(decoded.people).toEqual(defaultCommissionForm.people);
    const link = decodeState(incentiveStateSchema, param({ ...valid, commission: old }), 'incentive');
    expect(link.status === 'ok' && link.value.commission.people).toEqual(defaultCommissionForm.people);
  });
  it('the example team is three people paid by the section 7.3 plan', () => {
    expect(defaultCommissionForm.people).toHaveLength(3);
    const r = teamCommission(defaultCommissionForm, defaultCommissionForm.people);
    expect(r.ok && r.people.map((p) => p.payout)).toEqual([yuan(5_500), yuan(12_000), yuan(2_400)]);
  });
  it('refuses a stored team with bad sales or too many people', () => {
    for (const people of [[{ name: 'A', sales: -1 }], [{ name: 'A', sales: 1.5 }], [{ name: 'A' }], Array.from({ length: 51 }, () => ({ name: '', sales: 1 }))]) {
      expect(decodeJson(commissionFormSchema, JSON.stringify({ ...defaultCommissionForm, people }), defaultCommissionForm)).toBe(defaultCommissionForm);
    }
  });
  it('the CSV has the team: name, sales, payout, effective rate, and the totals', () => {
    const commission = { ...defaultCommissionForm, people: [{ name: 'Li', sales: yuan(150_000) }, { name: '=Wang', sales: yuan(250_000) }] };
    const csv = incentiveCsv(
      { currency: 'CNY', commission, scenario: commissionScenario(commission), team: teamCommission(commission, commission.people), pool: defaultPoolForm, split: allocateBonusPool(defaultPoolForm) },
      { t: (k) => k, pct: String, tierName: (i) => `T${i + 1}`, kpiName: (k) => `K${k + 1}`, personName: (i) => `P${i + 1}` },
    );
    expect(csv).toContain('incentive.commissionTeam.name,incentive.commissionTeam.sales,incentive.commissionTeam.payout,incentive.commissionTeam.rate\r\n');
    expect(csv).toContain('Li,150000,5500,3.67%\r\n');
    expect(csv).toContain(`"'=Wang",250000,12000,4.80%\r\n`);
    expect(csv).toContain('incentive.commissionTeam.total,400000,17500,4.38%\r\n');
  });
});
