import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adsPlan, chartEnd, keyFigures, keyFigureIds, marginFromPricing, maxCpcCurve, type AdsInput, type AdsPlan } from '../../src/lib/calc/ads';
import { adsSteps } from '../../src/lib/calc/ads/math';
import { adsReportRows } from '../../src/lib/calc/ads/report';
import { adsFormSchema, adsStateSchema, defaultAdsForm } from '../../src/lib/calc/ads/schema';
import { dictionaries } from '../../src/i18n/t';
import { makeT } from '../../src/i18n/translate';
import { csvCell } from '../../src/lib/csv';

const RUNS = { numRuns: 2000 };

function plan(input: AdsInput): AdsPlan {
  const r = adsPlan(input);
  if (!r.ok) throw new Error(`refused: ${r.field} ${r.problem}`);
  return r;
}

describe('adsPlan: worked examples (answers by hand)', () => {
  // Section 5.3's bottle: 40 % margin, ¥100 orders, 6 % conversion, ROAS target 3.6, 10 % refunds,
  // ¥104,400 goal, ¥29,000 planned spend.
  const p = plan(defaultAdsForm);

  it('break-even ROAS 1 ÷ 40 % = 2.5 and break-even ACOS = 40 %', () => {
    expect(p.breakEvenRoas).toBe(2.5);
    expect(p.breakEvenAcos).toBe(0.4);
  });

  it('the dashboard must show 2.5 ÷ (1 − 10 %) = 2.777… before refunds', () => {
    expect(p.breakEvenGrossRoi).toBeCloseTo(2.7777777778, 9);
  });

  it('gross ROI 3.6, net ROI 3.6 × 0.9 = 3.24', () => {
    expect(p.grossRoi).toBe(3.6);
    expect(p.netRoi).toBeCloseTo(3.24, 12);
  });

  it('highest CPC: 6 % × ¥100 × 0.9 × 40 % = ¥2.16 = 216 fen; at ROAS 3.6: ¥6 ÷ 3.6 = ¥1.666… → 166 fen (down)', () => {
    expect(p.maxCpc).toBe(216);
    expect(p.maxCpcAtTarget).toBe(166);
  });

  it('budget ¥104,400 ÷ 3.6 = ¥29,000', () => {
    expect(p.budgetForGoal).toBe(2_900_000);
  });

  it('¥29,000 at 3.6: GMV ¥104,400, ¥93,960 kept, ¥37,584 contribution, ¥8,584 after ads (the chapter’s numbers)', () => {
    expect(p.atPlannedSpend).toEqual({ spend: 2_900_000, gmv: 10_440_000, keptGmv: 9_396_000, contribution: 3_758_400, profit: 858_400 });
    expect(p.warnings).toEqual([]);
  });

  it('bid table: 0.5 % … 5 % in ten rows plus the reader’s 6 %; at 1 %: ¥100 × 1 % × 0.9 × 40 % = 36 fen, ¥1 ÷ 3.6 → 27 fen', () => {
    expect(p.bidTable.map((r) => r.conversionRate)).toEqual([0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04, 0.045, 0.05, 0.06]);
    expect(p.bidTable[1]).toEqual({ conversionRate: 0.01, maxCpc: 36, maxCpcAtTarget: 27, own: false });
    expect(p.bidTable[10]).toEqual({ conversionRate: 0.06, maxCpc: 216, maxCpcAtTarget: 166, own: true });
    // 0.5 %: ¥0.50 × 0.36 = 18 fen; ¥0.50 ÷ 3.6 = 13.9 → 13 fen.
    expect(p.bidTable[0]).toEqual({ conversionRate: 0.005, maxCpc: 18, maxCpcAtTarget: 13, own: false });
  });

  it('rounds bids down and the budget up: 1.3 % × ¥89 × 0.93 × 30 % = 32.2803 fen → 32; ¥10,000 ÷ 3 = ¥3,333.333… → ¥3,333.34', () => {
    const q = plan({ contributionMarginBeforeAds: 0.3, aov: 8900, conversionRate: 0.013, targetRoas: 3, refundRate: 0.07, gmvGoal: 1_000_000, plannedSpend: 100_000 });
    expect(q.maxCpc).toBe(32);
    // 115.7 fen ÷ 3 = 38.57 → 38.
    expect(q.maxCpcAtTarget).toBe(38);
    expect(q.budgetForGoal).toBe(333_334);
    // ¥1,000 × 3 = ¥3,000; × 0.93 = ¥2,790; × 30 % = ¥837; − ¥1,000 = −¥163.
    expect(q.atPlannedSpend).toEqual({ spend: 100_000, gmv: 300_000, keptGmv: 279_000, contribution: 83_700, profit: -16_300 });
    // Break-even 1 ÷ 0.3 = 3.33 > 3.
    expect(q.warnings).toEqual(['target-below-break-even']);
  });

  it('an exact bid is not lost to binary noise: 5 % × ¥100 × (1 − 7 %) × 40 % = 186 fen exactly, not 185', () => {
    expect(plan({ ...defaultAdsForm, conversionRate: 0.05, refundRate: 0.07 }).maxCpc).toBe(186);
  });

  it('warns when refunds pull net ROI below break-even: 25 % margin → 4; 4.5 × 0.8 = 3.6 < 4; dashboard needs 4 ÷ 0.8 = 5', () => {
    const q = plan({ ...defaultAdsForm, contributionMarginBeforeAds: 0.25, targetRoas: 4.5, refundRate: 0.2 });
    expect(q.breakEvenRoas).toBe(4);
    expect(q.netRoi).toBeCloseTo(3.6, 12);
    expect(q.breakEvenGrossRoi).toBeCloseTo(5, 12);
    expect(q.warnings).toEqual(['refunds-below-break-even']);
  });

  it('a target exactly at break-even is not below it (25 % margin, ROAS 4, no refunds)', () => {
    expect(plan({ ...defaultAdsForm, contributionMarginBeforeAds: 0.25, targetRoas: 4, refundRate: 0 }).warnings).toEqual([]);
  });

  it('a margin of 0 or less: no break-even ROAS (null, not Infinity), no bid pays, and a message', () => {
    for (const m of [0, -0.1]) {
      const q = plan({ ...defaultAdsForm, contributionMarginBeforeAds: m });
      expect(q.breakEvenRoas).toBeNull();
      expect(q.breakEvenAcos).toBeNull();
      expect(q.breakEvenGrossRoi).toBeNull();
      expect(q.maxCpc).toBe(0);
      expect(q.bidTable.every((r) => r.maxCpc === 0)).toBe(true);
      expect(q.warnings).toEqual(['no-margin']);
    }
    // −10 %: ¥104,400 kept ¥93,960 × −10 % = −¥9,396; − ¥29,000 = −¥38,396.
    expect(plan({ ...defaultAdsForm, contributionMarginBeforeAds: -0.1 }).atPlannedSpend.profit).toBe(-3_839_600);
  });

  it('everything refunded: net ROI 0, no dashboard ROI breaks even, no bid pays', () => {
    const q = plan({ ...defaultAdsForm, refundRate: 1 });
    expect(q.netRoi).toBe(0);
    expect(q.breakEvenGrossRoi).toBeNull();
    expect(q.maxCpc).toBe(0);
    expect(q.warnings).toEqual(['refunds-below-break-even']);
  });

  it('refuses input by field name', () => {
    expect(adsPlan({ ...defaultAdsForm, targetRoas: 0 })).toEqual({ ok: false, reason: 'invalid', field: 'targetRoas', problem: 'out-of-range' });
    expect(adsPlan({ ...defaultAdsForm, contributionMarginBeforeAds: Number.NaN })).toMatchObject({ field: 'contributionMarginBeforeAds', problem: 'not-a-number' });
    expect(adsPlan({ ...defaultAdsForm, aov: 10.5 })).toMatchObject({ field: 'aov', problem: 'not-whole' });
    expect(adsPlan({ ...defaultAdsForm, refundRate: 1.2 })).toMatchObject({ field: 'refundRate', problem: 'out-of-range' });
  });
});

