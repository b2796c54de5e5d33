/**
 * Every exported calculator function, driven with hostile numbers: each returns either a result whose every
 * number is finite and not −0, or the shared input error naming a field and a problem. Never a throw.
 * The arguments start from a valid call and one or more of their numbers are replaced by NaN, ±Infinity,
 * −0, negatives, fractions or amounts of 1e15 and more. fast-check prints the seed of a failing case.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as pricing from '../../src/lib/calc/pricing';
import * as promotion from '../../src/lib/calc/promotion';
import * as kpi from '../../src/lib/calc/kpi';
import * as incentive from '../../src/lib/calc/incentive';
import * as ltv from '../../src/lib/calc/ltv';
import * as ads from '../../src/lib/calc/ads';
import * as stock from '../../src/lib/calc/stock';
import { inputProblems } from '../../src/lib/calc/shared/input-error';
import { defaultAssumptions } from '../../src/lib/calc/shared/defaults';
import { defaultPricingForm } from '../../src/lib/calc/pricing/schema';
import { defaultPromotionState, promotionInput } from '../../src/lib/calc/promotion/schema';
import { defaultKpiForm } from '../../src/lib/calc/kpi/schema';
import { defaultCommissionForm, defaultPoolForm, type CommissionForm } from '../../src/lib/calc/incentive/schema';
import { defaultLtvForm } from '../../src/lib/calc/ltv/schema';
import { defaultAdsForm } from '../../src/lib/calc/ads/schema';
import { defaultStockForm } from '../../src/lib/calc/stock/schema';

const base = pricing.pricingBaseOf(defaultAssumptions);
const channelTable = pricing.channelRowsOf(defaultAssumptions, defaultPricingForm, 8100);
const channels = channelTable.ok ? channelTable.rows.map((r) => r.channel) : [];
const promo = promotionInput(defaultPromotionState, 'a');
const mechanism = promo.mechanism;
const funnel = defaultKpiForm.funnel;
const solved = kpi.solveFunnel(funnel);
const scope = { start: 1, end: 31 };
const plan = (c: CommissionForm) => ({ method: c.method, tiers: c.tiers, target: c.target, gate: c.gate, cap: c.cap, accelerator: c.accelerator });
const commission = { ...plan(defaultCommissionForm), sales: defaultCommissionForm.sales };
const ltvInput = { marginPerOrder: 5400, ordersPerYear: 4, retention: { kind: 'monthly', rate: 0.88 }, horizonMonths: 24, discountRate: 0.1, acquisitionSpend: 6_000_000, newCustomers: 800 };
const ltvResult = ltv.ltvOf(defaultLtvForm);
const pool = {
  amount: defaultPoolForm.amount,
  kpis: defaultPoolForm.kpis,
  people: defaultPoolForm.people.map((p) => ({ name: p.name, targets: p.targets, actuals: p.actuals, grade: p.grade })),
  floor: defaultPoolForm.floor,
};

const stockInput = { dailyDemand: 40, dailyDemandSd: 8, leadTimeDays: 12, leadTimeSd: 3, serviceLevel: 0.95, onHand: 500, onOrder: 100, peakDays: 11, peakMultiplier: 1.5, plannedQuantity: 700 };
const stockResult = stock.stockPlan(stockInput);

/** A valid call of each exported function: the starting point the hostile values are put into. */
const samples: Record<string, Record<string, unknown[][]>> = {
  pricing: {
    marginToMarkup: [[0.4]],
    markupToMargin: [[1]],
    profitAtPrice: [[{ ...base, price: 8100 }]],
    priceForTargetMargin: [[{ ...base, targetMargin: 0.3, ending: '.99' }], [{ ...base, targetMargin: 0.649, vatRate: 0.2676, pricesIncludeVat: false }]],
    naivePrice: [[base, 0.3]],
    channelPriceTable: [[{ currency: 'CNY', unitCost: 5000, targetMargin: 0.3, pricesIncludeVat: true, ending: 'none', price: 9900 }, channels]],
    marginCurve: [[base, 5000, 10000, 20]],
    channelRowsOf: [[defaultAssumptions, defaultPricingForm, 8100]],
    pricingBaseOf: [[defaultAssumptions]],
    scenarioOf: [[defaultAssumptions, defaultPricingForm], [defaultAssumptions, { ...defaultPricingForm, mode: 'price' }]],
    pricingScenario: [[base, defaultPricingForm, 8100]],
    enteredPriceOnSwitch: [['price', { base, solved: null, breakdown: null, price: 8100 }]],
    keyFigures: [[pricing.scenarioOf(defaultAssumptions, defaultPricingForm)]],
  },
  promotion: {
    isItemMechanism: [[mechanism]],
    effectiveDiscount: [[mechanism, { value: 32400, items: 4 }], [{ kind: 'deposit', deposit: 1000, multiplier: 2 }, { value: 8100, items: 1 }]],
    storeEffectiveRate: [[mechanism, defaultPromotionState.baskets]],
    breakEvenUplift: [[{ discountRate: 0.15, margin: 0.3, feeShare: 0.079 }]],
    promotionResult: [[promo], [promotionInput(defaultPromotionState, 'b')]],
    profitCurve: [[promo, 0, 2, 10]],
    depositCounted: [[1000, 2]],
    roasOf: [[328_000, 320_000]],
    rateFromZhe: [[8.5]],
    zheFromRate: [[0.15]],
    depositMultiplier: [[10000, 15000]],
    perItemCost: [[600, defaultPromotionState.baskets]],
    keyFigures: [[promotion.promotionResult(promo)]],
  },
  kpi: {
    solveFunnel: [[funnel], [{ ...funnel, solveFor: 'cvr' }], [{ ...funnel, useImpressions: true, solveFor: 'ctr', impressions: 4_000_000, ctr: 0.02 }]],
    funnelUnknown: [['uv', true]],
    withSolvedValue: [[funnel, solved]],
    splitTarget: [[{ total: 300_000_000, weights: defaultKpiForm.plan.weights, channelShares: defaultKpiForm.plan.channels.map((c) => c.share) }]],
    pacing: [[{ target: 500_000, days: 30, elapsedDays: 20, actualToDate: 320_000 }]],
    dateOfDay: [[2026, 169]],
    periodRanges: [['week', 2026]],
    replan: [[defaultKpiForm.plan, { year: 2027 }]],
    parseDayCell: [['2026-01-05', 2026, scope]],
    compactActuals: [[defaultKpiForm.pacing.actuals, 2026]],
    sortActuals: [[defaultKpiForm.pacing.actuals]],
    fitPacing: [[defaultKpiForm.pacing, { year: 2026, unit: 'month' }], [defaultKpiForm.pacing, { year: 2027, unit: 'month' }]],
    withOwnActuals: [[defaultKpiForm.pacing, [[10, 500]]]],
    ownActuals: [[{ ...defaultKpiForm.pacing, example: false }]],
    kpiScenario: [[defaultKpiForm]],
    plannedAtDay: [[[{ x: 0, y: 0 }, { x: 31, y: 1000 }], 10]],
    ordersToPlace: [[{ orders: 20000.000000000004 }]],
    keyFigures: [[solved]],
  },
  incentive: {
    validatePlan: [[plan(defaultCommissionForm)]],
    tieredCommission: [[commission]],
    quickDeductionTable: [[plan(defaultCommissionForm)]],
    findCliffs: [[{ ...plan(defaultCommissionForm), step: 100, minJump: 100 }]],
    payoutCurve: [[plan(defaultCommissionForm), 50_000_000, 20, [1000]]],
    commissionScenario: [[commission]],
    validatePool: [[pool]],
    allocateBonusPool: [[pool], [{ ...pool, amount: 0 }]],
    keyFigures: [[incentive.tieredCommission(commission), incentive.teamCommission(plan(defaultCommissionForm), defaultCommissionForm.people)]],
    teamCommission: [[plan(defaultCommissionForm), defaultCommissionForm.people], [{ ...plan(defaultCommissionForm), gate: 0.8, cap: 1_000_000 }, [{ name: 'A', sales: 0 }, { name: 'B', sales: 30_000_000 }]]],
  },
  ltv: {
    ltvScenario: [
      [ltvInput],
      [{ ...ltvInput, retention: { kind: 'yearly', rate: 0.4 }, discountRate: 0 }],
      [{ ...ltvInput, retention: { kind: 'cohort', points: [[0, 1], [1, 0.42], [5, 0.27], [23, 0.14]] }, horizonMonths: 120 }],
    ],
    ltvOf: [[defaultLtvForm], [{ ...defaultLtvForm, source: 'cohort' }], [{ ...defaultLtvForm, ratePeriod: 'year', newCustomers: 0 }]],
    retentionOf: [[defaultLtvForm], [{ ...defaultLtvForm, source: 'cohort' }]],
    cacOf: [[6_000_000, 800], [100, 0]],
    monthlyFromYearly: [[0.5]],
    parseCohortPaste: [['month\tshare\n0\t100%\n1\t42%\n2\tabc']],
    keyFigures: [[ltvResult]],
  },
  ads: {
    adsPlan: [[defaultAdsForm], [{ ...defaultAdsForm, contributionMarginBeforeAds: -0.2, refundRate: 1 }], [{ ...defaultAdsForm, conversionRate: 0.013, targetRoas: 2.2 }]],
    maxCpcCurve: [[defaultAdsForm, 0.12, 24]],
    chartEnd: [[0.06]],
    marginFromPricing: [[2187, 8100]],
    keyFigures: [[{ breakEvenRoas: 2.5, breakEvenAcos: 0.4, maxCpc: 216, budgetForGoal: 2_900_000, netRoi: 3.24 }]],
  },
  stock: {
    demandFromHistory: [[defaultStockForm.history, 'week'], [[38, 41, 0, 55], 'day']],
    serviceLevelZ: [[0.95], [0.9999]],
    stockPlan: [[stockInput], [{ ...stockInput, dailyDemandSd: 0, leadTimeSd: 0, serviceLevel: 1 }], [{ ...stockInput, dailyDemand: 0 }]],
    riskCurve: [[stockInput, 0, 2000, 20]],
    peakMultiplierOf: [[{ season: 'curve', peakMonth: 6, peakMultiplier: 2 }], [{ season: 'own', peakMonth: 11, peakMultiplier: 3 }]],
    stockScenario: [[defaultStockForm], [{ ...defaultStockForm, source: 'forecast', season: 'own' }]],
    keyFigures: [[stockResult]],
  },
};

