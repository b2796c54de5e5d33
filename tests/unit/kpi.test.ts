import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHINA_RETAIL_MONTHS,
  actualsToDate,
  compactActuals,
  convertWeights,
  dailyWeights,
  dateOfDay,
  dayOfYear,
  daysInYear,
  funnelUnknown,
  keepRate,
  kpiScenario,
  pacing,
  parseDayCell,
  periodRanges,
  plannedShare,
  seasonalWeights,
  solveFunnel,
  splitTarget,
  withSolvedValue,
  type FunnelInput,
  type FunnelSolution,
  type FunnelUnknown,
  type PacingResult,
  plannedAtDay,
  ordersToPlace,
  fitPacing,
  withOwnActuals,
} from '../../src/lib/calc/kpi/core';
import { funnelSteps, pacingSteps } from '../../src/lib/calc/kpi/math';
import { kpiCsv, kpiReportRows } from '../../src/lib/calc/kpi/report';
import { defaultKpiForm, kpiFormSchema, kpiStateSchema, type KpiForm } from '../../src/lib/calc/kpi/schema';
import { decodeState, encodeState, shareUrl } from '../../src/lib/share-state';
import { decodeJson } from '../../src/lib/codec';
import { makeT } from '../../src/i18n/t';
import { kpiStrings } from '../../src/i18n/ui/kpi';

const RUNS = { numRuns: 1500 };

const base: FunnelInput = {
  solveFor: 'uv',
  gmv: 300_000_000,
  gmvBasis: 'paid',
  uv: 0,
  cvr: 0.025,
  aov: 15_000,
  useImpressions: false,
  impressions: 0,
  ctr: 0,
  cancelRate: 0,
  returnRate: 0,
};
const solved = (input: FunnelInput): FunnelSolution => {
  const r = solveFunnel(input);
  if (!r.ok) throw new Error(`expected a solution, got ${JSON.stringify(r)}`);
  return r;
};

/** No NaN, no Infinity, no −0 anywhere in a result. */
function expectClean(value: unknown): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `finite: ${value}`).toBe(true);
    expect(Object.is(value, -0), 'no -0').toBe(false);
  } else if (Array.isArray(value)) value.forEach(expectClean);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectClean);
}

describe('solveFunnel: worked examples', () => {
  it('¥3 000 000 at AOV ¥150 and CVR 2.5 % needs 800 000 UV', () => {
    const r = solved(base);
    expect(r.uv).toBe(800_000);
    expect(r.orders).toBeCloseTo(20_000, 9);
    expect(r.paidGmv).toBe(300_000_000);
    expect(r.netGmv).toBe(300_000_000);
  });
  it('solves each of the other three from the same numbers', () => {
    expect(solved({ ...base, solveFor: 'gmv', uv: 800_000 }).paidGmv).toBe(300_000_000);
    expect(solved({ ...base, solveFor: 'cvr', uv: 800_000, cvr: 0 }).cvr).toBeCloseTo(0.025, 15);
    expect(solved({ ...base, solveFor: 'aov', uv: 800_000, aov: 0 }).aov).toBe(15_000);
  });
  it('puts impressions × CTR in front: 800 000 visitors at 5 % CTR need 16 000 000 impressions', () => {
    const withImpressions = { ...base, useImpressions: true, ctr: 0.05, impressions: 16_000_000 };
    const imp = solved({ ...withImpressions, solveFor: 'impressions', impressions: 0 });
    expect([imp.uv, imp.impressions]).toEqual([800_000, 16_000_000]);
    expect(solved({ ...withImpressions, solveFor: 'ctr', ctr: 0 }).ctr).toBeCloseTo(0.05, 15);
    expect(solved({ ...withImpressions, solveFor: 'gmv' }).paidGmv).toBe(300_000_000);
    expect(solved({ ...withImpressions, solveFor: 'cvr', cvr: 0 }).cvr).toBeCloseTo(0.025, 15);
  });
  it('plans on what is kept: net ¥3 000 000 with 5 % cancelled and 8 % returned needs ¥3 432 494.28 paid and 915 332 UV', () => {
    expect(keepRate(0.05, 0.08)).toBe(0.874);
    const r = solved({ ...base, gmvBasis: 'net', cancelRate: 0.05, returnRate: 0.08 });
    expect(r.paidGmv).toBe(343_249_428);
    expect(r.uv).toBe(915_332);
    expect(r.netGmv).toBeGreaterThanOrEqual(300_000_000);
  });
  it('a paid target with cancellations shows what would be kept', () => {
    const r = solved({ ...base, cancelRate: 0.1, returnRate: 0 });
    expect([r.paidGmv, r.netGmv, r.uv]).toEqual([300_000_000, 270_000_000, 800_000]);
  });
  it('rounds required visitors and order value up, never down', () => {
    // ¥100 at ¥30 and 10 %: 33.33… visitors → 34.
    expect(solved({ ...base, gmv: 10_000, aov: 3_000, cvr: 0.1 }).uv).toBe(34);
    // ¥100 from 7 visitors at 50 %: ¥28.571… → ¥28.58.
    expect(solved({ ...base, solveFor: 'aov', gmv: 10_000, uv: 7, cvr: 0.5, aov: 0 }).aov).toBe(2_858);
  });
  it('explains an impossible conversion rate instead of returning it', () => {
    expect(solveFunnel({ ...base, solveFor: 'cvr', uv: 10_000, cvr: 0 })).toEqual({ ok: false, reason: 'rate-above-100', field: 'cvr', value: 2 });
    const ctr = solveFunnel({ ...base, useImpressions: true, solveFor: 'ctr', impressions: 1_000, ctr: 0 });
    expect(ctr).toMatchObject({ ok: false, reason: 'rate-above-100', field: 'ctr' });
  });
  it('names the zero driver that makes a target unreachable', () => {
    expect(solveFunnel({ ...base, cvr: 0 })).toEqual({ ok: false, reason: 'zero-driver', field: 'cvr' });
    expect(solveFunnel({ ...base, aov: 0 })).toEqual({ ok: false, reason: 'zero-driver', field: 'aov' });
    expect(solveFunnel({ ...base, solveFor: 'cvr', uv: 0 })).toEqual({ ok: false, reason: 'zero-driver', field: 'uv' });
    expect(solveFunnel({ ...base, useImpressions: true, solveFor: 'aov', impressions: 0, ctr: 0.05 })).toEqual({ ok: false, reason: 'zero-driver', field: 'impressions' });
    expect(solveFunnel({ ...base, useImpressions: true, solveFor: 'impressions', ctr: 0 })).toEqual({ ok: false, reason: 'zero-driver', field: 'ctr' });
  });
  it('a zero target needs nothing, without dividing by zero', () => {
    expect(solved({ ...base, gmv: 0 }).uv).toBe(0);
    expect(solved({ ...base, gmv: 0, solveFor: 'cvr', uv: 0 }).cvr).toBe(0);
    expect(solved({ ...base, gmv: 0, solveFor: 'aov', uv: 0, aov: 0 }).aov).toBe(0);
  });
  it('says when a result is beyond what it handles', () => {
    expect(solveFunnel({ ...base, gmv: 1e13, cvr: 0.000001, aov: 1 })).toEqual({ ok: false, reason: 'too-large', field: 'uv' });
    expect(solveFunnel({ ...base, solveFor: 'gmv', uv: 1e12, cvr: 1, aov: 1e9 })).toEqual({ ok: false, reason: 'too-large', field: 'gmv' });
  });
  it('maps the unknown to the funnel in use', () => {
    expect(funnelUnknown('uv', true)).toBe('impressions');
    expect(funnelUnknown('ctr', false)).toBe('uv');
    expect(funnelUnknown('impressions', false)).toBe('uv');
    expect(funnelUnknown('aov', true)).toBe('aov');
    expect(solved({ ...base, useImpressions: true, ctr: 0.05 }).solved).toBe('impressions');
  });
  it('writes the solved value back into the form', () => {
    const r = solveFunnel(base);
    expect(withSolvedValue(base, r).uv).toBe(800_000);
    const g = solveFunnel({ ...base, solveFor: 'gmv', uv: 800_000, gmvBasis: 'net', cancelRate: 0.1 });
    expect(withSolvedValue({ ...base, solveFor: 'gmv', gmvBasis: 'net' }, g).gmv).toBe(270_000_000);
    const bad = solveFunnel({ ...base, cvr: 0 });
    expect(withSolvedValue(base, bad)).toBe(base);
  });
});