describe('chart, pricing margin and key figures', () => {
  it('the chart runs from 0 to twice the reader’s rate (at least 5 %); at 12 %: ¥12 × 0.36 = 432 fen, ¥12 ÷ 3.6 → 333 fen', () => {
    expect(chartEnd(0.06)).toBe(0.12);
    expect(chartEnd(0.01)).toBe(0.05);
    expect(chartEnd(0.8)).toBe(1);
    const curve = maxCpcCurve(defaultAdsForm, 0.12, 4);
    if (!curve.ok) throw new Error('refused');
    expect(curve.points.map((p) => p.conversionRate)).toEqual([0, 0.03, 0.06, 0.09, 0.12]);
    expect(curve.points[4]).toEqual({ conversionRate: 0.12, maxCpc: 432, maxCpcAtTarget: 333 });
    expect(curve.points[0]).toEqual({ conversionRate: 0, maxCpc: 0, maxCpcAtTarget: 0 });
  });

  it('takes the margin from a pricing result on the price the customer pays: ¥21.87 ÷ ¥81 = 27 %', () => {
    expect(marginFromPricing(2187, 8100)).toBe(0.27);
    expect(marginFromPricing(-810, 8100)).toBe(-0.1);
    expect(marginFromPricing(100, 0)).toBeNull();
  });

  it('key figures: the five ids with their kinds; null where a figure does not exist', () => {
    const figures = keyFigures(plan(defaultAdsForm));
    expect(figures.map((f) => f.id)).toEqual([...keyFigureIds]);
    expect(figures.map((f) => [f.kind, f.value])).toEqual([['ratio', 2.5], ['rate', 0.4], ['money', 216], ['money', 2_900_000], ['ratio', plan(defaultAdsForm).netRoi]]);
    const none = keyFigures(plan({ ...defaultAdsForm, contributionMarginBeforeAds: 0 }));
    expect(none[0]!.value).toBeNull();
    expect(none[1]!.value).toBeNull();
    for (const dict of Object.values(dictionaries)) for (const id of keyFigureIds) expect(dict[`ads.figure.${id}` as keyof typeof dict], id).toBeTruthy();
  });
});

