import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, formatFixed, formatMoney, formatPercent, noNegativeZero, roundMinor, roundRatio, toMajor, toMinor } from '../../src/lib/money';

describe('roundMinor', () => {
  it('rounds half away from zero, up and down', () => {
    expect(roundMinor(80.5, 'half-up')).toBe(81);
    expect(roundMinor(80.49, 'half-up')).toBe(80);
    expect(roundMinor(-80.5, 'half-up')).toBe(-81);
    expect(roundMinor(80.01, 'up')).toBe(81);
    expect(roundMinor(80.99, 'down')).toBe(80);
  });
  it('is exact: up and down never go the wrong way, even a hair from a whole number', () => {
    expect(roundMinor(8099.0000001, 'up')).toBe(8100);
    expect(roundMinor(8099.999999999999, 'down')).toBe(8099);
    expect(roundMinor(8100.000000000002, 'up')).toBe(8101);
    expect(roundMinor(1e15 + 0.5, 'down')).toBe(1e15);
    expect(roundMinor(1e15 + 0.5, 'half-up')).toBe(1e15 + 1);
    expect(roundMinor(0.49999999999999994, 'half-up')).toBe(0);
  });
  it('computes products and quotients of typed decimals without binary noise', () => {
    expect(roundRatio([0.1, 3, 100], [], 'up')).toBe(30);
    expect(roundRatio([300_000_000], [0.025, 15_000], 'up')).toBe(800000);
    expect(roundRatio([12.345, 100], [], 'half-up')).toBe(1235);
    expect(roundRatio([-7], [2], 'half-up')).toBe(-4);
    expect(roundRatio([1], [0], 'up')).toBeNull();
    expect(roundRatio([Number.NaN], [1], 'up')).toBeNull();
  });
  it('never returns -0', () => {
    expect(Object.is(roundMinor(-0.2, 'half-up'), -0)).toBe(false);
    expect(Object.is(roundMinor(-0.2, 'up'), -0)).toBe(false);
    expect(Object.is(noNegativeZero(-0), -0)).toBe(false);
  });
  it('refuses non-finite amounts instead of inventing one', () => {
    expect(() => roundMinor(Number.NaN, 'up')).toThrow(RangeError);
    expect(() => roundMinor(Number.POSITIVE_INFINITY, 'up')).toThrow(RangeError);
  });
  it('always returns a whole number between floor and ceil (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom('half-up' as const, 'up' as const, 'down' as const), (v, mode) => {
        const r = roundMinor(v, mode);
        expect(Number.isInteger(r)).toBe(true);
        expect(r).toBeGreaterThanOrEqual(Math.floor(v) - 1e-9);
        expect(r).toBeLessThanOrEqual(Math.ceil(v) + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('minor and major units', () => {
  it('converts both ways', () => {
    expect(toMinor(12.345, 'CNY')).toBe(1235);
    expect(toMinor(0.3, 'USD')).toBe(30);
    expect(toMajor(8100, 'EUR')).toBe(81);
  });
});

describe('formatting', () => {
  it('formats money per locale with the chosen currency', () => {
    expect(formatMoney(8100, 'CNY', 'zh-CN')).toBe('¥81.00');
    expect(formatMoney(8100, 'CNY', 'en-GB')).toBe('CN¥81.00');
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(-0, 'USD', 'en-GB')).toBe('US$0.00');
  });
  it('never shows -0 or NaN', () => {
    expect(formatPercent(-0.00001, 'en-GB', 1)).toBe('0.0%');
    expect(formatPercent(Number.NaN, 'en-GB', 1)).toBe('0.0%');
    expect(formatFixed(-0.001, 'en-GB', 2)).toBe('0.00');
    expect(formatMoney(Number.NaN, 'USD', 'en-GB')).toBe('US$0.00');
  });
});

describe('allocate (largest remainder)', () => {
  it('splits exactly', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [0.5, 0.3, 0.2])).toEqual([500, 300, 200]);
    expect(allocate(10, [0, 0])).toEqual([5, 5]);
    expect(allocate(7, [])).toEqual([]);
    expect(allocate(5, [1, 0, 1])).toEqual([3, 0, 2]);
  });
  it('parts are whole, not negative and sum to the total (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.double({ min: -5, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        for (const p of parts) {
          expect(Number.isInteger(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('equal weights get shares within one unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 40 }), (total, n) => {
        const parts = allocate(total, Array(n).fill(1));
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});