describe('solveFunnel: hostile inputs are refused with the field, never thrown', () => {
  const cases: [keyof FunnelInput, unknown][] = [
    ['gmv', Number.NaN], ['gmv', -1], ['gmv', 1.5], ['gmv', Infinity], ['gmv', 1e14],
    ['uv', -5], ['uv', Number.NaN], ['uv', 0.5], ['uv', 1e13],
    ['cvr', 1.01], ['cvr', -0.1], ['cvr', Number.NaN], ['cvr', Infinity],
    ['aov', -1], ['aov', 1e10], ['aov', 0.1],
    ['impressions', -1], ['impressions', Number.POSITIVE_INFINITY],
    ['ctr', 2], ['ctr', Number.NaN],
    ['cancelRate', 1], ['cancelRate', -0.01], ['returnRate', Number.NaN], ['returnRate', 0.995],
  ];
  for (const [field, value] of cases) {
    it(`${field} = ${String(value)}`, () => {
      const r = solveFunnel({ ...base, [field]: value } as FunnelInput);
      expect(r).toMatchObject({ ok: false, reason: 'invalid', field });
    });
  }
  it('refuses an unknown to solve for', () => {
    expect(solveFunnel({ ...base, solveFor: 'profit' as FunnelUnknown })).toMatchObject({ ok: false, reason: 'invalid' });
  });
  it('turns −0 inputs into 0', () => {
    const r = solved({ ...base, solveFor: 'gmv', uv: -0, cvr: -0, aov: -0, cancelRate: -0 });
    expectClean(r);
    expect(r.paidGmv).toBe(0);
  });
});

/** Forward GMV (paid) for a solution's drivers. */
const forward = (input: FunnelInput, r: FunnelSolution) =>
  solved({ ...input, solveFor: 'gmv', uv: r.uv, cvr: r.cvr, aov: r.aov, impressions: r.impressions ?? 0, ctr: r.ctr ?? 0 });

describe('solveFunnel: round trips (properties)', () => {
  const drivers = fc.record({
    uv: fc.integer({ min: 1, max: 10_000_000 }),
    cvr: fc.double({ min: 0.0001, max: 0.9, noNaN: true }),
    aov: fc.integer({ min: 1, max: 1_000_000 }),
    impressions: fc.integer({ min: 1, max: 10_000_000 }),
    ctr: fc.double({ min: 0.001, max: 0.9, noNaN: true }),
    cancelRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    returnRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
    useImpressions: fc.boolean(),
  });
  const unknowns = fc.constantFrom<FunnelUnknown>('uv', 'cvr', 'aov', 'impressions', 'ctr');

  it('solving any unknown from a GMV and plugging it back gives that GMV (conversion exactly; visitors, impressions and order value at the least that reaches it)', () => {
    fc.assert(
      fc.property(drivers, unknowns, (d, pick) => {
        const start: FunnelInput = { ...base, ...d, solveFor: 'gmv', gmvBasis: 'paid' };
        const g = solved(start).paidGmv;
        const unknown = funnelUnknown(pick, d.useImpressions);
        const input: FunnelInput = { ...start, solveFor: pick, gmv: g, [unknown]: 0 };
        const r = solveFunnel(input);
        if (!r.ok) {
          // Only possible when rounding the GMV up pushes a required rate a hair past 100 %.
          expect(r.reason).toBe('rate-above-100');
          return;
        }
        expectClean(r);
        expect(r.solved).toBe(unknown);
        const back = forward(input, r).paidGmv;
        expect(back).toBeGreaterThanOrEqual(g);
        const slack = 1e-9 * Math.max(1, g);
        switch (unknown) {
          case 'cvr':
            expect(back).toBe(g);
            break;
          case 'ctr':
            // Visitors are whole: the rate brings exactly the fewest visitors that reach the GMV.
            expect(Math.abs(r.impressions! * r.ctr! - r.uv)).toBeLessThan(1e-6);
            expect((r.uv - 1) * r.cvr * r.aov).toBeLessThan(g + slack);
            break;
          case 'uv':
            expect((r.uv - 1) * r.cvr * r.aov).toBeLessThan(g + slack);
            break;
          case 'impressions':
            expect((r.uv - 1) * r.cvr * r.aov).toBeLessThan(g + slack);
            expect((r.impressions! - 1) * r.ctr!).toBeLessThan(r.uv + 1e-9 * r.uv);
            break;
          case 'aov':
            expect((r.aov - 1) * r.uv * r.cvr).toBeLessThan(g + slack);
            break;
          default:
            throw new Error(`unexpected unknown ${unknown}`);
        }
      }),
      RUNS,
    );
  }, 30_000);

  it('a net target grossed up by the keep rate is really kept', () => {
    fc.assert(
      fc.property(drivers, fc.integer({ min: 0, max: 1e12 }), unknowns, (d, net, pick) => {
        const r = solveFunnel({ ...base, ...d, solveFor: pick, gmv: net, gmvBasis: 'net' });
        if (!r.ok) return;
        expectClean(r);
        expect(r.netGmv).toBeGreaterThanOrEqual(net);
        expect(r.paidGmv).toBeGreaterThanOrEqual(r.netGmv);
      }),
      RUNS,
    );
  }, 30_000);

  it('never returns NaN, Infinity or −0, whatever it is given', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1, 1e13, 1e15, Number.MAX_VALUE, -1));
    fc.assert(
      fc.property(
        fc.record({ gmv: anyNumber, uv: anyNumber, cvr: anyNumber, aov: anyNumber, impressions: anyNumber, ctr: anyNumber, cancelRate: anyNumber, returnRate: anyNumber }),
        unknowns,
        fc.boolean(),
        fc.constantFrom('paid' as const, 'net' as const),
        (n, solveFor, useImpressions, gmvBasis) => {
          let r: unknown;
          expect(() => (r = solveFunnel({ ...n, solveFor, useImpressions, gmvBasis }))).not.toThrow();
          expectClean(r);
        },
      ),
      RUNS,
    );
  }, 30_000);
});

