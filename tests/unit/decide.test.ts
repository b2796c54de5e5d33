import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultJoinInput,
  joinPromotion,
  promotionLinkState,
  recommend,
  type JoinInput,
} from '../../src/lib/decide/join-promotion';
import { gmvChange, gmvExample, roundParts, shapley3, type GmvInput, type Period } from '../../src/lib/decide/gmv-change';
import { promotionStateSchema } from '../../src/lib/calc/promotion/schema';
import { decodeState, shareUrl } from '../../src/lib/share-state';
import { promotionResult } from '../../src/lib/calc/promotion';
import { parseGmvPaste } from '../../src/lib/decide/gmv-paste';

const RUNS = { numRuns: 1000 };

/** A plain product: ¥100, cost ¥60, no fees or VAT, so contribution is ¥40 and margins read off by hand. */
const plain: JoinInput = {
  ...defaultJoinInput,
  price: 10000,
  unitCost: 6000,
  fixedFees: 0,
  fees: [],
  vatRate: 0,
  platform: { ...defaultJoinInput.platform, kind: 'percent', rate: 0.2 },
  coupon: { type: 'fixed', off: 0, minSpend: 0, rate: 0 },
  upliftLow: 1,
  upliftHigh: 1,
  pulledForward: 0,
};

const ok = <T extends { ok: boolean }>(r: T) => {
  expect(r.ok).toBe(true);
  return r as Extract<T, { ok: true }>;
};

describe('join-promotion: worked cases computed by hand', () => {
  it('the default: ¥81 bottle, store coupon ¥10 off ¥150, cross-store 每满300减50, 60–120 % expected, 20 % pulled forward', () => {
    const r = ok(joinPromotion(defaultJoinInput));
    // Two bottles reach the coupon's ¥150: ¥162 − ¥10 = ¥152. Topped up to ¥300 with other stores' items,
    // 每满300减50 gives 1/6 of the order; the bottles' share is ¥152 ÷ 6 = ¥25.33. The customer pays ¥126.67
    // for two: ¥63.34 each.
    expect(r.worst).toEqual({ units: 2, orderValue: 16200, couponOff: 1000, platformBase: 30000, platformOff: 2533, paid: 12667, unitPrice: 6334, discountRate: 3533 / 16200 });
    // Fees 5 % + 0.6 % = 5.6 %, fixed ¥0.30 per order is ¥0.15 per bottle.
    // Full price: 81 × 0.944 − 50 − 0.15 = 26.314; at ¥63.335: 63.335 × 0.944 − 50.15 = 9.63824.
    expect(r.contribution).toBe(2631);
    expect(r.contributionAtWorst).toBe(964);
    expect(r.marginAtWorst).toBeCloseTo(963.824 / 6333.5, 10);
    // Break-even: (26.314 − 9.63824) ÷ (9.63824 − 0.2 × 26.314) = 16.67576 ÷ 4.37544.
    expect(r.breakEven).toBeCloseTo(1667.576 / 437.544, 9);
    expect(r.recommendation).toBe('skip');
    expect(r.reasons.map((x) => x.key)).toEqual(['breakEven.above', 'margin.ok', 'pullForward']);
    expect(r.reasons.map((x) => x.section.id)).toEqual(['pricing-and-promotion', 'pricing-and-promotion', 'forecasting-and-risk']);
  });

  it('20 % off a 40 % margin needs exactly +100 %: (40 − 20) = 20 per unit, 20 lost on each of the old units', () => {
    const r = ok(joinPromotion(plain));
    expect(r.worst.unitPrice).toBe(8000);
    expect(r.margin).toBe(0.4);
    expect(r.marginAtWorst).toBe(0.25); // 20 ÷ 80
    expect(r.breakEven).toBe(1);
    expect(r.recommendation).toBe('join');
  });

  it('a threshold the bottle does not reach alone: topped up to ¥300, its share is ¥81 ÷ 6 = ¥13.50', () => {
    const r = ok(joinPromotion({ ...defaultJoinInput, coupon: { ...defaultJoinInput.coupon, off: 0 }, platform: { ...defaultJoinInput.platform, kind: 'threshold' } }));
    expect(r.worst).toMatchObject({ units: 1, platformBase: 30000, platformOff: 1350, unitPrice: 6750 });
  });

  it('每满减 with a cap: a ¥400 item alone (¥50 off, 12.5 %) beats topping up to ¥600 (capped at ¥60, 10 %)', () => {
    const r = ok(joinPromotion({ ...plain, price: 40000, platform: { ...plain.platform, kind: 'perMultiple', threshold: 30000, off: 5000, cap: 6000 } }));
    expect(r.worst).toMatchObject({ platformBase: 40000, platformOff: 5000, unitPrice: 35000 });
    // Without the cap, ¥600 gives ¥100 off, 1/6: ¥400 × 1/6 = ¥66.67.
    const free = ok(joinPromotion({ ...plain, price: 40000, platform: { ...plain.platform, kind: 'perMultiple', threshold: 30000, off: 5000, cap: 0 } }));
    expect(free.worst).toMatchObject({ platformBase: 60000, platformOff: 6667, unitPrice: 33333 });
  });

  it('a presale deposit of ¥10 counted twice takes ¥10 off; a 10 % coupon then 15 % off is ¥76.50 on ¥100', () => {
    const deposit = ok(joinPromotion({ ...defaultJoinInput, coupon: { ...defaultJoinInput.coupon, off: 0 }, platform: { ...defaultJoinInput.platform, kind: 'deposit', deposit: 1000, multiplier: 2 } }));
    expect(deposit.worst).toMatchObject({ units: 1, platformOff: 1000, unitPrice: 7100 });
    const percent = ok(joinPromotion({ ...plain, coupon: { type: 'percent', off: 0, minSpend: 0, rate: 0.1 }, platform: { ...plain.platform, rate: 0.15 } }));
    expect(percent.worst).toMatchObject({ couponOff: 1000, platformOff: 1350, unitPrice: 7650 });
  });

  it('a coupon of ¥20 off ¥150 on a ¥60 item needs three: ¥180 − ¥20 = ¥160', () => {
    const r = ok(joinPromotion({ ...plain, price: 6000, unitCost: 3000, coupon: { type: 'fixed', off: 2000, minSpend: 15000, rate: 0 }, platform: { ...plain.platform, rate: 0 } }));
    expect(r.worst).toMatchObject({ units: 3, orderValue: 18000, couponOff: 2000, paid: 16000, unitPrice: 5333 });
  });

  it('no uplift pays when the worst case loses money on every unit: skip, with the loss as a reason', () => {
    const r = ok(joinPromotion({ ...plain, platform: { ...plain.platform, rate: 0.5 }, upliftLow: 5, upliftHigh: 10 }));
    expect(r.breakEven).toBeNull();
    expect(r.recommendation).toBe('skip');
    expect(r.reasons.map((x) => x.key).slice(0, 2)).toEqual(['breakEven.none', 'margin.loss']);
  });

  it('a range across break-even: join with a cap, at the price whose break-even is the low end', () => {
    const r = ok(joinPromotion({ ...plain, upliftLow: 0.5, upliftHigh: 1.5 }));
    expect(r.recommendation).toBe('cap');
    // d = L·m ÷ (1 + L) = 0.5 × 0.4 ÷ 1.5 = 13.33 %: ¥86.67, rounded up to the cent.
    expect(r.capPrice).toBe(8667);
    expect(r.reasons.map((x) => x.key)).toEqual(['breakEven.inside', 'margin.ok', 'capPrice']);
  });
});

