import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyPriceEnding,
  channelPriceTable,
  marginToMarkup,
  markupToMargin,
  priceEndings,
  priceForTargetMargin,
  profitAtPrice,
  type PricingBase,
} from '../../src/lib/calc/pricing/core';

const RUNS = { numRuns: 2000 };

/** The issue's example: unit cost 50, fixed fee 0.30, fees 2.9 % + 5 % of the price, no VAT. */
const issueExample: PricingBase = {
  currency: 'USD',
  unitCost: 5000,
  fixedFees: 30,
  fees: [
    { label: 'Payment', rate: 0.029, base: 'gross' },
    { label: 'Marketplace', rate: 0.05, base: 'gross' },
  ],
  vatRate: 0,
  pricesIncludeVat: false,
};

describe('priceForTargetMargin: worked examples', () => {
  it('prices 50 + 0.30 with 2.9 % + 5 % fees at 81.00 for a 30 % margin', () => {
    const r = priceForTargetMargin({ ...issueExample, targetMargin: 0.3 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.breakdown.price).toBe(8100);
    expect(r.breakdown.fees.map((f) => f.amount)).toEqual([235, 405]);
    expect(r.breakdown.profit).toBe(8100 - 5000 - 30 - 235 - 405);
    expect(r.breakdown.margin!).toBeGreaterThanOrEqual(0.3);
  });

  it('shows that the naive price 77.37 earns only 27.1 %', () => {
    const naive = profitAtPrice({ ...issueExample, price: 7737 });
    expect(naive.margin!).toBeCloseTo(0.271, 3);
  });

  it('takes VAT out before measuring margin: gross 113 at 13 % and gross 120 at 20 % are net 100', () => {
    const base = { ...issueExample, fees: [], fixedFees: 0, unitCost: 0, pricesIncludeVat: true };
    const cn = profitAtPrice({ ...base, vatRate: 0.13, price: 11300 });
    expect([cn.netPrice, cn.vat, cn.grossPrice]).toEqual([10000, 1300, 11300]);
    const uk = profitAtPrice({ ...base, vatRate: 0.2, price: 12000 });
    expect([uk.netPrice, uk.vat]).toEqual([10000, 2000]);
  });

  it('adds VAT on top when prices are shown without it', () => {
    const r = profitAtPrice({ ...issueExample, vatRate: 0.2, price: 10000 });
    expect([r.netPrice, r.vat, r.grossPrice]).toEqual([10000, 2000, 12000]);
    // Fees on the gross price are charged on 120, not 100.
    expect(r.fees.map((f) => f.amount)).toEqual([348, 600]);
  });

  it('solves a VAT-inclusive Tmall price: cost 58, ¥3 per order, 5 % commission, 0.6 % payment, 13 % VAT, 30 % margin', () => {
    const r = priceForTargetMargin({
      currency: 'CNY', unitCost: 5800, fixedFees: 300, vatRate: 0.13, pricesIncludeVat: true, targetMargin: 0.3,
      fees: [{ label: 'Commission', rate: 0.05, base: 'gross' }, { label: 'Payment', rate: 0.006, base: 'gross' }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Exact: net = 61 / (1 − 0.056 × 1.13 − 0.3) = 95.804…, gross 108.258…. With VAT and fees rounded to
    // the fen, ¥108.25 gives net 95.80, fees 5.41 + 0.65, profit 28.74: exactly 30.0 %, so it is the minimum.
    expect(r.minimumPrice).toBe(10825);
    expect(r.breakdown.profit).toBe(2874);
    expect(r.breakdown.margin!).toBeGreaterThanOrEqual(0.3);
    expect(profitAtPrice({ ...r.breakdown, fixedFees: 300, unitCost: 5800, vatRate: 0.13, pricesIncludeVat: true, price: 10824,
      fees: [{ label: 'Commission', rate: 0.05, base: 'gross' }, { label: 'Payment', rate: 0.006, base: 'gross' }] }).margin!).toBeLessThan(0.3);
  });

  it('says no price exists when margin plus fees reach 100 %, with the reason', () => {
    const r = priceForTargetMargin({ ...issueExample, targetMargin: 0.93 });
    expect(r).toMatchObject({ ok: false, reason: 'fees-and-margin-reach-100' });
    if (!r.ok) expect(r.feeShare).toBeCloseTo(0.079, 10);
  });

  it('warns about a loss and a price below cost', () => {
    const r = profitAtPrice({ ...issueExample, price: 4000 });
    expect(r.warnings).toEqual(['loss', 'below-cost']);
    expect(r.profit).toBeLessThan(0);
  });

  it('never yields NaN for a zero price', () => {
    const r = profitAtPrice({ ...issueExample, price: 0 });
    expect(r.margin).toBeNull();
    expect(Number.isNaN(r.profit)).toBe(false);
  });
});

describe('margin and markup', () => {
  it('40 % margin is 66.67 % markup and back', () => {
    expect(marginToMarkup(0.4)!).toBeCloseTo(0.6667, 4);
    expect(markupToMargin(2 / 3)!).toBeCloseTo(0.4, 12);
    expect(markupToMargin(1)).toBe(0.5);
  });
  it('has no markup at 100 % margin and no margin at −100 % markup', () => {
    expect(marginToMarkup(1)).toBeNull();
    expect(markupToMargin(-1)).toBeNull();
    expect(marginToMarkup(Number.NaN)).toBeNull();
  });
  it('round-trips (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 0.999, noNaN: true }), (m) => {
        const back = markupToMargin(marginToMarkup(m)!)!;
        expect(Math.abs(back - m)).toBeLessThan(1e-9 * Math.max(1, Math.abs(m) * 1000));
      }),
      RUNS,
    );
  });
});