describe('calendar', () => {
  it('numbers days from 1 January, leap years included', () => {
    expect(dayOfYear(2026, 6, 18)).toBe(169);
    expect(dayOfYear(2026, 11, 11)).toBe(315);
    expect(dayOfYear(2028, 11, 11)).toBe(316);
    expect(dayOfYear(2026, 2, 29)).toBeNull();
    expect(dayOfYear(2028, 2, 29)).toBe(60);
    expect(dayOfYear(2026, 13, 1)).toBeNull();
    expect(dateOfDay(2026, 315)).toEqual({ month: 11, day: 11 });
    expect(dateOfDay(2028, 366)).toEqual({ month: 12, day: 31 });
    expect(daysInYear(2100)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
  });
  it('months and weeks cover every day of the year exactly once', () => {
    for (const year of [2026, 2028]) {
      for (const unit of ['month', 'week'] as const) {
        const ranges = periodRanges(unit, year);
        expect(ranges[0]!.start).toBe(1);
        expect(ranges.at(-1)!.end).toBe(daysInYear(year));
        ranges.slice(1).forEach((r, i) => expect(r.start).toBe(ranges[i]!.end + 1));
      }
    }
    expect(periodRanges('week', 2026)[51]).toEqual({ start: 358, end: 365 });
    expect(periodRanges('week', 2028)[51]).toEqual({ start: 358, end: 366 });
  });
  it('converts month weights to weeks and back through the days', () => {
    const weeks = seasonalWeights('china', 'week', 2026);
    expect(weeks).toHaveLength(52);
    // Double 11 falls in week 46 (days 309–315); the Spring Festival dip in February.
    expect(weeks[45]!).toBeGreaterThan(weeks[30]!);
    expect(weeks[6]!).toBeLessThan(weeks[2]!);
    const back = convertWeights(convertWeights(CHINA_RETAIL_MONTHS, 'month', 'week', 2026), 'week', 'month', 2026);
    const ratio = (ws: readonly number[]) => ws.map((w) => w / ws.reduce((a, b) => a + b, 0));
    ratio(back).forEach((s, i) => expect(Math.abs(s - ratio(CHINA_RETAIL_MONTHS)[i]!)).toBeLessThan(0.005));
    expect(convertWeights([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'month', 'week', 2026).every((w) => w === 100)).toBe(true);
    expect(dailyWeights(new Array(12).fill(100), 'month', 2026)[0]).toBeCloseTo(100 / 31, 12);
  });
});

describe('splitTarget', () => {
  it('splits ¥3 000 000 on the Chinese retail calendar with Double 11 the biggest month', () => {
    const r = splitTarget({ total: 300_000_000, weights: CHINA_RETAIL_MONTHS, channelShares: [45, 25, 20, 10] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.periods.reduce((a, b) => a + b, 0)).toBe(300_000_000);
    expect(Math.max(...r.periods)).toBe(r.periods[10]);
    expect(r.periods[10]).toBe(38_135_593); // 150 / 1180 of the year
    expect(r.periods[5]).toBe(31_779_661); // June: 618
    expect(r.channels).toEqual([135_000_000, 75_000_000, 60_000_000, 30_000_000]);
    r.matrix.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBe(r.periods[i]));
    r.channels.forEach((c, j) => expect(r.matrix.reduce((a, row) => a + row[j]!, 0)).toBe(c));
  });
  it('uses largest remainders: 100 in three is 34, 33, 33', () => {
    const r = splitTarget({ total: 100, weights: [1, 1, 1] });
    expect(r.ok && r.periods).toEqual([34, 33, 33]);
    expect(r.ok && r.channels).toEqual([]);
  });
  it('splits evenly when every weight is zero, and gives nothing to a zero-share channel', () => {
    const r = splitTarget({ total: 10, weights: [0, 0], channelShares: [1, 0] });
    expect(r.ok && r.periods).toEqual([5, 5]);
    expect(r.ok && r.channels).toEqual([10, 0]);
    expect(r.ok && r.periodShares).toEqual([0.5, 0.5]);
  });
  it('refuses hostile input', () => {
    for (const input of [
      { total: -1, weights: [1] },
      { total: 1.5, weights: [1] },
      { total: Number.NaN, weights: [1] },
      { total: 1e16, weights: [1] },
      { total: 1, weights: [] },
      { total: 1, weights: [Number.NaN] },
      { total: 1, weights: [-1] },
      { total: 1, weights: [Infinity] },
      { total: 1, weights: new Array(400).fill(1) },
      { total: 1, weights: [1], channelShares: [Number.NaN] },
      { total: 1, weights: [1], channelShares: new Array(9).fill(1) },
    ]) {
      expect(splitTarget(input).ok).toBe(false);
    }
  });
  it('parts always add up exactly to the whole and are never negative (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e15 }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constant(0)), { minLength: 1, maxLength: 53 }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(0)), { maxLength: 8 }),
        (total, weights, channelShares) => {
          const r = splitTarget({ total, weights, channelShares });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expectClean(r);
          expect(r.periods.reduce((a, b) => a + b, 0)).toBe(total);
          expect(r.periods.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
          if (channelShares.length) {
            expect(r.channels.reduce((a, b) => a + b, 0)).toBe(total);
            expect(r.channels.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
            r.matrix.forEach((row, i) => {
              expect(row.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
              expect(row.reduce((a, b) => a + b, 0)).toBe(r.periods[i]);
            });
            r.channels.forEach((c, j) => expect(r.matrix.reduce((a, row) => a + row[j]!, 0)).toBe(c));
          }
          // Never more than one unit away from the exact proportional part.
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum > 0 && total < 1e12) r.periods.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-6));
        },
      ),
      RUNS,
    );
  }, 30_000);
});