describe('join-promotion: the recommendation flips exactly at the break-even uplift', () => {
  it('by hand: break-even +100 %', () => {
    expect(ok(joinPromotion({ ...plain, upliftLow: 1, upliftHigh: 1 })).recommendation).toBe('join');
    expect(ok(joinPromotion({ ...plain, upliftLow: 0.9999999, upliftHigh: 0.9999999 })).recommendation).toBe('skip');
    expect(ok(joinPromotion({ ...plain, upliftLow: 0.9999999, upliftHigh: 1 })).recommendation).toBe('cap');
    expect(recommend(1, 1, 1)).toBe('join');
    expect(recommend(0.99, 0.99, 1)).toBe('skip');
    expect(recommend(0, 100, null)).toBe('skip');
  });

  it('for any product and offer with a break-even B: join at B, skip just below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (price, costShare, rate, pulledForward) => {
          const input: JoinInput = { ...plain, price, unitCost: Math.round(price * costShare), platform: { ...plain.platform, rate }, pulledForward };
          const r = joinPromotion(input);
          if (!r.ok || r.breakEven === null || r.breakEven > 50) return;
          const at = joinPromotion({ ...input, upliftLow: r.breakEven, upliftHigh: r.breakEven });
          const below = Math.max(0, r.breakEven - Math.max(1e-9, r.breakEven * 1e-9));
          const under = joinPromotion({ ...input, upliftLow: below, upliftHigh: below });
          expect(at.ok && at.recommendation).toBe('join');
          if (below < r.breakEven) expect(under.ok && under.recommendation).toBe('skip');
          // The promotion calculator agrees: no loss at B (to the cent of its rounding).
          const check = promotionResult({
            currency: 'CNY', price, unitCost: input.unitCost, fixedFees: 0, fees: [], vatRate: 0, pricesIncludeVat: true, baselineUnits: 1000,
            mechanism: { kind: 'percent', rate: r.worst.discountRate }, baskets: [{ value: price, items: 1, share: 1 }], uplift: r.breakEven,
            pulledForward, cannibalisedUnits: 0, cannibalisedMargin: 0, adSpend: 0, creativeCost: 0, giftCost: 0,
          });
          expect(check.ok && Math.abs(check.incrementalProfit)).toBeLessThanOrEqual(3);
        },
      ),
      RUNS,
    );
  });
});

