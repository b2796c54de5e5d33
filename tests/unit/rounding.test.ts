/**
 * Exact rounding, as the issue asks: properties over every magnitude the schemas allow (to 1e15 minor units).
 * fast-check prints the seed and path of a failing case in the assertion message; rerun with `{ seed, path }`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeastShare, roundMinor, roundRatio } from '../../src/lib/money';
import { priceEndings, priceForTargetMargin, profitAtPrice, type PricingBase } from '../../src/lib/calc/pricing/core';

const RUNS = { numRuns: 1000 };

/** Doubles from tiny fractions to 1e15, whole or a hair off whole. */
const amount = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.integer({ min: -1e15, max: 1e15 }).chain((n) => fc.constantFrom(n, n + 0.5, n - 0.5, n + 1e-7, n - 1e-7, n + 0.1)),
);

describe('roundMinor (properties)', () => {
  it("'up' is never below the value and less than one unit above it, at any magnitude", () => {
    fc.assert(
      fc.property(amount, (v) => {
        const r = roundMinor(v, 'up');
        expect(Number.isInteger(r)).toBe(true);
        expect(r >= v).toBe(true);
        expect(r - 1 < v).toBe(true);
      }),
      RUNS,
    );
  });
  it("'down' is never above the value and less than one unit below it, at any magnitude", () => {
    fc.assert(
      fc.property(amount, (v) => {
        const r = roundMinor(v, 'down');
        expect(r <= v).toBe(true);
        expect(r + 1 > v).toBe(true);
      }),
      RUNS,
    );
  });
  it("'half-up' is within half a unit, and a half goes away from zero", () => {
    fc.assert(
      fc.property(amount, (v) => {
        const r = roundMinor(v, 'half-up');
        expect(Math.abs(r - v) <= 0.5).toBe(true);
        if (Math.abs(r - v) === 0.5) expect(Math.abs(r)).toBeGreaterThan(Math.abs(v));
        expect(Object.is(r, -0)).toBe(false);
      }),
      RUNS,
    );
  });
  it('roundRatio of whole numbers agrees with BigInt division', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const up = roundRatio([n], [d], 'up')!;
        const down = roundRatio([n], [d], 'down')!;
        expect(down).toBe(Number(BigInt(n) / BigInt(d)));
        expect(up - down).toBe(n % d === 0 ? 0 : 1);
      }),
      RUNS,
    );
  });
});

/** Pricing inputs inside the schema's bounds: fees and VAT to two decimals of a percent, as typed. */
const typedRate = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 10_000);
const pricingBase: fc.Arbitrary<PricingBase> = fc.record({
  currency: fc.constant('CNY' as const),
  unitCost: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1e11 })),
  fixedFees: fc.integer({ min: 0, max: 10_000 }),
  fees: fc.array(fc.record({ label: fc.constant('fee'), rate: typedRate(20), base: fc.constantFrom('gross' as const, 'net' as const) }), { maxLength: 3 }),
  vatRate: typedRate(30),
  pricesIncludeVat: fc.boolean(),
});
const target = fc.integer({ min: 0, max: 9_000 }).map((n) => n / 10_000);

describe('priceForTargetMargin (properties)', () => {
  it('the issue case: 5528 meets 64.9 % with a 13.42 % fee on gross and 26.76 % VAT on top, so it is the minimum', () => {
    const base: PricingBase = { currency: 'CNY', unitCost: 1000, fixedFees: 0, vatRate: 0.2676, pricesIncludeVat: false, fees: [{ label: 'fee', rate: 0.1342, base: 'gross' }] };
    const r = priceForTargetMargin({ ...base, targetMargin: 0.649 });
    expect(r.ok && r.minimumPrice).toBe(5528);
    expect(atLeastShare(profitAtPrice({ ...base, price: 5528 }).profit, 0.649, 5528)).toBe(true);
  });

  it('the minimum price meets the target with per-fee rounding, and no lower price does', () => {
    fc.assert(
      fc.property(pricingBase, target, (base, targetMargin) => {
        const r = priceForTargetMargin({ ...base, targetMargin });
        if (!r.ok) return;
        const at = (price: number) => profitAtPrice({ ...base, price });
        const meets = (price: number) => {
          const b = at(price);
          return b.netPrice > 0 && atLeastShare(b.profit, targetMargin, b.netPrice);
        };
        expect(meets(r.minimumPrice)).toBe(true);
        expect(r.breakdown.margin!).toBeGreaterThanOrEqual(targetMargin);
        // Rounding can make a lower price meet the target again a few units down: check a generous window.
        for (let p = r.minimumPrice - 1; p >= Math.max(1, r.minimumPrice - 60); p--) expect(meets(p)).toBe(false);
      }),
      RUNS,
    );
  });

  it('a price ending never lands below the target margin', () => {
    fc.assert(
      fc.property(pricingBase, target, fc.constantFrom(...priceEndings), (base, targetMargin, ending) => {
        const r = priceForTargetMargin({ ...base, targetMargin, ending });
        if (!r.ok) return;
        expect(r.breakdown.margin!).toBeGreaterThanOrEqual(targetMargin);
        expect(atLeastShare(r.breakdown.profit, targetMargin, r.breakdown.netPrice)).toBe(true);
        expect(r.breakdown.price).toBeGreaterThanOrEqual(r.minimumPrice);
      }),
      RUNS,
    );
  });
});