describe('pacing', () => {
  it('320 000 of 500 000 at day 20 of 30 is 96.0 % of straight-line pace and needs 18 000 a day', () => {
    const r = pacing({ target: 500_000, days: 30, elapsedDays: 20, actualToDate: 320_000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pace).toBeCloseTo(0.96, 12);
    expect(r.straightLinePace).toBeCloseTo(0.96, 12);
    expect(r.requiredDaily).toBe(18_000);
    expect(r.projected).toBe(480_000);
    expect(r.expectedToDate).toBe(333_333);
    expect(r.daysLeft).toBe(10);
    expect(r.status).toBe('behind');
    expect(r.requiredVsPlan).toBeCloseTo(180_000 / (500_000 - 1_000_000 / 3), 12);
  });
  it('paces against the planned curve, not only a straight line', () => {
    // A promotion in the first ten days doubles their weight: by day 20 the plan expects 75 %, not 66.7 %.
    const curve = [...new Array(10).fill(2), ...new Array(20).fill(1)];
    const r = pacing({ target: 500_000, days: 30, elapsedDays: 20, actualToDate: 320_000, curve });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plannedShare).toBe(0.75);
    expect(r.expectedToDate).toBe(375_000);
    expect(r.pace).toBeCloseTo(320 / 375, 12);
    expect(r.straightLinePace).toBeCloseTo(0.96, 12);
    expect(r.projected).toBe(426_667);
    expect(r.requiredDaily).toBe(18_000);
    expect(r.plannedDaily).toBe(12_500);
    expect(r.status).toBe('behind');
  });
  it('states its thresholds: behind below 97 %, ahead from 103 %, on track between', () => {
    const at = (actual: number, tolerance?: number) => {
      const r = pacing({ target: 1_000, days: 10, elapsedDays: 10, actualToDate: actual, ...(tolerance === undefined ? {} : { tolerance }) });
      return r.ok ? r.status : 'invalid';
    };
    expect(at(969)).toBe('behind');
    expect(at(970)).toBe('on-track');
    expect(at(1_000)).toBe('on-track');
    expect(at(1_029)).toBe('on-track');
    expect(at(1_030)).toBe('ahead');
    expect(at(949, 0.05)).toBe('behind');
    expect(at(950, 0.05)).toBe('on-track');
    expect(at(1_000, 0)).toBe('on-track');
    expect(at(999, 0)).toBe('behind');
  });
  it('handles the edges: day 0, the last day, a target already met, a plan with nothing due yet', () => {
    const start = pacing({ target: 1_000, days: 10, elapsedDays: 0, actualToDate: 0 });
    expect(start).toMatchObject({ ok: true, status: 'not-started', pace: null, projected: null, requiredDaily: 100 });
    const end = pacing({ target: 1_000, days: 10, elapsedDays: 10, actualToDate: 900 });
    expect(end).toMatchObject({ ok: true, requiredDaily: null, daysLeft: 0, remaining: 100, status: 'behind' });
    const met = pacing({ target: 1_000, days: 10, elapsedDays: 5, actualToDate: 1_500 });
    expect(met).toMatchObject({ ok: true, remaining: 0, requiredDaily: 0, status: 'ahead' });
    const quiet = pacing({ target: 1_000, days: 4, elapsedDays: 2, actualToDate: 10, curve: [0, 0, 1, 1] });
    expect(quiet).toMatchObject({ ok: true, pace: null, status: 'ahead', projected: null });
    const zero = pacing({ target: 0, days: 4, elapsedDays: 2, actualToDate: 0 });
    expect(zero).toMatchObject({ ok: true, pace: null, status: 'on-track' });
    if (zero.ok) expectClean(zero);
  });
  it('refuses hostile input with the field', () => {
    const good = { target: 1_000, days: 10, elapsedDays: 5, actualToDate: 500 };
    const cases: [string, object][] = [
      ['target', { target: -1 }], ['target', { target: Number.NaN }], ['target', { target: 0.5 }], ['target', { target: 1e16 }],
      ['days', { days: 0 }], ['days', { days: 367 }], ['days', { days: 2.5 }],
      ['elapsedDays', { elapsedDays: 11 }], ['elapsedDays', { elapsedDays: -1 }], ['elapsedDays', { elapsedDays: Number.NaN }],
      ['actualToDate', { actualToDate: -1 }], ['actualToDate', { actualToDate: Infinity }],
      ['curve', { curve: [1, 2] }], ['curve', { curve: new Array(10).fill(Number.NaN) }], ['curve', { curve: new Array(10).fill(-1) }],
      ['tolerance', { tolerance: 0.6 }], ['tolerance', { tolerance: -0.1 }], ['tolerance', { tolerance: Number.NaN }],
    ];
    for (const [field, patch] of cases) expect(pacing({ ...good, ...patch })).toMatchObject({ ok: false, reason: 'invalid', field });
  });
  it('on a flat curve equals straight-line pacing (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 366 }).chain((days) =>
          fc.record({
            days: fc.constant(days),
            elapsedDays: fc.integer({ min: 0, max: days }),
            target: fc.integer({ min: 0, max: 1e13 }),
            actualToDate: fc.integer({ min: 0, max: 1e13 }),
            weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
            tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }),
          }),
        ),
        ({ weight, ...input }) => {
          const flat = pacing({ ...input, curve: new Array<number>(input.days).fill(weight) }) as PacingResult;
          const line = pacing(input) as PacingResult;
          expect(flat.ok && line.ok).toBe(true);
          expectClean(flat);
          expect(flat).toEqual(line);
          expect(flat.pace).toBe(flat.straightLinePace);
          expect(flat.status).toBe(flat.straightLineStatus);
          if (input.elapsedDays > 0 && input.target > 0) {
            const exact = input.actualToDate / ((input.target * input.elapsedDays) / input.days);
            expect(Math.abs(flat.pace! - exact)).toBeLessThanOrEqual(1e-12 * exact);
          }
        },
      ),
      RUNS,
    );
  }, 30_000);
  it('never returns NaN, Infinity or −0 for any valid input, even with vanishing weights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(0, 5e-324, 1e-300)), { minLength: 1, maxLength: 366 }).chain((curve) =>
          fc.record({
            curve: fc.constant(curve),
            elapsedDays: fc.integer({ min: 0, max: curve.length }),
            target: fc.oneof(fc.integer({ min: 0, max: 1e15 }), fc.constant(0)),
            actualToDate: fc.integer({ min: 0, max: 1e15 }),
          }),
        ),
        (input) => {
          const r = pacing({ ...input, days: input.curve.length });
          expect(r.ok).toBe(true);
          expectClean(r);
        },
      ),
      RUNS,
    );
  }, 30_000);
  it('the planned share only grows, from 0 to 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 366 }), (curve) => {
        let last = 0;
        for (let d = 0; d <= curve.length; d++) {
          const s = plannedShare(curve, d);
          expect(s).toBeGreaterThanOrEqual(last - 1e-12);
          last = s;
        }
        expect(plannedShare(curve, 0)).toBe(0);
        expect(plannedShare(curve, curve.length)).toBeCloseTo(1, 12);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('actuals', () => {
  const year = { start: 1, end: 365 };
  it('reads day numbers within the scope and year-first dates', () => {
    expect(parseDayCell('20', 2026, { start: 32, end: 59 })).toEqual({ ok: true, value: 51 });
    expect(parseDayCell('2026-06-18', 2026, year)).toEqual({ ok: true, value: 169 });
    expect(parseDayCell('2026/6/18', 2026, year)).toEqual({ ok: true, value: 169 });
    expect(parseDayCell('2026.06.18', 2026, year)).toEqual({ ok: true, value: 169 });
    expect(parseDayCell('2026年6月18日', 2026, year)).toEqual({ ok: true, value: 169 });
    expect(parseDayCell('２０２６－０６－１８', 2026, year)).toEqual({ ok: true, value: 169 });
    expect(parseDayCell('2026/6/18 0:00', 2026, year)).toEqual({ ok: true, value: 169 });
    expect(parseDayCell('2026-06-18T09:30:00', 2026, year)).toEqual({ ok: true, value: 169 });
  });
  it('refuses what is not a day of the scope, saying why', () => {
    const code = (raw: string, scope = year) => {
      const r = parseDayCell(raw, 2026, scope);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('')).toBe('empty');
    expect(code('abc')).toBe('invalid');
    expect(code('18/06/2026')).toBe('invalid');
    expect(code('06/18/2026')).toBe('invalid');
    expect(code('2026-02-29')).toBe('invalid');
    expect(code('2026-13-01')).toBe('invalid');
    expect(code('2025-06-18')).toBe('year');
    expect(code('2026-06-18', { start: 32, end: 59 })).toBe('range');
    expect(code('0')).toBe('range');
    expect(code('366')).toBe('range');
    expect(code('1.5')).toBe('invalid');
    expect(code('-3')).toBe('invalid');
    expect(code('=1+1')).toBe('invalid');
    expect(code('2'.repeat(200))).toBe('invalid');
  });
  it('adds up actuals to the latest day, per scope', () => {
    expect(actualsToDate([[31, 100], [59, 50], [400, 1]], year)).toEqual({ actualToDate: 150, elapsedDays: 59 });
    expect(actualsToDate([[31, 100], [40, 50]], { start: 32, end: 59 })).toEqual({ actualToDate: 50, elapsedDays: 9 });
    expect(actualsToDate([], year)).toEqual({ actualToDate: 0, elapsedDays: 0 });
  });
  it('compacts daily rows to one a month without moving the cumulative totals at month ends', () => {
    const daily = Array.from({ length: 200 }, (_, i) => [i + 1, 1000 + i] as const);
    const compact = compactActuals(daily, 2026);
    expect(compact).toHaveLength(7); // January to 19 July
    expect(compact.at(-1)![0]).toBe(200);
    expect(actualsToDate(compact, year)).toEqual(actualsToDate(daily, year));
    expect(actualsToDate(compact, { start: 1, end: 59 })).toEqual(actualsToDate(daily, { start: 1, end: 59 }));
  });
});

describe('the whole plan: the default example', () => {
  const s = kpiScenario(defaultKpiForm);
  it('needs 800 000 visitors and splits both GMV and visitors exactly', () => {
    expect(s.funnel.ok && s.funnel.uv).toBe(800_000);
    expect(s.gmvTotal).toBe(300_000_000);
    expect(s.gmvSplit.periods.reduce((a, b) => a + b, 0)).toBe(300_000_000);
    expect(s.uvSplit!.periods.reduce((a, b) => a + b, 0)).toBe(800_000);
    expect(s.uvSplit!.periods[10]).toBe(101_695);
  });
  it('is on track against the plan curve but behind a straight line at the end of June', () => {
    expect(s.elapsedDays).toBe(181);
    expect(s.actualToDate).toBe(139_320_000);
    const p = s.pacing;
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.plannedShare).toBeCloseTo(560 / 1180, 12);
    expect(p.pace!).toBeCloseTo(139_320_000 / (300_000_000 * (560 / 1180)), 9);
    expect(p.status).toBe('on-track');
    expect(p.straightLinePace!).toBeCloseTo(139_320_000 / ((300_000_000 * 181) / 365), 9);
    expect(p.straightLineStatus).toBe('behind');
  });
  it('draws the planned cumulative curve through every month end and the actuals from zero', () => {
    expect(s.planned).toHaveLength(13);
    expect(s.planned[0]).toEqual({ x: 0, y: 0 });
    expect(s.planned.at(-1)).toEqual({ x: 365, y: 300_000_000 });
    expect(s.actual[0]).toEqual({ x: 0, y: 0 });
    expect(s.actual.at(-1)).toEqual({ x: 181, y: 139_320_000 });
  });
  it('paces one month on its own: the month’s part of the split, over its days', () => {
    const june = kpiScenario({ ...defaultKpiForm, pacing: { ...defaultKpiForm.pacing, scope: 6, actuals: [[152 + 19, 20_000_000]] } });
    expect(june.scopeTarget).toBe(june.gmvSplit.periods[5]);
    expect(june.scopeRange).toEqual({ start: 152, end: 181 });
    expect(june.elapsedDays).toBe(20);
    expect(june.pacing.ok && june.pacing.plannedShare).toBeCloseTo(20 / 30, 12);
  });
  it('still splits the entered target when the funnel has no solution', () => {
    const broken = kpiScenario({ ...defaultKpiForm, funnel: { ...defaultKpiForm.funnel, cvr: 0 } });
    expect(broken.funnel.ok).toBe(false);
    expect(broken.gmvTotal).toBe(300_000_000);
    expect(broken.uvSplit).toBeNull();
  });
  it('works in weeks', () => {
    const weeks = kpiScenario({ ...defaultKpiForm, plan: { ...defaultKpiForm.plan, unit: 'week', weights: seasonalWeights('china', 'week', 2026) } });
    expect(weeks.gmvSplit.periods).toHaveLength(52);
    expect(weeks.gmvSplit.periods.reduce((a, b) => a + b, 0)).toBe(300_000_000);
    expect(weeks.planned).toHaveLength(53);
  });
  it('never yields NaN, Infinity or −0 for any valid form (property)', () => {
    const form = fc.record({
      gmv: fc.integer({ min: 0, max: 1e13 }),
      uv: fc.integer({ min: 0, max: 1e12 }),
      cvr: fc.double({ min: 0, max: 1, noNaN: true }),
      aov: fc.integer({ min: 0, max: 1e9 }),
      solveFor: fc.constantFrom<FunnelUnknown>('gmv', 'uv', 'cvr', 'aov', 'impressions', 'ctr'),
      useImpressions: fc.boolean(),
      weights: fc.array(fc.double({ min: 0, max: 10_000, noNaN: true }), { minLength: 12, maxLength: 12 }),
      scope: fc.integer({ min: 0, max: 12 }),
      actuals: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 1e12 })), { maxLength: 40, selector: (r) => r[0] }),
    });
    fc.assert(
      fc.property(form, (f) => {
        const input: KpiForm = {
          funnel: { ...defaultKpiForm.funnel, gmv: f.gmv, uv: f.uv, cvr: f.cvr, aov: f.aov, solveFor: f.solveFor, useImpressions: f.useImpressions },
          plan: { ...defaultKpiForm.plan, weights: f.weights },
          pacing: { ...defaultKpiForm.pacing, scope: f.scope, actuals: f.actuals },
        };
        expect(kpiFormSchema.safeParse(input).success).toBe(true);
        const s = kpiScenario(input);
        expectClean(s);
        expect(s.gmvSplit.periods.reduce((a, b) => a + b, 0)).toBe(s.gmvTotal);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('show the math', () => {
  it('writes the funnel out with the reader’s numbers', () => {
    const r = solved(base);
    const steps = funnelSteps(base, r, 'CNY', 'en-GB');
    expect(steps.find((s) => s.key === 'kpi.math.uv')).toEqual({ key: 'kpi.math.uv', expression: '3,000,000.00 ÷ (2.50% × 150.00)', result: '800,000' });
    expect(steps.find((s) => s.key === 'kpi.math.orders')?.result).toBe('20,000');
    expect(steps.some((s) => s.key === 'kpi.math.keep')).toBe(false);
    const netInput = { ...base, gmvBasis: 'net' as const, cancelRate: 0.05, returnRate: 0.08 };
    const net = funnelSteps(netInput, solved(netInput), 'CNY', 'zh-CN');
    expect(net.map((s) => s.key)).toEqual(['kpi.math.keep', 'kpi.math.paid', 'kpi.math.uv', 'kpi.math.orders', 'kpi.math.net']);
    expect(net[0]!.result).toBe('87.40%');
    for (const solveFor of ['gmv', 'cvr', 'aov', 'impressions', 'ctr'] as const) {
      const input = { ...base, solveFor, uv: 800_000, useImpressions: true, impressions: 16_000_000, ctr: 0.05 };
      const steps2 = funnelSteps(input, solved(input), 'USD', 'en-GB');
      expect(steps2.length).toBeGreaterThan(1);
      expect(steps2.map((s) => s.expression + s.result).join()).not.toMatch(/NaN|Infinity/);
    }
  });
  it('writes pacing out', () => {
    const input = { target: 50_000_000, days: 30, elapsedDays: 20, actualToDate: 32_000_000 };
    const r = pacing(input) as PacingResult;
    const steps = pacingSteps(input, r, 'CNY', 'en-GB');
    expect(steps.find((s) => s.key === 'kpi.math.required')?.result).toBe('18,000.00');
    expect(steps.find((s) => s.key === 'kpi.math.linePace')?.result).toBe('96.00%');
    expect(steps.find((s) => s.key === 'kpi.math.projected')?.result).toBe('480,000.00');
  });
});

describe('CSV of the plan', () => {
  const t = makeT({ ...kpiStrings.en, 'calc.input': 'Input', 'calc.value': 'Value', 'calc.result': 'Result', 'calc.currency': 'Currency' });
  const format = {
    t,
    pct: (r: number, d = 1) => `${(r * 100).toFixed(d)}%`,
    periodName: (i: number) => `P${i + 1}`,
    dateLabel: (d: number) => `day ${d}`,
  };
  it('has the inputs, the result, a split that adds up and the pacing', () => {
    const s = kpiScenario(defaultKpiForm);
    const csv = kpiCsv({ currency: 'CNY', form: defaultKpiForm, scenario: s }, format);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain(`${kpiStrings.en['kpi.field.uv']},800000`);
    const rows = kpiReportRows({ currency: 'CNY', form: defaultKpiForm, scenario: s }, format);
    const periodRows = rows.filter((r) => typeof r[0] === 'string' && /^P\d+$/.test(r[0]));
    expect(periodRows).toHaveLength(12);
    const sum = periodRows.reduce((a, r) => a + Math.round((r[3] as number) * 100), 0);
    expect(sum).toBe(300_000_000);
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
  });
  it('guards channel names against formula injection', () => {
    const form: KpiForm = { ...defaultKpiForm, plan: { ...defaultKpiForm.plan, channels: [{ name: '=HYPERLINK("http://x")', share: 1 }] } };
    const csv = kpiCsv({ currency: 'CNY', form, scenario: kpiScenario(form) }, format);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
  it('explains a funnel with no solution', () => {
    const form: KpiForm = { ...defaultKpiForm, funnel: { ...defaultKpiForm.funnel, solveFor: 'cvr', uv: 10 } };
    const csv = kpiCsv({ currency: 'CNY', form, scenario: kpiScenario(form) }, format);
    expect(csv).toContain(kpiStrings.en['kpi.result.none']);
  });
});

describe('one rounding per figure (issue #18)', () => {
  const t = makeT({ ...kpiStrings.en, 'calc.input': 'Input', 'calc.value': 'Value', 'calc.result': 'Result', 'calc.currency': 'Currency' });
  const format = { t, pct: (r: number, d = 1) => `${(r * 100).toFixed(d)}%`, periodName: (i: number) => `P${i + 1}`, dateLabel: (d: number) => `day ${d}` };
  it('shows the same whole orders on the card, in the math and in the CSV', () => {
    // 1 333 334 visitors × 2.5 % = 33 333.35 orders: 33 334 whole orders to win, everywhere.
    const funnel = { ...defaultKpiForm.funnel, solveFor: 'gmv' as const, uv: 1_333_334, cvr: 0.025, aov: 15_000, useImpressions: false, cancelRate: 0, returnRate: 0 };
    const r = solved({ ...base, ...funnel });
    expect(ordersToPlace(r)).toBe(33_334);
    const step = funnelSteps({ ...base, ...funnel }, r, 'CNY', 'en-GB').find((s) => s.key === 'kpi.math.orders')!;
    expect(step.result).toBe('33,334');
    expect(step.expression).toBe('⌈1,333,334 × 2.50%⌉');
    const form: KpiForm = { ...defaultKpiForm, funnel };
    const rows = kpiReportRows({ currency: 'CNY', form, scenario: kpiScenario(form) }, format);
    expect(rows.find((row) => row[0] === kpiStrings.en['kpi.result.orders'])).toEqual([kpiStrings.en['kpi.result.orders'], 33_334]);
  });
  it('writes negative rates in the CSV as numbers, not as text', () => {
    const form: KpiForm = { ...defaultKpiForm, pacing: { ...defaultKpiForm.pacing, actuals: [[31, 1_000]] } };
    const csv = kpiCsv({ currency: 'CNY', form, scenario: kpiScenario(form) }, format);
    expect(csv).not.toContain("'");
  });
});

describe('actuals by month (issue #18)', () => {
  const year2027 = { start: 1, end: 365 };
  const day = (raw: string, year = 2027, scope = year2027) => parseDayCell(raw, year, scope);
  it('reads every month form as the month’s last day', () => {
    // January ends on day 31, February on day 59 in 2027 and day 60 in 2028, December on day 365 / 366.
    for (const raw of ['2027-01', '2027-1', '2027/1', '2027/01', '2027.1', '2027年1月', '2027 年 1 月', '1月', '01月', '１月', ' 2027-01 ']) {
      expect(day(raw), raw).toEqual({ ok: true, value: 31 });
    }
    expect(day('2027-02')).toEqual({ ok: true, value: 59 });
    expect(day('2月')).toEqual({ ok: true, value: 59 });
    expect(day('2028-02', 2028, { start: 1, end: 366 })).toEqual({ ok: true, value: 60 });
    expect(day('2028年2月', 2028, { start: 1, end: 366 })).toEqual({ ok: true, value: 60 });
    expect(day('2月', 2028, { start: 1, end: 366 })).toEqual({ ok: true, value: 60 });
    expect(day('2024-02', 2024, { start: 1, end: 366 })).toEqual({ ok: true, value: 60 });
    expect(day('2100-02', 2100, { start: 1, end: 365 })).toEqual({ ok: true, value: 59 });
    expect(day('2027-12')).toEqual({ ok: true, value: 365 });
    expect(day('12月', 2028, { start: 1, end: 366 })).toEqual({ ok: true, value: 366 });
    // Days still read as days.
    expect(day('2027-01-01')).toEqual({ ok: true, value: 1 });
    expect(day('31')).toEqual({ ok: true, value: 31 });
  });
  it('refuses months 0 and 13, other years, months outside the scope and hostile text', () => {
    for (const raw of ['2027-00', '2027-13', '2027/0', '2027年13月', '0月', '13月', '00月']) expect(day(raw), raw).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(day('2026-01')).toMatchObject({ ok: false, error: { code: 'year' } });
    expect(day('2026年1月')).toMatchObject({ ok: false, error: { code: 'year' } });
    // February alone (days 32 to 59): January's total does not belong to it; a week cannot hold a month.
    expect(day('2027-01', 2027, { start: 32, end: 59 })).toMatchObject({ ok: false, error: { code: 'range' } });
    expect(day('2027-02', 2027, { start: 32, end: 59 })).toEqual({ ok: true, value: 59 });
    expect(day('1月', 2027, { start: 1, end: 7 })).toMatchObject({ ok: false, error: { code: 'range' } });
    for (const raw of ['=2027-01', '2027-01;DROP', '2027--01', '2027-01-', '-1月', '1.5月', '2027-001', '9999-99', '1月1', '月', '2027\u0000-01', '2027-01\n2027-02', 'x'.repeat(100), '2027‐01e3', 'NaN月', 'Infinity']) {
      const r = day(raw);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
    }
  });
  it('counts a month total as earned through the month’s end', () => {
    // A flat plan for 2027: ¥3 650.00 over twelve equal months. January and February total ¥560.00.
    // Through 28 February (day 59) the plan expects 2 ÷ 12 of ¥3 650.00 = ¥608.33; 560 ÷ 608.333 = 92.05 %: behind.
    // Dated on the 1st (day 32) the plan would expect (1 + 1 ÷ 28) ÷ 12 = 29 ÷ 336 of it, ¥315.03, and read 177.8 %: ahead.
    const form: KpiForm = {
      ...defaultKpiForm,
      funnel: { ...defaultKpiForm.funnel, solveFor: 'uv', gmv: 365_000 },
      plan: { ...defaultKpiForm.plan, year: 2027, weights: Array.from({ length: 12 }, () => 100) },
      pacing: { scope: 0, tolerance: 0.03, actuals: [[31, 30_000], [59, 26_000]], example: false },
    };
    const s = kpiScenario(form);
    expect([s.elapsedDays, s.actualToDate, s.asOfDay]).toEqual([59, 56_000, 59]);
    const p = s.pacing as PacingResult;
    expect(p.expectedToDate).toBe(60_833);
    expect(p.pace).toBeCloseTo(56_000 / (365_000 / 6), 12);
    expect(p.status).toBe('behind');
    const pasted = ['2027-01', '2027-02'].map((raw) => (day(raw) as { value: number }).value);
    expect(pasted).toEqual([31, 59]);
  });
  it('says in the CSV which day pacing is as of', () => {
    const t = makeT({ ...kpiStrings.en, 'calc.input': 'Input', 'calc.value': 'Value', 'calc.result': 'Result', 'calc.currency': 'Currency' });
    const rows = kpiReportRows({ currency: 'CNY', form: defaultKpiForm, scenario: kpiScenario(defaultKpiForm) }, { t, pct: String, periodName: String, dateLabel: (d) => `day ${d}` });
    expect(rows.find((r) => r[0] === kpiStrings.en['kpi.pacing.asOfLabel'])?.[1]).toBe('day 181');
  });
});

describe('example actuals (issue #18)', () => {
  it('marks the example’s actuals as example and counts them in the example’s year', () => {
    const s = kpiScenario(defaultKpiForm);
    expect(defaultKpiForm.pacing.example).toBe(true);
    expect(s.exampleActuals).toBe('shown');
    expect(s.actualToDate).toBe(23_600_000 + 18_150_000 + 21_980_000 + 20_840_000 + 23_790_000 + 30_960_000);
  });
  it('never counts the example’s actuals in another year', () => {
    const form: KpiForm = { ...defaultKpiForm, plan: { ...defaultKpiForm.plan, year: 2027 } };
    const s = kpiScenario(form);
    expect(s.exampleActuals).toBe('set-aside');
    expect([s.actualToDate, s.elapsedDays, s.actual]).toEqual([0, 0, []]);
    expect((s.pacing as PacingResult).status).toBe('not-started');
  });
  it('clears them when the reader changes the year, and says so', () => {
    const fitted = fitPacing(defaultKpiForm.pacing, { year: 2027, unit: 'month' });
    expect(fitted).toEqual({ ...defaultKpiForm.pacing, actuals: [], example: true });
    const s = kpiScenario({ ...defaultKpiForm, plan: { ...defaultKpiForm.plan, year: 2027 }, pacing: fitted as KpiForm['pacing'] });
    expect(s.exampleActuals).toBe('cleared');
    // Back in the example's year the rows stay cleared; the reader's own rows are kept in any year.
    expect(fitPacing({ ...defaultKpiForm.pacing, example: false }, { year: 2027, unit: 'month' })).toEqual({ ...defaultKpiForm.pacing, example: false });
  });
  it('never mixes them with the reader’s own rows', () => {
    expect(withOwnActuals(defaultKpiForm.pacing, [[10, 500]])).toEqual({ ...defaultKpiForm.pacing, actuals: [[10, 500]], example: false });
    const own = { ...defaultKpiForm.pacing, actuals: [[5, 1]] as [number, number][], example: false };
    expect(withOwnActuals(own, [[5, 1], [10, 500]])).toEqual({ ...own, actuals: [[5, 1], [10, 500]] });
    expect(kpiScenario({ ...defaultKpiForm, pacing: own }).exampleActuals).toBe(null);
  });
  it('treats a stored form without the mark that still holds the example rows as the example', () => {
    const { example: _, ...unmarked } = defaultKpiForm.pacing;
    expect(kpiFormSchema.safeParse({ ...defaultKpiForm, pacing: unmarked }).success).toBe(true);
    expect(kpiScenario({ ...defaultKpiForm, plan: { ...defaultKpiForm.plan, year: 2030 }, pacing: unmarked }).exampleActuals).toBe('set-aside');
  });
});

describe('share links and stored state', () => {
  const valid = { currency: 'CNY' as const, kpi: defaultKpiForm };
  const param = (state: unknown) => `?kpi=${encodeState(state)}`;
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const withFunnel = (patch: object) => param({ ...valid, kpi: { ...defaultKpiForm, funnel: { ...defaultKpiForm.funnel, ...patch } } });
  const withPlan = (patch: object) => param({ ...valid, kpi: { ...defaultKpiForm, plan: { ...defaultKpiForm.plan, ...patch } } });
  const withPacing = (patch: object) => param({ ...valid, kpi: { ...defaultKpiForm, pacing: { ...defaultKpiForm.pacing, ...patch } } });

  it('round-trip the whole state, keeping other parameters', () => {
    expect(decodeState(kpiStateSchema, param(valid), 'kpi')).toEqual({ status: 'ok', value: valid });
    const url = shareUrl('https://x.test/en/06-data-driven/?a=1#kpis', 'kpi', valid);
    expect(decodeState(kpiStateSchema, new URL(url).search, 'kpi').status).toBe('ok');
    expect(decodeState(kpiStateSchema, '?pricing=abc', 'kpi')).toEqual({ status: 'absent' });
  });
  it('a year of daily actuals still fits a link once compacted to months', () => {
    const daily = Array.from({ length: 365 }, (_, i) => [i + 1, 9_999_999_999] as [number, number]);
    const big = { ...valid, kpi: { ...defaultKpiForm, pacing: { ...defaultKpiForm.pacing, actuals: daily } } };
    expect(decodeState(kpiStateSchema, param(big), 'kpi')).toEqual({ status: 'rejected' });
    const compact = { ...big, kpi: { ...big.kpi, pacing: { ...big.kpi.pacing, actuals: compactActuals(daily, 2026).map(([d, a]) => [d, a]) } } };
    expect(decodeState(kpiStateSchema, param(compact), 'kpi').status).toBe('ok');
  });

  const hostile: [string, string][] = [
    ['script tag raw', '?kpi=<script>alert(1)</script>'],
    ['script tag encoded', '?kpi=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['javascript url', '?kpi=javascript:alert(1)'],
    ['empty', '?kpi='],
    ['not base64', '?kpi=!!!!'],
    ['base64 of garbage', `?kpi=${b64('not json')}`],
    ['base64 of script', `?kpi=${b64('<script>alert(1)</script>')}`],
    ['truncated', param(valid).slice(0, 60)],
    ['truncated by one', param(valid).slice(0, -1)],
    ['invalid utf-8', `?kpi=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`],
    ['json null', `?kpi=${b64('null')}`],
    ['json number', `?kpi=${b64('42')}`],
    ['json string', `?kpi=${b64('"kpi"')}`],
    ['json array', `?kpi=${b64('[]')}`],
    ['empty object', `?kpi=${b64('{}')}`],
    ['__proto__ only', `?kpi=${b64('{"__proto__":{"polluted":true}}')}`],
    ['__proto__ in funnel', `?kpi=${b64('{"currency":"CNY","kpi":{"funnel":{"__proto__":{"polluted":true}}}}')}`],
    ['constructor prototype', `?kpi=${b64('{"constructor":{"prototype":{"polluted":true}}}')}`],
    ['missing kpi', `?kpi=${b64('{"currency":"CNY"}')}`],
    ['unknown currency', param({ ...valid, currency: 'BTC' })],
    ['currency with markup', param({ ...valid, currency: '<img src=x onerror=alert(1)>' })],
    ['unknown unknown', withFunnel({ solveFor: 'profit' })],
    ['unknown basis', withFunnel({ gmvBasis: 'gross' })],
    ['negative GMV', withFunnel({ gmv: -1 })],
    ['fractional GMV', withFunnel({ gmv: 1.5 })],
    ['GMV above the limit', withFunnel({ gmv: 1e13 + 1 })],
    ['GMV 1e309 as text', `?kpi=${b64(JSON.stringify(valid).replace('"gmv":300000000', '"gmv":1e309'))}`],
    ['GMV as string', withFunnel({ gmv: '300000000' })],
    ['GMV null', withFunnel({ gmv: null })],
    ['GMV object', withFunnel({ gmv: { valueOf: 1 } })],
    ['visitors negative', withFunnel({ uv: -800_000 })],
    ['visitors above the limit', withFunnel({ uv: 1e12 + 1 })],
    ['CVR above 100 %', withFunnel({ cvr: 1.5 })],
    ['CVR negative', withFunnel({ cvr: -0.01 })],
    ['AOV above the limit', withFunnel({ aov: 1e9 + 1 })],
    ['CTR above 100 %', withFunnel({ ctr: 2 })],
    ['impressions fractional', withFunnel({ impressions: 0.5 })],
    ['impressions flag as string', withFunnel({ useImpressions: 'true' })],
    ['cancellations at 100 %', withFunnel({ cancelRate: 1 })],
    ['returns negative', withFunnel({ returnRate: -0.2 })],
    ['NaN literal', `?kpi=${b64(JSON.stringify(valid).replace('"cvr":0.025', '"cvr":NaN'))}`],
    ['Infinity literal', `?kpi=${b64(JSON.stringify(valid).replace('"cvr":0.025', '"cvr":Infinity'))}`],
    ['year too early', withPlan({ year: 1999 })],
    ['year fractional', withPlan({ year: 2026.5 })],
    ['unknown unit', withPlan({ unit: 'quarter' })],
    ['unknown preset', withPlan({ preset: '618' })],
    ['weights of the wrong length for months', withPlan({ weights: new Array(13).fill(100) })],
    ['week weights with a month unit', withPlan({ weights: new Array(52).fill(100) })],
    ['month weights with a week unit', withPlan({ unit: 'week' })],
    ['negative weight', withPlan({ weights: [-1, ...CHINA_RETAIL_MONTHS.slice(1)] })],
    ['weight above the limit', withPlan({ weights: [1e5, ...CHINA_RETAIL_MONTHS.slice(1)] })],
    ['weights not a list', withPlan({ weights: 'china' })],
    ['too many channels', withPlan({ channels: new Array(9).fill({ name: 'x', share: 1 }) })],
    ['channel name too long', withPlan({ channels: [{ name: 'x'.repeat(41), share: 1 }] })],
    ['channel share negative', withPlan({ channels: [{ name: 'x', share: -1 }] })],
    ['channel share as markup', withPlan({ channels: [{ name: 'x', share: '<b>1</b>' }] })],
    ['scope beyond the months', withPacing({ scope: 13 })],
    ['scope negative', withPacing({ scope: -1 })],
    ['tolerance above 50 %', withPacing({ tolerance: 0.9 })],
    ['actual on day 0', withPacing({ actuals: [[0, 100]] })],
    ['actual on day 366 of a common year', withPacing({ actuals: [[366, 100]] })],
    ['actual negative', withPacing({ actuals: [[1, -100]] })],
    ['actual fractional', withPacing({ actuals: [[1, 0.5]] })],
    ['actual row too long', withPacing({ actuals: [[1, 100, 3]] })],
    ['actual row as object', withPacing({ actuals: [{ day: 1, amount: 100 }] })],
    ['too many actuals', withPacing({ actuals: Array.from({ length: 367 }, (_, i) => [(i % 365) + 1, 1]) })],
    ['too long', `?kpi=${'A'.repeat(9000)}`],
    ['nested depth bomb', `?kpi=${b64('['.repeat(5000) + ']'.repeat(5000))}`],
    ['percent-encoding garbage', '?kpi=%E0%A4%A'],
    ['plus and slash base64', '?kpi=ab+/cd=='],
    ['unicode lookalike currency', `?kpi=${b64(JSON.stringify(valid).replace('"CNY"', '"ＣＮＹ"'))}`],
    ['array as state', `?kpi=${b64(JSON.stringify([valid]))}`],
  ];
  for (const [name, search] of hostile) {
    it(`rejects ${name}`, () => {
      let decoded: unknown;
      expect(() => (decoded = decodeState(kpiStateSchema, search, 'kpi'))).not.toThrow();
      expect(decoded).toEqual({ status: 'rejected' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('has at least 50 hostile cases', () => expect(hostile.length).toBeGreaterThanOrEqual(50));
  it('strips unknown keys from an otherwise valid state', () => {
    const extra = `?kpi=${b64(JSON.stringify({ ...valid, evil: '<script>', kpi: { ...defaultKpiForm, onload: 'x' } }))}`;
    expect(decodeState(kpiStateSchema, extra, 'kpi')).toEqual({ status: 'ok', value: valid });
  });
  it('stored state falls back to the example when corrupted or foreign', () => {
    for (const raw of [undefined, '', 'not json', '{}', '[]', '{"funnel":1}', JSON.stringify({ ...defaultKpiForm, pacing: { scope: 99 } })]) {
      expect(decodeJson(kpiFormSchema, raw, defaultKpiForm)).toBe(defaultKpiForm);
    }
    expect(decodeJson(kpiFormSchema, JSON.stringify(defaultKpiForm), defaultKpiForm)).toEqual(defaultKpiForm);
  });
  it('the example is valid and so is every preset in months and weeks (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom('flat' as const, 'china' as const), fc.constantFrom('month' as const, 'week' as const), (year, preset, unit) => {
        const form = { ...defaultKpiForm, plan: { ...defaultKpiForm.plan, year, preset, unit, weights: seasonalWeights(preset, unit, year) } };
        expect(kpiFormSchema.safeParse(form).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('strings', () => {
  const en = kpiStrings.en as Record<string, string>;
  const zh = kpiStrings['zh-cn'] as Record<string, string>;
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('have the same keys in both languages, all prefixed kpi.', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).every((k) => k.startsWith('kpi.'))).toBe(true);
  });
  it('use the same placeholders in both languages, and the Chinese is Chinese', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
      if (!/^kpi\.(split\.gmv|actuals\.amount|chart\.y)$/.test(key) && key !== 'kpi.paste.row') expect(zh[key], key).toMatch(/\p{Script=Han}/u);
    }
  });
  it('name every key the module and the math ask for', () => {
    const math = funnelSteps({ ...base, useImpressions: true, ctr: 0.05, impressions: 16_000_000, cancelRate: 0.1, gmvBasis: 'net' }, solved({ ...base, useImpressions: true, ctr: 0.05, cancelRate: 0.1, gmvBasis: 'net' }), 'CNY', 'en-GB');
    for (const step of math) expect(en[step.key], step.key).toBeTruthy();
    for (const reason of ['invalid', 'zero-driver', 'rate-above-100', 'too-large']) expect(en[`kpi.error.${reason}`]).toBeTruthy();
    for (const status of ['not-started', 'behind', 'on-track', 'ahead']) expect(en[`kpi.status.${status}`]).toBeTruthy();
    for (const field of ['gmv', 'uv', 'cvr', 'aov', 'impressions', 'ctr', 'cancelRate', 'returnRate']) expect(en[`kpi.field.${field}`]).toBeTruthy();
    for (const code of ['empty', 'invalid', 'range', 'year']) expect(en[`kpi.date.error.${code}`]).toBeTruthy();
    for (const code of ['columns', 'quote', 'too-many-rows', 'too-long', 'duplicate']) expect(en[`kpi.paste.error.${code}`]).toBeTruthy();
  });
});

describe('plannedAtDay', () => {
  const plan = [{ x: 0, y: 0 }, { x: 10, y: 100 }, { x: 30, y: 500 }];
  it('reads the plan straight between its points', () => {
    expect(plannedAtDay(plan, 5)).toBe(50);
    expect(plannedAtDay(plan, 20)).toBe(300);
    expect(plannedAtDay(plan, 30)).toBe(500);
  });
  it('holds the first and last values outside the plan', () => {
    expect(plannedAtDay(plan, -3)).toBe(0);
    expect(plannedAtDay(plan, 45)).toBe(500);
    expect(plannedAtDay([], 5)).toBe(0);
  });
});