describe('join-promotion: refused input never recommends', () => {
  it('names the field', () => {
    expect(joinPromotion({ ...defaultJoinInput, price: Number.NaN })).toMatchObject({ ok: false, field: 'price', problem: 'not-a-number' });
    expect(joinPromotion({ ...defaultJoinInput, upliftLow: 2, upliftHigh: 1 })).toMatchObject({ ok: false, field: 'upliftHigh' });
    expect(joinPromotion({ ...defaultJoinInput, platform: { ...defaultJoinInput.platform, off: 40000 } })).toMatchObject({ ok: false, field: 'platform.off' });
    expect(joinPromotion({ ...defaultJoinInput, pulledForward: -0.1 })).toMatchObject({ ok: false, field: 'pulledForward', problem: 'negative' });
    expect(joinPromotion({ ...defaultJoinInput, coupon: { ...defaultJoinInput.coupon, minSpend: 10_000_000 } })).toMatchObject({ ok: false, field: 'coupon.minSpend' });
    expect(joinPromotion(null as unknown as JoinInput)).toMatchObject({ ok: false });
  });

  it('never returns NaN, Infinity or −0 for any number in any field replaced by hostile values', () => {
    const hostile = [Number.NaN, Infinity, -Infinity, -0, -1, 1e300];
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (typeof v === 'number') paths.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(defaultJoinInput, []);
    const set = (v: unknown, [head, ...rest]: (string | number)[], by: number): unknown =>
      head === undefined ? by : Array.isArray(v) ? v.map((x, i) => (i === head ? set(x, rest, by) : x)) : { ...(v as object), [head]: set((v as Record<string, unknown>)[head as string], rest, by) };
    const clean = (v: unknown): boolean =>
      typeof v === 'number' ? Number.isFinite(v) && !Object.is(v, -0) : v && typeof v === 'object' ? Object.values(v).every(clean) : true;
    for (const path of paths) for (const bad of hostile) expect(clean(joinPromotion(set(defaultJoinInput, path, bad) as JoinInput)), `${path.join('.')} = ${bad}`).toBe(true);
  });
});

describe('join-promotion: the link to the promotion calculator', () => {
  it('carries a state the calculator accepts, with the same price, offer and uplift', () => {
    const r = ok(joinPromotion(defaultJoinInput));
    const state = promotionLinkState(defaultJoinInput, r);
    const url = shareUrl('https://x.test/en/calculators/promotion/', 'promotion', state);
    const back = decodeState(promotionStateSchema, new URL(url).search, 'promotion');
    expect(back.status).toBe('ok');
    expect(back.status === 'ok' && back.value).toMatchObject({ price: 8100, fixedFees: 15, pulledForward: 0.2, a: { offer: { kind: 'perMultiple', threshold: 30000, off: 5000 }, uplift: 0.6 }, b: { offer: { kind: 'percent', rate: 3533 / 16200 } } });
  });
});

const period = (visitors: number, conversion: number, aov: number): Period => ({ visitors, conversion, aov });
const one = (before: Period, after: Period): GmvInput => ({ currency: 'CNY', against: 'previous', channels: [{ name: 'x', before, after }] });

