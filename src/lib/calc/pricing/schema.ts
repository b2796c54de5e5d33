/**
 * The pricing calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three, so a value that passes here is safe for `pricing.ts`.
 */
import * as z from 'zod/mini';
import { assumptionsSchema, moneySchema, rateSchema, type Assumptions } from '../shared/schema';
import { defaultChannelCommission, defaultChannelPaymentFee, platformPresets } from '../shared/defaults';
import { priceEndings } from './core';

const label = z.string().check(z.maxLength(40));

/** Most channels the table holds. */
export const MAX_FORM_CHANNELS = 8;

export const channelSchema = z.object({
  name: label,
  commission: rateSchema,
  paymentFee: rateSchema,
  fixedFee: moneySchema,
  vatRate: rateSchema,
});

export const pricingFormSchema = z.object({
  /** Solve the price from a target margin, or the margin at a price. */
  mode: z.enum(['margin', 'price']),
  targetMargin: z.number().check(z.gte(0), z.lte(0.99)),
  ending: z.enum(priceEndings),
  channels: z.array(channelSchema).check(z.maxLength(MAX_FORM_CHANNELS)),
});
export type PricingForm = z.infer<typeof pricingFormSchema>;

/** Everything a share link carries for the pricing calculator. */
export const pricingStateSchema = z.object({
  assumptions: assumptionsSchema,
  pricing: pricingFormSchema,
});
export type PricingState = z.infer<typeof pricingStateSchema>;

export const defaultPricingForm: PricingForm = {
  mode: 'margin',
  targetMargin: 0.3,
  ending: 'none',
  // Unnamed rows are shown as the platform they stand for, in the reader's language (lib/channel-name.ts).
  channels: [
    // Tmall, JD and Douyin at the platform reference's planning rates; the mini program is the store's own.
    { name: '', commission: platformPresets.tmall.commissionRate, paymentFee: platformPresets.tmall.paymentFeeRate, fixedFee: 30, vatRate: 0 },
    { name: '', commission: platformPresets.jd.commissionRate, paymentFee: platformPresets.jd.paymentFeeRate, fixedFee: 30, vatRate: 0 },
    { name: '', commission: platformPresets.douyin.commissionRate, paymentFee: platformPresets.douyin.paymentFeeRate, fixedFee: 30, vatRate: 0 },
    { name: '', commission: 0, paymentFee: defaultChannelPaymentFee, fixedFee: 0, vatRate: 0 },
  ],
};

/**
 * The row a reader adds to the channel table: the default commission and payment fee, no fixed fee, and
 * the VAT rate of the shared assumptions.
 * @example newChannel(defaultAssumptions).paymentFee //=> 0.006
 */
export function newChannel(a: Pick<Assumptions, 'vatRate'>): PricingForm['channels'][number] {
  return { name: '', commission: defaultChannelCommission, paymentFee: defaultChannelPaymentFee, fixedFee: 0, vatRate: a.vatRate };
}
