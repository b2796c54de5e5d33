/**
 * The KPI calculator's input, as stored, shared in a link and edited in the form. One schema serves all
 * three, so a value that passes here is safe for `kpi.ts`.
 */
import * as z from 'zod/mini';
import { currencySchema, rateSchema } from '../shared/schema';
import { CHINA_RETAIL_MONTHS, daysInYear, periodCount, periodUnits, seasonPresets } from './calendar';
import { DEFAULT_TOLERANCE } from './pacing';
import { EXAMPLE_ACTUALS, EXAMPLE_YEAR } from './paste';
import { MAX_AOV, MAX_COUNT, MAX_GMV, MAX_LOSS_RATE, funnelUnknowns, gmvBases } from './funnel';

const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));
const rate = rateSchema;
const lossRate = z.number().check(z.gte(0), z.lte(MAX_LOSS_RATE));

export const funnelSchema = z.object({
  solveFor: z.enum(funnelUnknowns),
  gmvBasis: z.enum(gmvBases),
  gmv: int(0, MAX_GMV),
  uv: int(0, MAX_COUNT),
  cvr: rate,
  aov: int(0, MAX_AOV),
  useImpressions: z.boolean(),
  impressions: int(0, MAX_COUNT),
  ctr: rate,
  cancelRate: lossRate,
  returnRate: lossRate,
});
export type FunnelForm = z.infer<typeof funnelSchema>;

export const channelSchema = z.object({
  name: z.string().check(z.maxLength(40)),
  /** A share as typed (60 for 60 %); shares are normalised, so they need not add up to 100. */
  share: z.number().check(z.gte(0), z.lte(1000)),
});

/** Seasonal weights are an index, 100 for an average period. */
export const MAX_WEIGHT = 10_000;

export const planSchema = z
  .object({
    year: int(2000, 2100),
    unit: z.enum(periodUnits),
    preset: z.enum(seasonPresets),
    weights: z.array(z.number().check(z.gte(0), z.lte(MAX_WEIGHT))).check(z.minLength(12), z.maxLength(52)),
    channels: z.array(channelSchema).check(z.maxLength(8)),
  })
  .check(z.refine((p) => p.weights.length === periodCount[p.unit]));
export type PlanForm = z.infer<typeof planSchema>;

/** Most actual rows kept: one a day for a leap year. */
export const MAX_ACTUALS = 366;

export const pacingFormSchema = z.object({
  /** 0: the whole year; 1…N: one month or week of the split. */
  scope: int(0, 52),
  tolerance: z.number().check(z.gte(0), z.lte(0.5)),
  /** [day of the plan year, amount in minor units]. */
  actuals: z.array(z.tuple([int(1, 366), int(0, MAX_GMV)])).check(z.maxLength(MAX_ACTUALS)),
  /** `true` while the actuals are the example's (see `isExampleActuals`); older links leave it out. */
  example: z.optional(z.boolean()),
});
export type PacingForm = z.infer<typeof pacingFormSchema>;

/** What the calculator keeps between visits. */
export const kpiFormSchema = z
  .object({ funnel: funnelSchema, plan: planSchema, pacing: pacingFormSchema })
  .check(
    z.refine(
      (s) =>
        s.pacing.scope <= periodCount[s.plan.unit] &&
        s.pacing.actuals.every(([day]) => day <= daysInYear(s.plan.year)),
    ),
  );
export type KpiForm = z.infer<typeof kpiFormSchema>;

/** Everything a share link carries: the inputs and the currency they are in. */
export const kpiStateSchema = z.object({ currency: currencySchema, kpi: kpiFormSchema });
export type KpiState = z.infer<typeof kpiStateSchema>;

const YEAR = EXAMPLE_YEAR;

/**
 * The default example: ¥3 000 000 at ¥150 an order and 2.5 % conversion needs 800 000 visitors; split on
 * the Chinese retail calendar; half a year of actuals, a little under plan but well under a straight line.
 */
export const defaultKpiForm: KpiForm = {
  funnel: {
    solveFor: 'uv',
    gmvBasis: 'paid',
    gmv: 300_000_000,
    uv: 800_000,
    cvr: 0.025,
    aov: 15_000,
    useImpressions: false,
    impressions: 16_000_000,
    ctr: 0.05,
    cancelRate: 0,
    returnRate: 0,
  },
  plan: {
    year: YEAR,
    unit: 'month',
    preset: 'china',
    weights: [...CHINA_RETAIL_MONTHS],
    // Unnamed rows are shown as the platform they stand for, in the reader's language (lib/channel-name.ts).
    channels: [
      { name: '', share: 45 },
      { name: '', share: 25 },
      { name: '', share: 20 },
      { name: '', share: 10 },
    ],
  },
  pacing: {
    scope: 0,
    tolerance: DEFAULT_TOLERANCE,
    // Example rows, marked as such: counted only in the example's year, never mixed with the reader's own.
    actuals: EXAMPLE_ACTUALS.map(([d, a]): [number, number] => [d, a]),
    example: true,
  },
};

/** Most channels a plan splits over. */
export const MAX_PLAN_CHANNELS = 8;

/** The channel a reader adds to the split: named in the reader's language, with a weight of 10. */
export function newChannel(name: string): PlanForm['channels'][number] {
  return { name: name.slice(0, 40), share: 10 };
}