describe('gmv-change: worked cases computed by hand', () => {
  it('the example: −¥14,580 traffic on the first channel, +¥6,500 conversion on the second, −¥3,000 order value on the third', () => {
    const r = ok(gmvChange(gmvExample(['Tmall', 'Douyin', 'Mini program'])));
    // 40 000 × 3 % × ¥81 = ¥97,200 → 34 000: ¥82,620; 25 000 × 2 % × ¥65 = ¥32,500 → 2.4 %: ¥39,000; 5 000 × 5 % × ¥120 = ¥30,000 → ¥108: ¥27,000.
    expect([r.before, r.after, r.change]).toEqual([15_970_000, 14_862_000, -1_108_000]);
    expect(r.effects).toEqual({ traffic: -1_458_000, conversion: 650_000, orderValue: -300_000 });
    expect(r.dominant).toBe('traffic');
    expect(r.movedMost).toBe(0);
    expect(r.next.map((s) => s.id)).toEqual(['seo-and-ads', 'channels', 'content-marketing']);
    expect(r.changeRate).toBeCloseTo(-1_108_000 / 15_970_000, 12);
  });

  it('all three moving: 100 → 120 visitors, 2 % → 2.5 %, ¥50 → ¥60; ¥100 → ¥180 split 24.84 / 30.33 / 24.83', () => {
    // Traffic: 20 × [(0.02×5000 + 0.025×6000)/3 + (0.02×6000 + 0.025×5000)/6] = 20 × 124.1667 = 2483.33;
    // conversion: 0.005 × [(500 000 + 720 000)/3 + (600 000 + 600 000)/6] = 3033.33; order value 2483.33.
    // Floors 2483 + 3033 + 2483 = 7999; the cent left goes to the first of the equal remainders.
    const r = ok(gmvChange(one(period(100, 0.02, 5000), period(120, 0.025, 6000))));
    expect(r.change).toBe(8000);
    expect(r.effects).toEqual({ traffic: 2484, conversion: 3033, orderValue: 2483 });
    expect(r.dominant).toBe('conversion');
    expect(r.next[0]!.id).toBe('purchase-flow');
  });

  it('a channel that closes: its whole GMV is a traffic effect when its visitors go to zero', () => {
    // Shapley with visitors 0 after: traffic = −1000 × [(0.02×5000)/3 + 0 + (0.02×5000 + …)/6 …] = −G₀ exactly when only visitors move.
    const r = ok(gmvChange(one(period(1000, 0.02, 5000), period(0, 0.02, 5000))));
    expect(r.effects).toEqual({ traffic: -100_000, conversion: 0, orderValue: 0 });
    // Visitors and conversion both to zero: each factor's average marginal effect, ¥1,000 split by Shapley
    // traffic = −1000 × (0.02×5000/3 + 0.02×5000/6) = −500; conversion the same.
    const both = ok(gmvChange(one(period(1000, 0.02, 5000), period(0, 0, 5000))));
    expect(both.effects).toEqual({ traffic: -50_000, conversion: -50_000, orderValue: 0 });
    const opens = ok(gmvChange(one(period(0, 0, 0), period(100, 0.1, 1000))));
    expect(opens.effects.traffic + opens.effects.conversion + opens.effects.orderValue).toBe(10_000);
    expect(opens.changeRate).toBeNull();
  });

  it('nothing moved: no dominant effect, the KPI sections to read', () => {
    const r = ok(gmvChange(one(period(100, 0.02, 5000), period(100, 0.02, 5000))));
    expect(r.effects).toEqual({ traffic: 0, conversion: 0, orderValue: 0 });
    expect([r.dominant, r.movedMost, r.next[0]!.id]).toEqual([null, null, 'kpis']);
  });

  it('roundParts rounds signed parts to a total by largest remainder', () => {
    expect(roundParts(10, [3.4, 3.3, 3.3])).toEqual([4, 3, 3]);
    expect(roundParts(-10, [-3.4, -3.3, -3.3])).toEqual([-4, -3, -3]);
    expect(roundParts(1, [5.5, -4.5, 0])).toEqual([6, -5, 0]);
    const s = shapley3([100, 0.02, 5000], [100, 0.03, 5000]);
    expect([s[0], s[2]]).toEqual([0, 0]);
    expect(s[1]).toBeCloseTo(5000, 9);
  });

  it('refuses bad input naming the field', () => {
    expect(gmvChange(one(period(-1, 0.02, 5000), period(1, 0.02, 5000)))).toMatchObject({ ok: false, field: 'channels.0.before.visitors', problem: 'negative' });
    expect(gmvChange(one(period(1, 1.5, 5000), period(1, 0.02, 5000)))).toMatchObject({ ok: false, field: 'channels.0.before.conversion' });
    expect(gmvChange(one(period(1e9, 1, 1e11), period(1, 0.02, 5000)))).toMatchObject({ ok: false, field: 'channels.0.before.aov' });
    expect(gmvChange({ currency: 'CNY', against: 'previous', channels: [] })).toMatchObject({ ok: false, field: 'channels' });
  });
});

