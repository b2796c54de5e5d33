import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breakEvenUplift,
  effectiveDiscount,
  isItemMechanism,
  mechanismKinds,
  profitCurve,
  promotionResult,
  storeEffectiveRate,
  type Basket,
  type Mechanism,
  type PromotionInput,
} from '../../src/lib/calc/promotion';
import {
  clampOffer,
  defaultOffer,
  defaultPromotionState,
  mechanismOf,
  promotionInput,
  promotionStateSchema,
  type PromotionState,
} from '../../src/lib/calc/promotion/schema';
import { promotionSteps } from '../../src/lib/calc/promotion/math';
import { promotionCsv } from '../../src/lib/calc/promotion/report';
import { decodeState, encodeState } from '../../src/lib/share-state';
import { decodeJson } from '../../src/lib/codec';
import { formatNumber, formatPercent } from '../../src/lib/money';
import { promotionStrings } from '../../src/i18n/ui/promotion';

const RUNS = { numRuns: 1000 };
const one = (value: number, items = 1): Basket => ({ value, items });
/** The rate of an order, failing the test on a validation error. */
function rateOf(m: Mechanism, basket: Basket): number {
  const r = effectiveDiscount(m, basket);
  if (!r.ok) throw new Error(`unexpected error on ${r.field}`);
  return r.rate;
}

/** A product with a 40 % margin and no fees: the textbook case. */
const simple: PromotionInput = {
  currency: 'CNY',
  price: 10000,
  unitCost: 6000,
  fixedFees: 0,
  fees: [],
  vatRate: 0,
  pricesIncludeVat: true,
  baselineUnits: 100,
  mechanism: { kind: 'percent', rate: 0.2 },
  baskets: [{ value: 10000, items: 1, share: 1 }],
  uplift: 1,
  pulledForward: 0,
  cannibalisedUnits: 0,
  cannibalisedMargin: 0,
  adSpend: 0,
  creativeCost: 0,
  giftCost: 0,
};