const modules: Record<string, Record<string, unknown>> = { pricing, promotion, kpi, incentive, ltv, ads, stock };

const hostile = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1, -0.5, 0.5, -1e15, 1e15, 1e15 + 1, 2 ** 53, 1e300, Number.MAX_VALUE, Number.MIN_VALUE);

/** Every path to a number inside the arguments. */
function numberPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numberPaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...path, k]));
  return [];
}

function replaced(value: unknown, path: (string | number)[], by: number): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: replaced(record[head!], rest, by) };
}

/** Where a result breaks the contract: a bad number's path, or a malformed error; `null` when it keeps it. */
function breach(value: unknown, path = 'result'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? null : `${path} = ${Object.is(value, -0) ? '-0' : value}`;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const b = breach(v, `${path}.${i}`);
      if (b) return b;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.ok === false && record.reason === 'invalid') {
      if (typeof record.field !== 'string' || record.field === '') return `${path}: error without a field`;
      if (!(inputProblems as readonly unknown[]).includes(record.problem)) return `${path}: error without a known problem`;
    }
    for (const [k, v] of Object.entries(record)) {
      const b = breach(v, `${path}.${k}`);
      if (b) return b;
    }
  }
  return null;
}

describe('every exported calculator function under hostile input', () => {
  it('has a valid sample call for every exported function (a new export must be added here)', () => {
    for (const [name, mod] of Object.entries(modules)) {
      const functions = Object.entries(mod).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
      expect(functions, name).toEqual(Object.keys(samples[name]!).sort());
    }
  });

  it('the sample calls themselves keep the contract', () => {
    for (const [name, fns] of Object.entries(samples)) {
      for (const [fn, calls] of Object.entries(fns)) {
        for (const args of calls) {
          const result = (modules[name]![fn] as (...a: unknown[]) => unknown)(...args);
          expect(breach(result), `${name}.${fn}`).toBeNull();
        }
      }
    }
  });

  const cases = Object.entries(samples).flatMap(([name, fns]) => Object.entries(fns).flatMap(([fn, calls]) => calls.map((args) => ({ name, fn, args }))));
  const withHoles = cases.filter((c) => numberPaths(c.args).length > 0);

  it('returns finite, non −0 results or the named input error, and never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...withHoles),
        fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 3 }),
        ({ name, fn, args }, swaps) => {
          const paths = numberPaths(args);
          let mutated: unknown = args;
          for (const [pick, by] of swaps) mutated = replaced(mutated, paths[pick % paths.length]!, by);
          let result: unknown;
          expect(() => {
            result = (modules[name]![fn] as (...a: unknown[]) => unknown)(...(mutated as unknown[]));
          }, `${name}.${fn}`).not.toThrow();
          expect(breach(result), `${name}.${fn}(${JSON.stringify(mutated, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : Object.is(v, -0) ? '-0' : v))})`).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