describe('gmv-change: hostile input', () => {
  it('never returns NaN, Infinity or −0, and names the field it refuses', () => {
    const example = gmvExample(['a', 'b', 'c']);
    const clean = (v: unknown): boolean =>
      typeof v === 'number' ? Number.isFinite(v) && !Object.is(v, -0) : v && typeof v === 'object' ? Object.values(v).every(clean) : true;
    for (const [i, period, key] of [0, 1, 2].flatMap((i) => (['before', 'after'] as const).flatMap((p) => (['visitors', 'conversion', 'aov'] as const).map((k) => [i, p, k] as const)))) {
      for (const bad of [Number.NaN, Infinity, -Infinity, -0, -1, 1e300, 0.5]) {
        const channels = example.channels.map((c, j) => (j === i ? { ...c, [period]: { ...c[period], [key]: bad } } : c));
        const r = gmvChange({ ...example, channels });
        expect(clean(r), `${i}.${period}.${key} = ${bad}`).toBe(true);
        if (!r.ok) expect(r.field).toBe(`channels.${i}.${period}.${key}`);
      }
    }
    expect(gmvChange(undefined as unknown as GmvInput)).toMatchObject({ ok: false });
    expect(parseGmvPaste(42 as unknown as string, 'CNY')).toEqual({ channels: [], issues: [], read: 0 });
  });
});

describe('gmv-change: the decomposition adds up to the change exactly', () => {
  const arbPeriod = fc.record({
    visitors: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
    conversion: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    aov: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 })),
  });
  const zero = { visitors: 0, conversion: 0, aov: 0 };
  const arbChannel = fc.record({ name: fc.string({ maxLength: 10 }), before: arbPeriod, after: arbPeriod, closes: fc.boolean(), same: fc.boolean() });

  it('per channel and in total, to the minor unit, over random periods (zero, negative changes, channels going to zero)', () => {
    fc.assert(
      fc.property(fc.array(arbChannel, { minLength: 1, maxLength: 12 }), (raw) => {
        const channels = raw.map(({ name, before, after, closes, same }) => ({ name, before, after: closes ? { ...after, visitors: 0 } : same ? before : after }));
        if (raw[0]!.closes) channels[0] = { ...channels[0]!, after: zero };
        const input: GmvInput = { currency: 'CNY', against: 'plan', channels };
        const r = gmvChange(input);
        if (!r.ok) {
          expect(r.field).toMatch(/^channels\.\d+\.(before|after)\.aov$/);
          return;
        }
        for (const c of r.channels) {
          expect(Number.isInteger(c.effects.traffic) && Number.isInteger(c.effects.conversion) && Number.isInteger(c.effects.orderValue)).toBe(true);
          expect(c.effects.traffic + c.effects.conversion + c.effects.orderValue).toBe(c.after - c.before);
          // A factor that did not move has no effect.
          const ch = channels[r.channels.indexOf(c)]!;
          if (ch.before.visitors === ch.after.visitors && ch.before.conversion === ch.after.conversion) expect(Math.abs(c.effects.traffic) + Math.abs(c.effects.conversion)).toBeLessThanOrEqual(2);
        }
        expect(r.effects.traffic + r.effects.conversion + r.effects.orderValue).toBe(r.change);
        expect(r.change).toBe(r.after - r.before);
        expect(Object.values(r.effects).every((v) => !Object.is(v, -0))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('gmv-paste: rows from a spreadsheet', () => {
  it('reads valid rows, skips a header and reports each bad row with its line and reason', () => {
    const text = 'Channel\tVisitors\tCR\tAOV\tVisitors\tCR\tAOV\nTmall\t40,000\t3%\t81\t34000\t3\t81\nDouyin\tmany\t2%\t65\t25000\t2.4%\t65\nMini\t5000\t5%\t120\t5000\t5%\n';
    const r = parseGmvPaste(text, 'CNY');
    expect(r.channels).toEqual([{ name: 'Tmall', before: { visitors: 40000, conversion: 0.03, aov: 8100 }, after: { visitors: 34000, conversion: 0.03, aov: 8100 } }]);
    expect(r.read).toBe(3);
    expect(r.issues.map((i) => [i.line, i.column, i.code])).toEqual([[3, 'visitorsBefore', 'invalid'], [4, null, 'columns']]);
  });

  it('refuses a conversion above 100 %, a duplicate channel and a fractional visitor count', () => {
    const r = parseGmvPaste('A\t1\t150\t1\t1\t1\t1\nA\t1\t1\t1\t1\t1\t1\nB\t1.5\t1\t1\t1\t1\t1\nC\t1\t1\t1\t1\t1\t1', 'CNY');
    expect(r.channels.map((c) => c.name)).toEqual(['A', 'C']);
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([[1, 'range'], [3, 'integer']]);
  });
});