describe('applyPriceEnding', () => {
  it('moves up to the next ending and keeps prices already on it', () => {
    expect(applyPriceEnding(8100, '.99')).toBe(8199);
    expect(applyPriceEnding(8099, '.99')).toBe(8099);
    expect(applyPriceEnding(8100, '.90')).toBe(8190);
    expect(applyPriceEnding(8191, '.90')).toBe(8290);
    expect(applyPriceEnding(8100, 'whole-9')).toBe(8900);
    expect(applyPriceEnding(8901, 'whole-9')).toBe(9900);
    expect(applyPriceEnding(8100, 'whole-8')).toBe(8800);
    expect(applyPriceEnding(8901, 'whole-8')).toBe(9800);
    expect(applyPriceEnding(8101, 'none')).toBe(8101);
  });
  it('never goes below the price and lands on the ending (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.constantFrom(...priceEndings), (p, ending) => {
        const out = applyPriceEnding(p, ending);
        expect(out).toBeGreaterThanOrEqual(p);
        expect(Number.isInteger(out)).toBe(true);
        if (ending === '.99') expect(out % 100).toBe(99);
        if (ending === '.90') expect(out % 100).toBe(90);
        if (ending === 'whole-9') expect(out % 1000).toBe(900);
        if (ending === 'whole-8') expect(out % 1000).toBe(800);
        if (ending !== 'none') expect(out - p).toBeLessThan(ending.startsWith('whole') ? 1000 : 100);
      }),
      RUNS,
    );
  });
});

const pricingInput = fc.record({
  currency: fc.constantFrom('CNY' as const, 'USD' as const, 'EUR' as const),
  unitCost: fc.integer({ min: 0, max: 100_000_000 }),
  fixedFees: fc.integer({ min: 0, max: 1_000_000 }),
  fees: fc.array(
    fc.record({ label: fc.constant('fee'), rate: fc.double({ min: 0, max: 0.3, noNaN: true }), base: fc.constantFrom('gross' as const, 'net' as const) }),
    { maxLength: 4 },
  ),
  vatRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  pricesIncludeVat: fc.boolean(),
  targetMargin: fc.double({ min: -0.5, max: 0.95, noNaN: true }),
  ending: fc.constantFrom(...priceEndings),
});

