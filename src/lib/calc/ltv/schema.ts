/**
 * The customer value calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three, so a value that passes here is safe for `ltv/index.ts`.
 */
import * as z from 'zod/mini';
import { currencySchema, moneySchema, rateSchema } from '../shared/schema';
import { MAX_HORIZON_MONTHS } from './core';

/** Most orders a year a customer can place in the form: one a day. */
export const MAX_ORDERS_PER_YEAR = 365;
/** Most new customers: a billion. */
export const MAX_NEW_CUSTOMERS = 1_000_000_000;
/** Most rows of a cohort table: one per month of the longest horizon. */
export const MAX_COHORT_ROWS = MAX_HORIZON_MONTHS;

const month = z.number().check(z.int(), z.gte(1), z.lte(MAX_HORIZON_MONTHS));

export const ltvFormSchema = z.object({
  /** Contribution before ads per order (after goods, commission, payment fees, shipping and returns), minor units. */
  marginPerOrder: moneySchema,
  ordersPerYear: z.number().check(z.gte(0), z.lte(MAX_ORDERS_PER_YEAR)),
  /** The survival curve from one retention rate, or from the pasted cohort table. */
  source: z.enum(['rate', 'cohort']),
  /** Whether the retention rate is per month or per year. */
  ratePeriod: z.enum(['month', 'year']),
  retentionRate: rateSchema,
  /** Month (1 = the month of the first order) and share of the cohort still buying. */
  cohort: z.array(z.tuple([month, rateSchema])).check(z.maxLength(MAX_COHORT_ROWS)),
  horizonMonths: month,
  /** How the horizon is typed; it is kept in months either way. */
  horizonUnit: z.enum(['month', 'year']),
  /** Annual discount rate; 0 % means no discounting. */
  discountRate: rateSchema,
  acquisitionSpend: moneySchema,
  newCustomers: z.number().check(z.int(), z.gte(0), z.lte(MAX_NEW_CUSTOMERS)),
});
export type LtvForm = z.infer<typeof ltvFormSchema>;

/** Everything a share link carries for the customer value calculator: the shared currency and the form. */
export const ltvStateSchema = z.object({ currency: currencySchema, ltv: ltvFormSchema });
export type LtvState = z.infer<typeof ltvStateSchema>;

/**
 * A coffee-bean store's first-order cohort (example figures): the share of customers still buying in each month
 * after their first order, steep at first and flattening out, as cohort curves do.
 */
export const exampleCohort: [number, number][] = [
  [1, 1],
  [2, 0.42],
  [3, 0.35],
  [6, 0.27],
  [12, 0.2],
  [18, 0.16],
  [24, 0.14],
];

/**
 * The worked example of section 6.3: the coffee-bean store, ¥54 of contribution before ads per order, four
 * orders a year, 88 % of customers still buying from one month to the next, two years at a 10 % discount
 * rate, and ¥60,000 that won 800 new customers.
 */
export const defaultLtvForm: LtvForm = {
  marginPerOrder: 5400,
  ordersPerYear: 4,
  source: 'rate',
  ratePeriod: 'month',
  retentionRate: 0.88,
  cohort: exampleCohort,
  horizonMonths: 24,
  horizonUnit: 'month',
  discountRate: 0.1,
  acquisitionSpend: 6_000_000,
  newCustomers: 800,
};
