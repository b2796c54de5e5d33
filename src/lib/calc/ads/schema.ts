/**
 * The paid-traffic calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three, so a value that passes here is safe for `ads/index.ts`. The currency is the shared one in
 * `$assumptions`.
 */
import * as z from 'zod/mini';
import { currencySchema, moneySchema, rateSchema } from '../shared/schema';

/** Margins the calculator takes: −100 % to 100 % (a margin at or below zero is answered with a message). */
export const marginRange = { min: -1, max: 1 } as const;
/** Target ROAS the calculator takes: 0.01 to 1000. */
export const roasRange = { min: 0.01, max: 1000 } as const;

export const adsFormSchema = z.object({
  /** Contribution margin before ads, on the GMV an order keeps (the glossary's second rung). */
  contributionMarginBeforeAds: z.number().check(z.gte(marginRange.min), z.lte(marginRange.max)),
  aov: moneySchema,
  conversionRate: rateSchema,
  targetRoas: z.number().check(z.gte(roasRange.min), z.lte(roasRange.max)),
  refundRate: rateSchema,
  gmvGoal: moneySchema,
  plannedSpend: moneySchema,
});
export type AdsForm = z.infer<typeof adsFormSchema>;

/** Everything a share link carries for the paid-traffic calculator. */
export const adsStateSchema = z.object({
  currency: currencySchema,
  ads: adsFormSchema,
});
export type AdsState = z.infer<typeof adsStateSchema>;

/**
 * The example of section 5.3: the insulated bottle at ¥100 a order and a 40 % contribution margin before ads,
 * a 10 % refund rate, a ROAS target of 3.6, and ¥29,000 of spend planned for ¥104,400 of GMV.
 */
export const defaultAdsForm: AdsForm = {
  contributionMarginBeforeAds: 0.4,
  aov: 10000,
  conversionRate: 0.06,
  targetRoas: 3.6,
  refundRate: 0.1,
  gmvGoal: 10_440_000,
  plannedSpend: 2_900_000,
};