describe('priceForTargetMargin: properties', () => {
  it('the solved price meets the target after rounding, and one minor unit less does not', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        const r = priceForTargetMargin(input);
        if (!r.ok) return;
        const b = r.breakdown;
        expect(b.profit).toBeGreaterThanOrEqual(input.targetMargin * b.netPrice - 1e-6);
        expect(b.price).toBeGreaterThanOrEqual(r.minimumPrice);
        if (r.minimumPrice > 1 && input.unitCost + input.fixedFees > 0) {
          const below = profitAtPrice({ ...input, price: r.minimumPrice - 1 });
          expect(below.netPrice === 0 || below.profit < input.targetMargin * below.netPrice + 1e-6).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('profitAtPrice of the solved price round-trips to the same breakdown', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        const r = priceForTargetMargin(input);
        if (!r.ok) return;
        expect(profitAtPrice({ ...input, price: r.breakdown.price })).toEqual(r.breakdown);
      }),
      RUNS,
    );
  });

  it('is unreachable exactly when fee share plus target margin reach 100 %', () => {
    fc.assert(
      fc.property(pricingInput, (input) => {
        const r = priceForTargetMargin(input);
        const share = input.fees.reduce((s, f) => s + f.rate * (f.base === 'gross' ? 1 + input.vatRate : 1), 0);
        if (share + input.targetMargin >= 1) expect(r.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('never yields NaN, Infinity or -0, and money is always whole minor units', () => {
    fc.assert(
      fc.property(pricingInput, fc.integer({ min: 0, max: 1e11 }), (input, price) => {
        const results = [profitAtPrice({ ...input, price })];
        const solved = priceForTargetMargin(input);
        if (solved.ok) results.push(solved.breakdown);
        for (const b of results) {
          for (const v of [b.price, b.grossPrice, b.netPrice, b.vat, b.feesTotal, b.profit, ...b.fees.map((f) => f.amount)]) {
            expect(Number.isInteger(v)).toBe(true);
            expect(Object.is(v, -0)).toBe(false);
          }
          for (const v of [b.margin, b.markup]) {
            if (v !== null) {
              expect(Number.isFinite(v)).toBe(true);
              expect(Object.is(v, -0)).toBe(false);
            }
          }
        }
      }),
      RUNS,
    );
  });
});

describe('channelPriceTable', () => {
  it('gives each channel its own price for the same margin and compares them at one price', () => {
    const rows = channelPriceTable(
      { currency: 'CNY', unitCost: 5000, targetMargin: 0.3, pricesIncludeVat: true, price: 9900 },
      [
        { name: 'Tmall', commission: 0.05, paymentFee: 0.006, fixedFee: 30, vatRate: 0.13 },
        { name: 'Mini program', commission: 0, paymentFee: 0.006, fixedFee: 0, vatRate: 0.13 },
      ],
    );
    expect(rows).toHaveLength(2);
    const [tmall, own] = rows;
    expect(tmall!.solved.ok && own!.solved.ok).toBe(true);
    if (tmall!.solved.ok && own!.solved.ok) {
      expect(tmall!.solved.breakdown.price).toBeGreaterThan(own!.solved.breakdown.price);
    }
    expect(tmall!.atPrice.margin!).toBeLessThan(own!.atPrice.margin!);
    expect(tmall!.atPrice.price).toBe(9900);
  });
});

describe('show the math with a price ending', () => {
  it('shows the minimum price and the ending as two steps, never "72.40 = 79.00"', async () => {
    const { targetMarginSteps } = await import('../../src/lib/calc/pricing/math');
    // 50 + 0.30 with 7.9 % fees at a 25 % margin: 50.30 ÷ (1 − 0.079 − 0.25) = 74.963; at 74.96 the fees round to
    // 2.17 + 3.75 and the profit is 18.74, 25.00 %: the minimum is 74.96; the next whole price ending in 9 is 79.00.
    const input = { ...issueExample, targetMargin: 0.25, ending: 'whole-9' as const };
    const r = priceForTargetMargin(input);
    expect(r.ok && [r.minimumPrice, r.breakdown.price]).toEqual([7496, 7900]);
    if (!r.ok) return;
    const steps = targetMarginSteps(input, r, 'en', (l) => l);
    const minimum = steps.find((s) => s.key === 'pricing.math.minimum');
    expect(minimum?.result).toBe('74.96');
    const ending = steps.find((s) => s.key === 'pricing.math.ending.whole-9');
    expect(ending).toEqual({ key: 'pricing.math.ending.whole-9', detail: '74.96', expression: '', result: '79.00' });
    expect(steps.some((s) => s.expression === '74.96' && s.result === '79.00')).toBe(false);
  });

  it('without an ending the shown price is the last price step, as before', async () => {
    const { targetMarginSteps } = await import('../../src/lib/calc/pricing/math');
    const input = { ...issueExample, targetMargin: 0.3 };
    const r = priceForTargetMargin(input);
    if (!r.ok) throw new Error('solvable');
    const steps = targetMarginSteps(input, r, 'en', (l) => l);
    expect(steps.map((s) => s.key).slice(0, 3)).toEqual(['pricing.math.feeShare', 'pricing.math.net', 'pricing.math.shown']);
    expect(steps.some((s) => s.key.startsWith('pricing.math.ending'))).toBe(false);
  });
});

describe('channel rows take the shared assumptions unless a cell is overridden', async () => {
  const { channelRowsOf } = await import('../../src/lib/calc/pricing');
  const { defaultPricingForm, pricingFormSchema, newChannel } = await import('../../src/lib/calc/pricing/schema');
  const { defaultAssumptions } = await import('../../src/lib/calc/shared/defaults');
  const a = { ...defaultAssumptions, fixedFees: 600, vatRate: 0.13, pricesIncludeVat: true };
  const rowsOf = (form: typeof defaultPricingForm) => {
    const r = channelRowsOf(a, form, 8100);
    if (!r.ok) throw new Error(r.field);
    return r.rows;
  };

  it('shows the Tmall row at the main form’s fixed fee, VAT and fees, so it prices like the form', () => {
    const tmall = rowsOf(defaultPricingForm)[0]!;
    expect(tmall.channel).toMatchObject({ commission: 0.05, paymentFee: 0.006, fixedFee: 600, vatRate: 0.13 });
    const main = priceForTargetMargin({ currency: a.currency, unitCost: a.unitCost, fixedFees: a.fixedFees, fees: a.fees, vatRate: a.vatRate, pricesIncludeVat: a.pricesIncludeVat, targetMargin: 0.3, ending: 'none' });
    expect(tmall.solved.ok && main.ok && tmall.solved.breakdown.price).toBe(main.ok ? main.breakdown.price : -1);
  });

  it('prices the Tmall row like the form also with a third fee and fees charged on the net price', () => {
    const b = { ...a, fees: [{ label: 'commission' as const, rate: 0.05, base: 'net' as const }, { label: 'payment' as const, rate: 0.006, base: 'gross' as const }, { label: 'other' as const, rate: 0.02, base: 'net' as const }] };
    const r = channelRowsOf(b, defaultPricingForm, 8100);
    const main = priceForTargetMargin({ currency: b.currency, unitCost: b.unitCost, fixedFees: b.fixedFees, fees: b.fees, vatRate: b.vatRate, pricesIncludeVat: b.pricesIncludeVat, targetMargin: 0.3, ending: 'none' });
    expect(r.ok && r.rows[0]!.solved.ok && r.rows[0]!.solved.breakdown.price).toBe(main.ok ? main.breakdown.price : -1);
    expect(r.ok && r.rows[0]!.atPrice.profit).toBe(main.ok ? profitAtPrice({ ...b, price: 8100 }).profit : -1);
  });

  it('keeps a platform’s own commission and an overridden cell, and inherits the rest', () => {
    const jd = rowsOf(defaultPricingForm)[1]!;
    expect(jd.channel).toMatchObject({ commission: 0.08, paymentFee: 0.006, fixedFee: 600, vatRate: 0.13 });
    const form = { ...defaultPricingForm, channels: [{ name: 'Own', own: { fixedFee: 0 } }] };
    expect(rowsOf(form)[0]!.channel).toMatchObject({ commission: 0.05, fixedFee: 0, vatRate: 0.13 });
    expect(newChannel()).toEqual({ name: '', own: {} });
  });

  it('opens rows stored before inheritance: values equal to the old defaults inherit, others stay overrides', () => {
    const old = {
      ...defaultPricingForm,
      channels: [
        { name: '', commission: 0.05, paymentFee: 0.006, fixedFee: 30, vatRate: 0 },
        { name: '', commission: 0.08, paymentFee: 0.006, fixedFee: 45, vatRate: 0 },
        { name: 'Shop', commission: 0.05, paymentFee: 0.006, fixedFee: 0, vatRate: 0.06 },
      ],
    };
    const parsed = pricingFormSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.channels).toEqual([
      { name: '', own: {} },
      { name: '', own: { commission: 0.08, fixedFee: 45 } },
      { name: 'Shop', own: { fixedFee: 0, vatRate: 0.06 } },
    ]);
  });

  it('refuses a hostile own value with the field named', () => {
    const r = channelRowsOf(a, { ...defaultPricingForm, channels: [{ name: '', own: { vatRate: Number.NaN } }] }, 8100);
    expect(r).toMatchObject({ ok: false, field: 'channels.0.vatRate' });
  });
});
