/**
 * The stock calculator's input, as stored, shared in a link and edited in the form. One schema serves all
 * three, so a value that passes here is safe for the stock module.
 */
import * as z from 'zod/mini';

/** Most periods of sales history read (a year of days, with room to spare). */
export const MAX_HISTORY = 400;
/** Largest sales in one period, items (a week at the largest daily demand). */
export const MAX_PERIOD_SALES = 7_000_000;
/** Largest average daily demand and its standard deviation, items per day. */
export const MAX_DAILY_DEMAND = 1_000_000;
/** Longest lead time, peak window and lead-time standard deviation, days. */
export const MAX_DAYS = 365;
/** Largest stock, order or planned quantity, items. */
export const MAX_UNITS = 1_000_000_000;
/** Bounds of the peak multiplier: a tenth of the usual demand to twenty times it. */
export const MIN_MULTIPLIER = 0.1;
export const MAX_MULTIPLIER = 20;

const days = z.number().check(z.gte(0), z.lte(MAX_DAYS));
const units = z.number().check(z.int(), z.gte(0), z.lte(MAX_UNITS));

export const stockFormSchema = z.object({
  /** Daily demand read from pasted sales history, or typed as a forecast. */
  source: z.enum(['history', 'forecast']),
  historyUnit: z.enum(['day', 'week']),
  /** Sales per period, oldest first. */
  history: z.array(z.number().check(z.gte(0), z.lte(MAX_PERIOD_SALES))).check(z.maxLength(MAX_HISTORY)),
  dailyDemand: z.number().check(z.gte(0), z.lte(MAX_DAILY_DEMAND)),
  dailyDemandSd: z.number().check(z.gte(0), z.lte(MAX_DAILY_DEMAND)),
  /** At least one day: a lead time of zero needs no stock planning. */
  leadTimeDays: z.number().check(z.gte(1), z.lte(MAX_DAYS)),
  leadTimeSd: days,
  /** Cycle service level, 50 % to 100 % (99.99 % and above are accepted and answered with a warning). */
  serviceLevel: z.number().check(z.gte(0.5), z.lte(1)),
  /** The peak multiplier from the seasonal curve's month, or the reader's own. */
  season: z.enum(['curve', 'own']),
  peakMonth: z.number().check(z.int(), z.gte(1), z.lte(12)),
  peakMultiplier: z.number().check(z.gte(MIN_MULTIPLIER), z.lte(MAX_MULTIPLIER)),
  peakDays: z.number().check(z.int(), z.gte(0), z.lte(MAX_DAYS)),
  onHand: units,
  onOrder: units,
  plannedQuantity: units,
});
export type StockForm = z.infer<typeof stockFormSchema>;

/** Everything a share link carries for the stock calculator. */
export const stockStateSchema = z.object({ stock: stockFormSchema });
export type StockState = z.infer<typeof stockStateSchema>;

/**
 * The worked example of section 3.4: a product selling about 40 a day (eight weeks of sales), restocked with a
 * 12 ± 3 day lead time, planned for Double 11 (the seasonal curve's November) at a 95 % service level; 500 on
 * hand, and the team's round 700 to compare with the calculated order.
 */
export const defaultStockForm: StockForm = {
  source: 'history',
  historyUnit: 'week',
  history: [262, 295, 281, 250, 303, 276, 289, 284],
  dailyDemand: 40,
  dailyDemandSd: 8,
  leadTimeDays: 12,
  leadTimeSd: 3,
  serviceLevel: 0.95,
  season: 'curve',
  peakMonth: 11,
  peakMultiplier: 1.5,
  peakDays: 11,
  onHand: 500,
  onOrder: 0,
  plannedQuantity: 700,
};