describe('show the math and CSV', () => {
  const p = plan(defaultAdsForm);
  it('writes each step with the reader’s numbers', () => {
    const steps = adsSteps(defaultAdsForm, p, 'CNY', 'en-GB');
    const by = (key: string) => steps.find((s) => s.key === key);
    expect(by('ads.math.breakEvenRoas')).toMatchObject({ expression: '1 ÷ 40.00%', result: '2.5' });
    expect(by('ads.math.check')).toMatchObject({ result: '1' });
    expect(by('ads.math.maxCpc')).toMatchObject({ expression: '6.00% × 100.00 × (1 − 10.00%) × 40.00%', result: '2.16' });
    expect(by('ads.math.budget')).toMatchObject({ expression: '104,400.00 ÷ 3.6', result: '29,000.00' });
    expect(by('ads.math.profit')).toMatchObject({ expression: '37,584.00 − 29,000.00', result: '8,584.00' });
    // No margin: no break-even steps, never "Infinity".
    const none = adsSteps({ ...defaultAdsForm, contributionMarginBeforeAds: 0 }, plan({ ...defaultAdsForm, contributionMarginBeforeAds: 0 }), 'CNY', 'en-GB');
    expect(none.some((s) => s.key === 'ads.math.breakEvenRoas')).toBe(false);
    expect(JSON.stringify(none)).not.toMatch(/Infinity|NaN|∞/);
  });

  it('CSV rows carry the inputs, results in major units and the bid table', () => {
    const t = makeT(dictionaries.en);
    const rows = adsReportRows({ currency: 'CNY', form: defaultAdsForm, plan: p }, t).map((r) => r.map(csvCell));
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Break-even ROAS')).toBe('2.5');
    expect(value('Highest CPC that still pays')).toBe('2.16');
    expect(value('Budget for the GMV goal')).toBe('29000');
    expect(value('Contribution after ads')).toBe('8584');
    expect(rows.find((r) => r[0] === '6.00%')).toEqual(['6.00%', '2.16', '1.66']);
  });
});

describe('schema', () => {
  it('accepts the example and refuses a margin above 100 % or a ROAS of 0', () => {
    expect(adsStateSchema.safeParse({ currency: 'CNY', ads: defaultAdsForm }).success).toBe(true);
    expect(adsFormSchema.safeParse({ ...defaultAdsForm, contributionMarginBeforeAds: 1.01 }).success).toBe(false);
    expect(adsFormSchema.safeParse({ ...defaultAdsForm, targetRoas: 0 }).success).toBe(false);
  });
});

/** Rates as people type them (to 0.01 %), money in whole minor units. */
const rateArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const marginArb = fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10_000);
const roasArb = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100);
const moneyArb = fc.integer({ min: 0, max: 100_000_000_000 });
const inputArb = fc.record({
  contributionMarginBeforeAds: fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 10_000),
  aov: fc.integer({ min: 0, max: 100_000_000 }),
  conversionRate: rateArb,
  targetRoas: roasArb,
  refundRate: rateArb,
  gmvGoal: moneyArb,
  plannedSpend: moneyArb,
});