describe('breakEvenUplift: worked examples from the issue', () => {
  it('margin 40 %, discount 20 % needs +100 %', () => {
    expect(breakEvenUplift({ discountRate: 0.2, margin: 0.4 })).toEqual({ ok: true, uplift: 1 });
  });
  it('margin 50 %, discount 15 % needs +42.86 %', () => {
    const r = breakEvenUplift({ discountRate: 0.15, margin: 0.5 });
    expect(r.ok && formatPercent(r.uplift, 'en-GB', 2)).toBe('42.86%');
  });
  it('takes percentage fees into account: the discount also cuts the fees', () => {
    // 30 % margin after 7.9 % of fees, 15 % off: the discount costs 15 % × 92.1 % = 13.815 points.
    const r = breakEvenUplift({ discountRate: 0.15, margin: 0.3, feeShare: 0.079 });
    expect(r.ok && r.uplift).toBeCloseTo(0.13815 / (0.3 - 0.13815), 12);
    const noFees = breakEvenUplift({ discountRate: 0.15, margin: 0.3 });
    expect(r.ok && noFees.ok && r.uplift < noFees.uplift).toBe(true);
  });
  it('says no uplift can pay when the discount reaches the margin, instead of dividing', () => {
    expect(breakEvenUplift({ discountRate: 0.3, margin: 0.3 })).toEqual({ ok: false, reason: 'discount-reaches-margin', marginAfter: 0 });
    const r = breakEvenUplift({ discountRate: 0.5, margin: 0.2 });
    expect(r).toMatchObject({ ok: false, reason: 'discount-reaches-margin' });
    expect(r.ok === false && r.reason === 'discount-reaches-margin' && r.marginAfter).toBeCloseTo(-0.3, 12);
  });
  it('needs no uplift without a discount and refuses nonsense', () => {
    expect(breakEvenUplift({ discountRate: 0, margin: 0.3 })).toEqual({ ok: true, uplift: 0 });
    expect(breakEvenUplift({ discountRate: Number.NaN, margin: 0.3 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(breakEvenUplift({ discountRate: 0.1, margin: Infinity })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(breakEvenUplift({ discountRate: 1.2, margin: 0.3 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(breakEvenUplift({ discountRate: 0.1, margin: 0.3, feeShare: -1 })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('effectiveDiscount: worked examples from the issue', () => {
  it('每满300减50 on a 599 basket is 8.35 %', () => {
    const r = effectiveDiscount({ kind: 'perMultiple', threshold: 30000, off: 5000, cap: 0 }, one(59900));
    expect(r).toMatchObject({ ok: true, discount: 5000, paid: 54900, applied: 1 });
    expect(formatPercent(rateOf({ kind: 'perMultiple', threshold: 30000, off: 5000, cap: 0 }, one(59900)), 'en-GB', 2)).toBe('8.35%');
  });
  it('BOGO free is 50 %, buy 2 get 1 is 33.3 %, BOGO half off is 25 %', () => {
    expect(rateOf({ kind: 'buyNGetM', buy: 1, free: 1 }, one(20000, 2))).toBe(0.5);
    expect(formatPercent(rateOf({ kind: 'buyNGetM', buy: 2, free: 1 }, one(30000, 3)), 'en-GB', 1)).toBe('33.3%');
    expect(rateOf({ kind: 'nthItem', nth: 2, rate: 0.5 }, one(20000, 2))).toBe(0.25);
  });
  it('a deposit of 100 counting as 150 on 1 000 is 5 %', () => {
    expect(effectiveDiscount({ kind: 'deposit', deposit: 10000, multiplier: 1.5 }, one(100000))).toMatchObject({ ok: true, discount: 5000, rate: 0.05 });
  });
  it('stacked percentages multiply: 20 % then 10 % is 28 %, not 30 %', () => {
    const r = effectiveDiscount({ kind: 'stacked', coupons: [{ type: 'percent', rate: 0.2 }, { type: 'percent', rate: 0.1 }] }, one(10000));
    expect(r).toMatchObject({ ok: true, discount: 2800, rate: 0.28, applied: 2, trail: [8000, 7200] });
  });
  it('a fixed coupon after a percentage is checked against the discounted price, so the order matters', () => {
    const pctFirst: Mechanism = { kind: 'stacked', coupons: [{ type: 'percent', rate: 0.1 }, { type: 'fixed', off: 2000, minSpend: 20000 }] };
    const fixedFirst: Mechanism = { kind: 'stacked', coupons: [{ type: 'fixed', off: 2000, minSpend: 20000 }, { type: 'percent', rate: 0.1 }] };
    // ¥200 order: 10 % off leaves ¥180, below the ¥200 minimum, so the ¥20 coupon no longer applies.
    expect(effectiveDiscount(pctFirst, one(20000))).toMatchObject({ discount: 2000, trail: [18000, 18000], applied: 1 });
    // ¥200 − ¥20 = ¥180, then 10 % off: ¥162.
    expect(effectiveDiscount(fixedFirst, one(20000))).toMatchObject({ discount: 3800, trail: [18000, 16200], applied: 2 });
    // ¥300: 10 % off → ¥270, then ¥20 off → ¥250.
    expect(effectiveDiscount(pctFirst, one(30000))).toMatchObject({ discount: 5000, trail: [27000, 25000] });
  });
  it('percentage off, 8.5折, is 15 % on any order', () => {
    expect(rateOf({ kind: 'percent', rate: 0.15 }, one(59900))).toBeCloseTo(0.15, 4);
    expect(effectiveDiscount({ kind: 'percent', rate: 0.15 }, one(16200))).toMatchObject({ discount: 2430, rate: 0.15 });
  });
  it('满300减50 gives nothing at 299.99, 50 at 300, and still 50 at 600', () => {
    const m: Mechanism = { kind: 'threshold', threshold: 30000, off: 5000 };
    expect(effectiveDiscount(m, one(29999))).toMatchObject({ discount: 0, rate: 0, applied: 0 });
    expect(effectiveDiscount(m, one(30000))).toMatchObject({ discount: 5000, applied: 1 });
    expect(effectiveDiscount(m, one(60000))).toMatchObject({ discount: 5000, applied: 1 });
  });
  it('每满减 repeats per multiple and respects its cap', () => {
    const m: Mechanism = { kind: 'perMultiple', threshold: 30000, off: 5000, cap: 0 };
    expect(effectiveDiscount(m, one(90000))).toMatchObject({ discount: 15000, applied: 3 });
    expect(effectiveDiscount({ ...m, cap: 12000 }, one(90000))).toMatchObject({ discount: 12000 });
  });
  it('tiered thresholds give the best tier reached, in any listed order', () => {
    const m: Mechanism = { kind: 'tiered', tiers: [{ threshold: 40000, off: 5000 }, { threshold: 20000, off: 2000 }] };
    expect(effectiveDiscount(m, one(19999)).ok && rateOf(m, one(19999))).toBe(0);
    expect(effectiveDiscount(m, one(25000))).toMatchObject({ discount: 2000, applied: 2 });
    expect(effectiveDiscount(m, one(45000))).toMatchObject({ discount: 5000, applied: 1 });
  });
  it('buy N get M hands over the free items a customer has already picked', () => {
    const m: Mechanism = { kind: 'buyNGetM', buy: 2, free: 2 };
    expect(effectiveDiscount(m, one(30000, 3))).toMatchObject({ applied: 1, discount: 10000 });
    expect(effectiveDiscount(m, one(40000, 4))).toMatchObject({ applied: 2, discount: 20000 });
    expect(effectiveDiscount(m, one(10000, 1))).toMatchObject({ applied: 0, discount: 0 });
  });
  it('a flash-sale price of 69 on two items at 100 is 31 % off; a higher one gives nothing', () => {
    expect(effectiveDiscount({ kind: 'flashSale', flashPrice: 6900 }, one(20000, 2))).toMatchObject({ discount: 6200, rate: 0.31 });
    expect(effectiveDiscount({ kind: 'flashSale', flashPrice: 12000 }, one(10000, 1))).toMatchObject({ discount: 0 });
  });
  it('a deposit cannot inflate beyond the balance', () => {
    // ¥100 deposit counting ×20 on a ¥1 000 item: the balance is ¥900, so at most ¥900 off.
    expect(effectiveDiscount({ kind: 'deposit', deposit: 10000, multiplier: 20 }, one(100000))).toMatchObject({ discount: 90000, paid: 10000 });
    expect(effectiveDiscount({ kind: 'deposit', deposit: 200000, multiplier: 2 }, one(100000))).toMatchObject({ discount: 0 });
  });
  it('an empty order gets nothing and no division', () => {
    for (const kind of mechanismKinds) {
      const m = mechanismOf({ ...defaultOffer, kind });
      expect(effectiveDiscount(m, one(0, 0)), kind).toMatchObject({ ok: true, discount: 0, rate: 0 });
    }
  });
  it('refuses invalid mechanisms and baskets with the field named', () => {
    expect(effectiveDiscount({ kind: 'threshold', threshold: 10000, off: 20000 }, one(30000))).toEqual({ ok: false, reason: 'invalid', field: 'off', problem: 'out-of-range' });
    expect(effectiveDiscount({ kind: 'percent', rate: 1.5 }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'rate' });
    expect(effectiveDiscount({ kind: 'perMultiple', threshold: 0, off: 0, cap: 0 }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'threshold' });
    expect(effectiveDiscount({ kind: 'tiered', tiers: [] }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'tiers' });
    expect(effectiveDiscount({ kind: 'stacked', coupons: [] }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'coupons' });
    expect(effectiveDiscount({ kind: 'buyNGetM', buy: 0, free: 1 }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'buy' });
    expect(effectiveDiscount({ kind: 'nthItem', nth: 1, rate: 0.5 }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'nth' });
    expect(effectiveDiscount({ kind: 'deposit', deposit: 100, multiplier: 0.5 }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'multiplier' });
    expect(effectiveDiscount({ kind: 'flashSale', flashPrice: -1 }, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'flashPrice' });
    expect(effectiveDiscount({ kind: 'percent', rate: 0.1 }, one(1.5))).toMatchObject({ ok: false, reason: 'invalid', field: 'value' });
    expect(effectiveDiscount({ kind: 'percent', rate: 0.1 }, one(100, -1))).toMatchObject({ ok: false, reason: 'invalid', field: 'items' });
    expect(effectiveDiscount({ kind: 'bogus' } as unknown as Mechanism, one(100))).toMatchObject({ ok: false, reason: 'invalid', field: 'kind' });
    expect(effectiveDiscount(null as unknown as Mechanism, one(100))).toMatchObject({ ok: false });
  });
  it('knows which mechanisms are priced per item', () => {
    expect(mechanismKinds.filter((kind) => isItemMechanism({ kind }))).toEqual(['buyNGetM', 'nthItem', 'flashSale', 'deposit']);
  });
});

describe('storeEffectiveRate', () => {
  it('spreads a threshold offer over the orders that do not reach it', () => {
    const r = storeEffectiveRate({ kind: 'threshold', threshold: 30000, off: 5000 }, [
      { value: 20000, items: 1, share: 0.5 },
      { value: 30000, items: 1, share: 0.5 },
    ]);
    expect(r).toMatchObject({ ok: true, rate: 0.1, qualifyingShare: 0.5, averageValue: 25000, averageDiscount: 2500 });
  });
  it('scales shares that do not add up to 100 %', () => {
    const a = storeEffectiveRate({ kind: 'threshold', threshold: 30000, off: 5000 }, [{ value: 20000, items: 1, share: 1 }, { value: 30000, items: 1, share: 1 }]);
    expect(a.ok && a.rate).toBe(0.1);
  });
  it('refuses an empty list and all-zero shares', () => {
    expect(storeEffectiveRate({ kind: 'percent', rate: 0.1 }, [])).toMatchObject({ ok: false, reason: 'invalid', field: 'baskets' });
    expect(storeEffectiveRate({ kind: 'percent', rate: 0.1 }, [{ value: 100, items: 1, share: 0 }])).toMatchObject({ ok: false, reason: 'invalid', field: 'share' });
  });
  it('gives the section 3.2 example 8.57 % for 满300减50 and 15 % for 8.5折', () => {
    const s = defaultPromotionState;
    const a = storeEffectiveRate(mechanismOf(s.a.offer), s.baskets);
    const b = storeEffectiveRate(mechanismOf(s.b.offer), s.baskets);
    expect(a.ok && formatPercent(a.rate, 'en-GB', 2)).toBe('8.57%');
    expect(a.ok && a.qualifyingShare).toBeCloseTo(0.5, 12);
    expect(b.ok && b.rate).toBe(0.15);
  });
});

describe('promotionResult', () => {
  it('breaks even exactly at the textbook uplift: 40 % margin, 20 % off, +100 %', () => {
    const r = promotionResult(simple);
    expect(r).toMatchObject({ ok: true, incrementalProfit: 0, verdict: 'even', breakEven: 1, simpleBreakEven: { ok: true, uplift: 1 } });
  });
  it('adds up: revenue, contribution, costs, ROI and ROAS', () => {
    const r = promotionResult({ ...simple, uplift: 1.5, pulledForward: 0.2, cannibalisedUnits: 10, cannibalisedMargin: 500, adSpend: 20000, creativeCost: 5000, giftCost: 1000 });
    if (!r.ok) throw new Error('expected a result');
    // 250 units at 80, 100 baseline at 100, 150 extra of which 30 pulled forward.
    expect([r.promoUnits, r.extraUnits, r.pulledForwardUnits]).toEqual([250, 150, 30]);
    expect([r.promoRevenue, r.baselineRevenue, r.pulledForwardRevenue, r.incrementalRevenue]).toEqual([2_000_000, 1_000_000, 300_000, 700_000]);
    // Contribution per unit 40 at full price, 20 after 20 % off.
    expect([r.promoContribution, r.baselineContribution, r.pulledForwardContribution, r.cannibalisedContribution, r.fixedCosts]).toEqual([500_000, 400_000, 120_000, 5_000, 26_000]);
    expect(r.incrementalProfit).toBe(500_000 - 400_000 - 120_000 - 5_000 - 26_000);
    expect(r.discountCost).toBe(500_000);
    expect(r.subsidy).toBe(200_000);
    expect(r.promotionCost).toBe(526_000);
    expect(r.roi).toBeCloseTo(-51_000 / 526_000, 12);
    expect(r.roas).toBe(100);
    expect(r.verdict).toBe('loss');
    // Incremental profit = u × 100 × (20 − 0.2 × 40) − (100 × 20 + 50 + 260) in yuan, zero at u = 2310 / 1200.
    expect(r.breakEven).toBeCloseTo(231_000 / 120_000, 12);
  });
  it('reports ROI and ROAS as missing rather than dividing by zero', () => {
    const r = promotionResult({ ...simple, mechanism: { kind: 'percent', rate: 0 } });
    expect(r).toMatchObject({ ok: true, roi: null, roas: null, promotionCost: 0 });
  });
  it('says no uplift can pay when the discount eats the contribution', () => {
    const r = promotionResult({ ...simple, unitCost: 9000, mechanism: { kind: 'percent', rate: 0.2 } });
    expect(r).toMatchObject({ ok: true, verdict: 'never', breakEven: null, simpleBreakEven: { ok: false, reason: 'discount-reaches-margin' } });
  });
  it('calls a loss curable when extra units still earn something', () => {
    const r = promotionResult({ ...simple, uplift: 0.5 });
    expect(r).toMatchObject({ ok: true, verdict: 'loss', breakEven: 1 });
  });
  it('counts VAT and fees on their own bases', () => {
    const r = promotionResult({ ...simple, vatRate: 0.13, price: 11300, fees: [{ label: 'commission', rate: 0.05, base: 'gross' }] });
    if (!r.ok) throw new Error('expected a result');
    expect(r.unit.netPrice).toBeCloseTo(10000, 9);
    expect(r.unit.feeShare).toBeCloseTo(0.0565, 12);
    expect(r.unit.contribution).toBe(10000 - 565 - 6000);
  });
  it('prices item offers on this product whatever the band value says', () => {
    const r = promotionResult({ ...simple, mechanism: { kind: 'buyNGetM', buy: 1, free: 1 }, baskets: [{ value: 1, items: 2, share: 1 }] });
    expect(r.ok && r.discountRate).toBe(0.5);
    expect(r.ok && r.store.bands[0]!.value).toBe(20000);
  });
  it('gives the section 3.2 example its verdicts: 满300减50 earns money at +80 %, 8.5折 loses', () => {
    const a = promotionResult(promotionInput(defaultPromotionState, 'a'));
    const b = promotionResult(promotionInput(defaultPromotionState, 'b'));
    expect(a).toMatchObject({ ok: true, verdict: 'profit' });
    expect(b).toMatchObject({ ok: true, verdict: 'loss' });
    expect(a.ok && b.ok && a.incrementalProfit > b.incrementalProfit).toBe(true);
  });
  it('refuses invalid inputs with the field named', () => {
    expect(promotionResult({ ...simple, price: 0 })).toEqual({ ok: false, reason: 'invalid', field: 'price', problem: 'out-of-range' });
    expect(promotionResult({ ...simple, uplift: Number.NaN })).toMatchObject({ ok: false, reason: 'invalid', field: 'uplift' });
    expect(promotionResult({ ...simple, baselineUnits: 0 })).toMatchObject({ ok: false, reason: 'invalid', field: 'baselineUnits' });
    expect(promotionResult({ ...simple, pulledForward: 2 })).toMatchObject({ ok: false, reason: 'invalid', field: 'pulledForward' });
    expect(promotionResult({ ...simple, fees: [{ label: 'x', rate: 0.1, base: 'tax' as 'net' }] })).toMatchObject({ ok: false, reason: 'invalid', field: 'fees' });
    expect(promotionResult({ ...simple, baskets: [] })).toMatchObject({ ok: false, reason: 'invalid', field: 'baskets' });
    expect(promotionResult(undefined as unknown as PromotionInput)).toMatchObject({ ok: false });
  });
  it('draws a straight profit line that crosses zero at the break-even uplift', () => {
    const input = { ...simple, pulledForward: 0.1, adSpend: 30000 };
    const curve = profitCurve(input, 0, 3, 6);
    expect(curve.ok && curve.points.map((p) => p.uplift)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    const r = promotionResult(input);
    if (!r.ok || r.breakEven === null) throw new Error('expected a break-even');
    const at = promotionResult({ ...input, uplift: r.breakEven });
    expect(at.ok && Math.abs(at.incrementalProfit)).toBeLessThanOrEqual(3);
    expect(profitCurve({ ...input, price: -1 }, 0, 1)).toEqual({ ok: false, reason: 'invalid', field: 'price', problem: 'negative' });
  });
});

const money = (max = 10_000_000) => fc.integer({ min: 0, max });
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const arbMechanism: fc.Arbitrary<Mechanism> = fc.oneof(
  fc.record({ kind: fc.constant('percent' as const), rate }),
  fc.integer({ min: 1, max: 10_000_000 }).chain((threshold) =>
    fc.record({ kind: fc.constant('threshold' as const), threshold: fc.constant(threshold), off: fc.integer({ min: 0, max: threshold }) })),
  fc.integer({ min: 1, max: 10_000_000 }).chain((threshold) =>
    fc.record({ kind: fc.constant('perMultiple' as const), threshold: fc.constant(threshold), off: fc.integer({ min: 0, max: threshold }), cap: money() })),
  fc.record({
    kind: fc.constant('tiered' as const),
    tiers: fc.array(fc.integer({ min: 1, max: 10_000_000 }).chain((t) => fc.record({ threshold: fc.constant(t), off: fc.integer({ min: 0, max: t }) })), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('stacked' as const),
    coupons: fc.array(
      fc.oneof(fc.record({ type: fc.constant('percent' as const), rate }), fc.record({ type: fc.constant('fixed' as const), off: money(), minSpend: money() })),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({ kind: fc.constant('buyNGetM' as const), buy: fc.integer({ min: 1, max: 99 }), free: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant('nthItem' as const), nth: fc.integer({ min: 2, max: 99 }), rate }),
  fc.record({ kind: fc.constant('flashSale' as const), flashPrice: money() }),
  fc.record({ kind: fc.constant('deposit' as const), deposit: money(), multiplier: fc.double({ min: 1, max: 20, noNaN: true }) }),
);
const arbBasket = fc.record({ value: money(100_000_000_000), items: fc.integer({ min: 0, max: 10_000 }) });
const arbInput: fc.Arbitrary<PromotionInput> = fc.record({
  currency: fc.constantFrom('CNY' as const, 'USD' as const, 'EUR' as const, 'GBP' as const),
  price: fc.integer({ min: 1, max: 100_000_000_000 }),
  unitCost: money(100_000_000_000),
  fixedFees: money(),
  fees: fc.array(fc.record({ label: fc.constant('fee'), rate, base: fc.constantFrom('gross' as const, 'net' as const) }), { maxLength: 3 }),
  vatRate: rate,
  pricesIncludeVat: fc.boolean(),
  baselineUnits: fc.integer({ min: 1, max: 1_000_000_000 }),
  mechanism: arbMechanism,
  baskets: fc.array(fc.record({ value: money(100_000_000_000), items: fc.integer({ min: 0, max: 10_000 }), share: rate }), { minLength: 1, maxLength: 6 }),
  uplift: fc.double({ min: 0, max: 100, noNaN: true }),
  pulledForward: rate,
  cannibalisedUnits: fc.integer({ min: 0, max: 1_000_000_000 }),
  cannibalisedMargin: money(100_000_000_000),
  adSpend: money(100_000_000_000),
  creativeCost: money(),
  giftCost: money(),
});

/** Every number in a value tree, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

describe('properties', () => {
  it('a deeper discount never lowers the break-even uplift', () => {
    fc.assert(
      fc.property(rate, rate, fc.double({ min: -2, max: 1, noNaN: true }), rate, (x, y, margin, feeShare) => {
        const [shallow, deep] = x <= y ? [x, y] : [y, x];
        const a = breakEvenUplift({ discountRate: shallow, margin, feeShare });
        const b = breakEvenUplift({ discountRate: deep, margin, feeShare });
        if (b.ok) {
          expect(a.ok).toBe(true);
          if (a.ok) expect(a.uplift).toBeLessThanOrEqual(b.uplift);
        }
      }),
      RUNS,
    );
  });

  it('a deeper percentage never lowers the break-even uplift of a whole promotion', () => {
    fc.assert(
      fc.property(arbInput, rate, rate, (input, x, y) => {
        const [shallow, deep] = x <= y ? [x, y] : [y, x];
        const a = promotionResult({ ...input, mechanism: { kind: 'percent', rate: shallow } });
        const b = promotionResult({ ...input, mechanism: { kind: 'percent', rate: deep } });
        if (!a.ok || !b.ok) return;
        if (b.simpleBreakEven.ok) {
          expect(a.simpleBreakEven.ok).toBe(true);
          if (a.simpleBreakEven.ok) expect(a.simpleBreakEven.uplift).toBeLessThanOrEqual(b.simpleBreakEven.uplift * (1 + 1e-9) + 1e-12);
        }
        if (b.breakEven !== null && a.breakEven !== null) expect(a.breakEven).toBeLessThanOrEqual(b.breakEven * (1 + 1e-9) + 1e-9);
      }),
      RUNS,
    );
  });

  it('a threshold offer gives 0 below its threshold and never more than Y/X at a multiple of X', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }).chain((x) => fc.tuple(fc.constant(x), fc.integer({ min: 0, max: x }), fc.integer({ min: 0, max: x - 1 }), fc.integer({ min: 1, max: 100 }))),
        fc.integer({ min: 0, max: 10 }),
        ([x, y, below, k], items) => {
          for (const m of [{ kind: 'threshold', threshold: x, off: y }, { kind: 'perMultiple', threshold: x, off: y, cap: 0 }] as Mechanism[]) {
            expect(effectiveDiscount(m, one(below, items))).toMatchObject({ ok: true, discount: 0, rate: 0 });
            expect(rateOf(m, one(k * x, items))).toBeLessThanOrEqual(y / x + 1e-12);
          }
        },
      ),
      RUNS,
    );
  });

  it('per-multiple offers never beat Y/X on any order above the threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }).chain((x) => fc.tuple(fc.constant(x), fc.integer({ min: 0, max: x }))), fc.integer({ min: 0, max: 1e9 }), ([x, y], value) => {
        expect(rateOf({ kind: 'perMultiple', threshold: x, off: y, cap: 0 }, one(value))).toBeLessThanOrEqual(y / x + 1e-12);
      }),
      RUNS,
    );
  });

  it('stacked percentages multiply (to within rounding)', () => {
    fc.assert(
      fc.property(fc.array(rate, { minLength: 1, maxLength: 4 }), (rates) => {
        const r = rateOf({ kind: 'stacked', coupons: rates.map((x) => ({ type: 'percent' as const, rate: x })) }, one(100_000_000));
        expect(r).toBeCloseTo(1 - rates.reduce((p, x) => p * (1 - x), 1), 7);
      }),
      RUNS,
    );
  });

  it('a discount is a whole amount between 0 and the order value', () => {
    fc.assert(
      fc.property(arbMechanism, arbBasket, (m, basket) => {
        const r = effectiveDiscount(m, basket);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(Number.isInteger(r.discount)).toBe(true);
        expect(r.discount).toBeGreaterThanOrEqual(0);
        expect(r.discount).toBeLessThanOrEqual(basket.value);
        expect(r.paid + r.discount).toBe(basket.value);
        expect(r.rate).toBeGreaterThanOrEqual(0);
        expect(r.rate).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('results are never NaN, Infinity or -0, and money is whole minor units', () => {
    const moneyKeys = /\.(discount|paid|value|contribution|contributionAfter|(baseline|promo|pulledForward|incremental)(Revenue|Contribution)|incrementalProfit|discountCost|subsidy|cannibalisedContribution|fixedCosts|promotionCost)$/;
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = promotionResult(input);
        // The one input the schema allows but the module refuses here: no order has any share.
        expect(r.ok).toBe(input.baskets.some((b) => b.share > 0));
        for (const [path, v] of numbers(r)) {
          expect(Number.isFinite(v), path).toBe(true);
          expect(Object.is(v, -0), path).toBe(false);
          if (moneyKeys.test(path)) expect(Number.isInteger(v), path).toBe(true);
        }
        if (r.ok) {
          for (const step of promotionSteps(input, r, 'en-GB')) expect(`${step.expression} ${step.result}`).not.toMatch(/NaN|Infinity/);
        }
      }),
      RUNS,
    );
  });

  it('hostile numbers never escape as NaN or a throw', () => {
    const hostile = [Number.NaN, Infinity, -Infinity, -0, -1, 1e308, 0.5, Number.MAX_SAFE_INTEGER + 2];
    fc.assert(
      fc.property(fc.constantFrom(...hostile), fc.constantFrom('price', 'unitCost', 'uplift', 'vatRate', 'baselineUnits', 'pulledForward', 'adSpend'), (bad, key) => {
        let r: ReturnType<typeof promotionResult> | undefined;
        expect(() => (r = promotionResult({ ...simple, [key]: bad }))).not.toThrow();
        for (const [path, v] of numbers(r)) expect(Number.isFinite(v), path).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('offers in the form', () => {
  it('map to the module mechanism of their kind', () => {
    expect(mechanismOf({ ...defaultOffer, kind: 'nthItem' })).toEqual({ kind: 'nthItem', nth: 2, rate: 0.5 });
    expect(mechanismOf({ ...defaultOffer, kind: 'stacked' })).toEqual({
      kind: 'stacked',
      coupons: [{ type: 'percent', rate: 0.1 }, { type: 'fixed', off: 2000, minSpend: 20000 }],
    });
    for (const kind of mechanismKinds) expect(mechanismOf({ ...defaultOffer, kind }).kind).toBe(kind);
  });
  it('clamp an amount off to its threshold', () => {
    const o = clampOffer({ ...defaultOffer, threshold: 20000, off: 30000, tiers: [{ threshold: 100, off: 500 }] });
    expect([o.off, o.tiers[0]!.off]).toEqual([20000, 100]);
  });
});

const valid: PromotionState = defaultPromotionState;
const param = (state: unknown) => `?promotion=${encodeState(state)}`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('share links', () => {
  it('round-trip the whole state', () => {
    expect(decodeState(promotionStateSchema, param(valid), 'promotion')).toEqual({ status: 'ok', value: valid });
  });
  it('round-trip any valid state (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000_000 }),
        fc.constantFrom(...mechanismKinds),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(fc.record({ value: money(100_000_000_000), items: fc.integer({ min: 0, max: 10_000 }), share: rate }), { minLength: 1, maxLength: 6 }),
        (price, kind, uplift, baskets) => {
          const state = { ...valid, price, baskets, b: { offer: { ...defaultOffer, kind }, uplift } };
          expect(decodeState(promotionStateSchema, param(state), 'promotion')).toEqual({ status: 'ok', value: state });
        },
      ),
      RUNS,
    );
  });
  it('keep a valid link that contradicts itself for the module to explain', () => {
    const state = { ...valid, a: { ...valid.a, offer: { ...defaultOffer, off: 40000 } } };
    expect(decodeState(promotionStateSchema, param(state), 'promotion').status).toBe('ok');
    expect(promotionResult(promotionInput(state, 'a'))).toMatchObject({ ok: false, reason: 'invalid', field: 'off' });
  });
  it('strip unknown keys', () => {
    const extra = `?promotion=${b64(JSON.stringify({ ...valid, evil: '<script>', a: { ...valid.a, onload: 'x' } }))}`;
    expect(decodeState(promotionStateSchema, extra, 'promotion')).toEqual({ status: 'ok', value: valid });
  });
});

describe('hostile share links are rejected, never thrown', () => {
  const patch = (p: object) => param({ ...valid, ...p });
  const offer = (p: object) => patch({ a: { ...valid.a, offer: { ...defaultOffer, ...p } } });
  const band = (p: object) => patch({ baskets: [{ ...valid.baskets[0], ...p }] });
  const hostile: [string, string][] = [
    ['script tag raw', '?promotion=<script>alert(1)</script>'],
    ['script tag encoded', '?promotion=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['javascript url', '?promotion=javascript:alert(1)'],
    ['empty', '?promotion='],
    ['not base64', '?promotion=!!!!'],
    ['base64 of garbage', `?promotion=${b64('not json')}`],
    ['base64 of script', `?promotion=${b64('<script>alert(1)</script>')}`],
    ['truncated', param(valid).slice(0, 60)],
    ['truncated by one', param(valid).slice(0, -1)],
    ['invalid utf-8', `?promotion=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`],
    ['json null', `?promotion=${b64('null')}`],
    ['json number', `?promotion=${b64('42')}`],
    ['json array', `?promotion=${b64('[]')}`],
    ['empty object', `?promotion=${b64('{}')}`],
    ['__proto__ only', `?promotion=${b64('{"__proto__":{"polluted":true}}')}`],
    ['__proto__ in offer', `?promotion=${b64(JSON.stringify(valid).replace('"offer":{"kind":"threshold"', '"offer":{"__proto__":{"polluted":true},"kind":"x"'))}`],
    ['constructor prototype', `?promotion=${b64('{"constructor":{"prototype":{"polluted":true}}}')}`],
    ['price zero', patch({ price: 0 })],
    ['negative price', patch({ price: -100 })],
    ['fractional price', patch({ price: 99.5 })],
    ['price as string', patch({ price: '81' })],
    ['huge price', patch({ price: 1e309 })],
    ['price above the money limit', patch({ price: 100_000_000_001 })],
    ['negative unit cost', patch({ unitCost: -1 })],
    ['unknown currency', patch({ currency: 'BTC' })],
    ['currency with markup', patch({ currency: '<img src=x onerror=alert(1)>' })],
    ['vat above 100 %', patch({ vatRate: 1.5 })],
    ['boolean as string', patch({ pricesIncludeVat: 'yes' })],
    ['too many fees', patch({ fees: Array(4).fill({ label: 'other', rate: 0, base: 'gross' }) })],
    ['unknown fee kind', patch({ fees: [{ label: '<b>x</b>', rate: 0.1, base: 'gross' }] })],
    ['baseline units zero', patch({ baselineUnits: 0 })],
    ['fractional baseline units', patch({ baselineUnits: 10.5 })],
    ['too many bands', patch({ baskets: Array(7).fill(valid.baskets[0]) })],
    ['bands not a list', patch({ baskets: 'all' })],
    ['negative band value', band({ value: -1 })],
    ['fractional band items', band({ items: 1.5 })],
    ['band share above 100 %', band({ share: 2 })],
    ['unknown mechanism', offer({ kind: 'eval' })],
    ['mechanism kind as script', offer({ kind: '<script>' })],
    ['rate above 100 %', offer({ rate: 1.01 })],
    ['negative rate', offer({ rate: -0.1 })],
    ['threshold zero', offer({ threshold: 0 })],
    ['fractional threshold', offer({ threshold: 100.5 })],
    ['too many tiers', offer({ tiers: Array(7).fill({ threshold: 100, off: 10 }) })],
    ['tier threshold zero', offer({ tiers: [{ threshold: 0, off: 0 }] })],
    ['too many coupons', offer({ coupons: Array(5).fill({ type: 'percent', rate: 0.1, off: 0, minSpend: 0 }) })],
    ['unknown coupon type', offer({ coupons: [{ type: 'free-money', rate: 0.1, off: 0, minSpend: 0 }] })],
    ['buy zero', offer({ buy: 0 })],
    ['free above 99', offer({ free: 100 })],
    ['nth of one', offer({ nth: 1 })],
    ['multiplier below one', offer({ multiplier: 0.5 })],
    ['multiplier above twenty', offer({ multiplier: 21 })],
    ['missing offer', patch({ a: { uplift: 0.5 } })],
    ['negative uplift', patch({ a: { ...valid.a, uplift: -0.1 } })],
    ['uplift above 10 000 %', patch({ b: { ...valid.b, uplift: 101 } })],
    ['pulled forward above 100 %', patch({ pulledForward: 1.5 })],
    ['negative ad spend', patch({ adSpend: -5 })],
    ['null gift cost', patch({ giftCost: null })],
    ['too long', `?promotion=${'A'.repeat(9000)}`],
    ['NaN literal', `?promotion=${b64(JSON.stringify(valid).replace('"vatRate":0', '"vatRate":NaN'))}`],
    ['Infinity literal', `?promotion=${b64(JSON.stringify(valid).replace('"vatRate":0', '"vatRate":Infinity'))}`],
    ['nested depth bomb', `?promotion=${b64('['.repeat(5000) + ']'.repeat(5000))}`],
    ['percent-encoding garbage', '?promotion=%E0%A4%A'],
    ['plus and slash base64', '?promotion=ab+/cd=='],
    ['unicode lookalike currency', `?promotion=${b64(JSON.stringify(valid).replace('"CNY"', '"ＣＮＹ"'))}`],
    ['numbers as objects', patch({ price: { valueOf: 1 } })],
    ['array as state', `?promotion=${b64(JSON.stringify([valid]))}`],
  ];
  for (const [name, search] of hostile) {
    it(`rejects ${name}`, () => {
      let decoded: unknown;
      expect(() => (decoded = decodeState(promotionStateSchema, search, 'promotion'))).not.toThrow();
      expect(decoded).toEqual({ status: 'rejected' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('has at least 50 hostile cases', () => expect(hostile.length).toBeGreaterThanOrEqual(50));
});

describe('stored state', () => {
  it('falls back to the example for corrupted or foreign data', () => {
    for (const raw of [undefined, '', 'not json', '{}', '[]', '{"currency":"XXX"}', JSON.stringify({ ...valid, price: -1 })]) {
      expect(decodeJson(promotionStateSchema, raw, valid)).toBe(valid);
    }
    expect(decodeJson(promotionStateSchema, JSON.stringify(valid), valid)).toEqual(valid);
  });
});

describe('show the math, CSV and strings', () => {
  const t = (key: string, params?: Record<string, string | number>) =>
    ((promotionStrings.en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (w, n: string) => String(params?.[n] ?? w));
  it('writes every step with the reader’s numbers', () => {
    const input = promotionInput(valid, 'a');
    const r = promotionResult(input);
    if (!r.ok) throw new Error('expected a result');
    const steps = promotionSteps(input, r, 'en-GB', 'Band');
    expect(steps[1]).toEqual({ key: 'promotion.math.discount', detail: 'Band 2', expression: '324.00 ≥ 300.00 ? 50.00 : 0', result: '50.00' });
    expect(steps.find((s) => s.key === 'promotion.math.rate')!.result).toBe('8.57%');
    for (const s of steps) expect((promotionStrings.en as Record<string, string>)[s.key], s.key).toBeTruthy();
  });
  it('exports a CSV with a BOM, CRLF lines and both promotions', () => {
    const csv = promotionCsv(valid, { t, money: String, pct: (r, d = 1) => formatPercent(r, 'en-GB', d), describe: (m) => m.kind });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(csv).toContain('Effective discount,8.57%,15.00%');
    expect(csv).toMatch(/\r\nIncremental profit,-?\d+(\.\d+)?,-\d+(\.\d+)?\r\n/);
  });
  it('rounds ROAS once: the result, the math and the CSV show the same figure (issue #18)', () => {
    // 41 units at 80.00 (100.00 less 20 %) = 3 280.00 of revenue on 3 200.00 of ads: ROAS 1.025, half up 1.03.
    const r = promotionResult({ ...simple, baselineUnits: 41, uplift: 0, adSpend: 320_000 });
    if (!r.ok) throw new Error('expected a result');
    expect(r.promoRevenue).toBe(328_000);
    expect(r.roas).toBe(1.03);
    const state: PromotionState = { ...valid, adSpend: 320_000 };
    const input = promotionInput(state, 'a');
    const ra = promotionResult(input);
    if (!ra.ok) throw new Error('expected a result');
    const shown = formatNumber(ra.roas!, 'en-GB', 2);
    expect(promotionSteps(input, ra, 'en-GB', 'Band').find((s) => s.key === 'promotion.math.roas')!.result).toBe(shown);
    const csv = promotionCsv(state, { t, money: String, pct: (x, d = 1) => formatPercent(x, 'en-GB', d), describe: (m) => m.kind });
    const cell = csv.split('\r\n').find((l) => l.startsWith(`${promotionStrings.en['promotion.result.roas']},`) || l.startsWith(`"${promotionStrings.en['promotion.result.roas']}",`))!;
    expect(cell.split(',').at(-2)).toBe(shown.replace(/,/g, ''));
  });
  it('writes negative percentages in the CSV as numbers, not as text (issue #18)', () => {
    const state: PromotionState = { ...valid, adSpend: 100_000_000 };
    const csv = promotionCsv(state, { t, money: String, pct: (x, d = 1) => formatPercent(x, 'en-GB', d), describe: (m) => m.kind });
    expect(csv).toMatch(/\r\nROI[^,\r\n]*,-\d+\.\d\d%,/);
    expect(csv).not.toContain("'-");
  });
  it('has the same keys, the same placeholders and no empty strings in both locales', () => {
    const en = promotionStrings.en as Record<string, string>;
    const zh = promotionStrings['zh-cn'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en)) {
      expect(key.startsWith('promotion.'), key).toBe(true);
      expect(en[key]!.trim(), key).not.toBe('');
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
    for (const kind of mechanismKinds) expect(en[`promotion.kind.${kind}.note`], kind).toBeTruthy();
  });
});

describe('what planners type: 折, "deposit X counts as Y", the break-even discount', () => {
  it('reads 折 as the share the customer pays: 8.5折 is 15 % off, 9折 is 10 % off', async () => {
    const { rateFromZhe, zheFromRate } = await import('../../src/lib/calc/promotion');
    expect(rateFromZhe(8.5)).toBe(0.15);
    expect(rateFromZhe(9)).toBe(0.1);
    expect(rateFromZhe(7.75)).toBe(0.225);
    expect(rateFromZhe(10)).toBe(0);
    expect(rateFromZhe(0)).toBe(1);
    expect(zheFromRate(0.15)).toBe(8.5);
    expect(zheFromRate(0.085)).toBe(9.15);
    expect(rateFromZhe(11)).toEqual({ ok: false, reason: 'invalid', field: 'zhe', problem: 'out-of-range' });
    expect(rateFromZhe(Number.NaN)).toMatchObject({ field: 'zhe', problem: 'not-a-number' });
    expect(zheFromRate(2)).toMatchObject({ field: 'rate' });
  });

  it('derives the deposit multiple from "deposit X counts as Y": 定金100抵150 is 1.5×', async () => {
    const { depositMultiplier, depositCounted } = await import('../../src/lib/calc/promotion');
    expect(depositMultiplier(10000, 15000)).toBe(1.5);
    expect(depositMultiplier(5000, 20000)).toBe(4);
    // ¥30 counting as ¥100: 3.33…×, and the counted amount comes back to the fen.
    const m = depositMultiplier(3000, 10000);
    expect(typeof m === 'number' && depositCounted(3000, m)).toBe(10000);
    expect(depositMultiplier(10000, 9000)).toEqual({ ok: false, reason: 'invalid', field: 'counted', problem: 'out-of-range' });
    expect(depositMultiplier(1000, 30000)).toMatchObject({ field: 'counted', problem: 'out-of-range' });
    expect(depositMultiplier(0, 1000)).toMatchObject({ field: 'deposit', problem: 'out-of-range' });
  });

  it('states the break-even discount as a share of the shown (gross) price, the base the discount is taken on', () => {
    // ¥113 incl. 13 % VAT: net ¥100; 10 % fees on the net price; unit cost ¥60.
    // Contribution = 100 × 0.9 − 60 = ¥30, margin 30 % of the net price.
    // A discount d of the shown price costs 100 × d × 0.9 of contribution: it reaches ¥30 at d = 30 / 90 = 33.3 %.
    const r = promotionResult({
      currency: 'CNY', price: 11300, unitCost: 6000, fixedFees: 0, fees: [{ label: 'commission', rate: 0.1, base: 'net' }], vatRate: 0.13,
      pricesIncludeVat: true, baselineUnits: 100, mechanism: { kind: 'percent', rate: 0.4 },
      baskets: [{ value: 11300, items: 1, share: 1 }], uplift: 1, pulledForward: 0, cannibalisedUnits: 0,
      cannibalisedMargin: 0, adSpend: 0, creativeCost: 0, giftCost: 0,
    } as PromotionInput);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.unit.margin).toBeCloseTo(0.3, 12);
    expect(r.unit.breakEvenDiscount).toBeCloseTo(1 / 3, 12);
    expect(promotionStrings.en['promotion.noUplift']).toContain('{breakEven}');
    expect(promotionStrings['zh-cn']['promotion.noUplift']).toContain('{breakEven}');
  });
});

describe('the pricing hand-off turns a fee per order into a cost per item', async () => {
  const { perItemCost } = await import('../../src/lib/calc/promotion');
  const { fromPricing } = await import('../../src/lib/calc/promotion/schema');
  const { defaultAssumptions: a } = await import('../../src/lib/calc/shared/defaults');
  it('divides by the items per order of the order bands, rounded once', () => {
    // 2 items in 63 % of orders, 3 in 37 %: 2.37 items per order; ¥6.00 ÷ 2.37 = ¥2.5316… → ¥2.53.
    const r = perItemCost(600, [{ value: 100, items: 2, share: 0.63 }, { value: 100, items: 3, share: 0.37 }]);
    expect(r).toMatchObject({ ok: true, perItem: 253 });
    expect(r.ok && r.itemsPerOrder).toBeCloseTo(2.37, 10);
    // The example bands: 2 × 0.5 + 4 × 0.35 + 8 × 0.15 = 3.6 items; 600 ÷ 3.6 = 166.67 → 167.
    expect(perItemCost(600, defaultPromotionState.baskets)).toMatchObject({ ok: true, perItem: 167 });
    // Shares that do not add up to one are weights: 2 items at 1 and 1 item at 1 is 1.5 items; 5 ÷ 1.5 = 3.33 → 3.
    expect(perItemCost(5, [{ value: 1, items: 2, share: 1 }, { value: 1, items: 1, share: 1 }])).toEqual({ ok: true, perItem: 3, itemsPerOrder: 1.5 });
    // Half-up once: 5 ÷ 2 = 2.5 → 3.
    expect(perItemCost(5, [{ value: 1, items: 2, share: 1 }])).toMatchObject({ perItem: 3 });
  });
  it('refuses bands that cannot say how many items an order holds, naming the field', () => {
    expect(perItemCost(600, [{ value: 1, items: 2, share: 0 }])).toMatchObject({ ok: false, field: 'baskets' });
    expect(perItemCost(600, [{ value: 1, items: 0, share: 1 }])).toMatchObject({ ok: false, field: 'baskets' });
    expect(perItemCost(Number.NaN, [{ value: 1, items: 2, share: 1 }])).toMatchObject({ ok: false, field: 'perOrder' });
    expect(perItemCost(600, [{ value: 1, items: -1, share: 1 }])).toMatchObject({ ok: false, field: 'baskets.0.items' });
  });
  it('fromPricing hands over the fixed fee per item, or per order when the bands hold no items', () => {
    const bands = [{ value: 100, items: 2, share: 0.63 }, { value: 100, items: 3, share: 0.37 }];
    expect(fromPricing({ ...a, fixedFees: 600 }, 8100, bands)).toMatchObject({ patch: { fixedFees: 253 }, perOrder: 600 });
    expect(fromPricing({ ...a, fixedFees: 600 }, 8100, [])).toMatchObject({ patch: { fixedFees: 600 }, itemsPerOrder: null });
  });
});