/** Every number in a value, with its path. */
function numbers(value: unknown, path = 'plan'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

describe('properties', () => {
  it('break-even ROAS × margin = 1 (float tolerance) for every positive margin', () => {
    fc.assert(fc.property(inputArb, marginArb, (i, m) => {
      const p = plan({ ...i, contributionMarginBeforeAds: m });
      expect(Math.abs(p.breakEvenRoas! * m - 1)).toBeLessThan(1e-12);
      expect(p.breakEvenAcos).toBe(m);
    }), RUNS);
  });

  it('the highest CPC bid makes zero profit per click at the assumed rates, within one minor unit (rounded down)', () => {
    fc.assert(fc.property(inputArb, marginArb, (i, m) => {
      const p = plan({ ...i, contributionMarginBeforeAds: m });
      // Contribution per click: conversion × AOV × kept share × margin, in minor units.
      const perClick = i.conversionRate * i.aov * (1 - i.refundRate) * m;
      const profitAtBid = perClick - p.maxCpc;
      const tolerance = 1e-9 * Math.max(1, perClick);
      expect(profitAtBid).toBeGreaterThanOrEqual(-tolerance);
      expect(profitAtBid).toBeLessThan(1 + tolerance);
      // At the target ROAS bid, GMV per click ÷ bid is at least the target (within rounding).
      const gmvPerClick = i.conversionRate * i.aov;
      expect(p.maxCpcAtTarget * i.targetRoas).toBeLessThanOrEqual(gmvPerClick * (1 + 1e-12) + 1e-9);
      expect((p.maxCpcAtTarget + 1) * i.targetRoas).toBeGreaterThan(gmvPerClick * (1 - 1e-12));
    }), RUNS);
  });

  it('budget × ROAS reaches the goal, and one minor unit less does not (rounded up)', () => {
    fc.assert(fc.property(inputArb, (i) => {
      const p = plan(i);
      const tolerance = 1e-9 * Math.max(1, i.gmvGoal);
      expect(p.budgetForGoal * i.targetRoas).toBeGreaterThanOrEqual(i.gmvGoal - tolerance);
      if (p.budgetForGoal > 0) expect((p.budgetForGoal - 1) * i.targetRoas).toBeLessThan(i.gmvGoal + tolerance);
    }), RUNS);
  });

  it('net ROI ≤ gross ROI, and the bid table never bids more than break-even at a rate', () => {
    fc.assert(fc.property(inputArb, (i) => {
      const p = plan(i);
      expect(p.netRoi).toBeLessThanOrEqual(p.grossRoi);
      for (let k = 1; k < p.bidTable.length; k++) expect(p.bidTable[k]!.maxCpc).toBeGreaterThanOrEqual(p.bidTable[k - 1]!.maxCpc);
    }), RUNS);
  });

  it('warnings follow the definitions: below break-even ⇔ target × margin < 1; refunds ⇔ net ROI × margin < 1 ≤ target × margin', () => {
    fc.assert(fc.property(inputArb, (i) => {
      const p = plan(i);
      const m = i.contributionMarginBeforeAds;
      const keep = 1 - i.refundRate;
      if (m <= 0) expect(p.warnings).toEqual(['no-margin']);
      else if (i.targetRoas * m < 1 - 1e-9) expect(p.warnings).toEqual(['target-below-break-even']);
      else if (i.targetRoas * keep * m < 1 - 1e-9) expect(p.warnings).toEqual(['refunds-below-break-even']);
      else if (i.targetRoas * keep * m > 1 + 1e-9) expect(p.warnings).toEqual([]);
    }), RUNS);
  });

  it('no NaN, Infinity or −0 anywhere in a plan, its key figures or its math', () => {
    fc.assert(fc.property(inputArb, (i) => {
      const p = plan(i);
      for (const [path, v] of [...numbers(p), ...numbers(keyFigures(p), 'figures')]) {
        expect(Number.isFinite(v), path).toBe(true);
        expect(Object.is(v, -0), path).toBe(false);
      }
      expect(JSON.stringify(adsSteps(i, p, 'CNY', 'zh-CN'))).not.toMatch(/Infinity|NaN|∞/);
    }), RUNS);
  });
});
