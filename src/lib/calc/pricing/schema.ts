/**
 * The pricing calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three, so a value that passes here is safe for `pricing.ts`.
 */
import * as z from 'zod/mini';
import { assumptionsSchema, moneySchema, rateSchema } from '../shared/schema';
import { defaultChannelCommission, defaultChannelPaymentFee, platformPresets } from '../shared/defaults';
import { priceEndings } from './core';

const label = z.string().check(z.maxLength(40));

/** Most channels the table holds. */
export const MAX_FORM_CHANNELS = 8;

/** The cells of a channel row; each one the row does not set is taken from the shared assumptions above the table. */
export const channelFields = ['commission', 'paymentFee', 'fixedFee', 'vatRate'] as const;
export type ChannelField = (typeof channelFields)[number];

/**
 * A channel row: its name and the cells the reader (or the platform's preset) set for it. A cell that is not
 * in `own` inherits the main form: commission and payment fee from its fees, the fixed fee per order, the VAT rate.
 */
export const channelSchema = z.object({
  name: label,
  own: z.object({
    commission: z.optional(rateSchema),
    paymentFee: z.optional(rateSchema),
    fixedFee: z.optional(moneySchema),
    vatRate: z.optional(rateSchema),
  }),
});
export type FormChannel = z.infer<typeof channelSchema>;

/** A platform's own rates: those equal to the main form's default (Tmall) rates are left to inherit. */
const ownRates = (p: { commissionRate: number; paymentFeeRate: number }): FormChannel['own'] => ({
  ...(p.commissionRate === platformPresets.tmall.commissionRate ? {} : { commission: p.commissionRate }),
  ...(p.paymentFeeRate === platformPresets.tmall.paymentFeeRate ? {} : { paymentFee: p.paymentFeeRate }),
});

/** Tmall, JD and Douyin at the platform reference's planning rates; the mini program is the store's own, without commission. */
const defaultChannels: FormChannel[] = [
  { name: '', own: ownRates(platformPresets.tmall) },
  { name: '', own: ownRates(platformPresets.jd) },
  { name: '', own: ownRates(platformPresets.douyin) },
  { name: '', own: { commission: 0 } },
];

/** The rows every channel table started with before rows inherited the main form, and the row a reader added then. */
const olderDefaultRows = [
  { commission: platformPresets.tmall.commissionRate, paymentFee: platformPresets.tmall.paymentFeeRate, fixedFee: 30, vatRate: 0 },
  { commission: platformPresets.jd.commissionRate, paymentFee: platformPresets.jd.paymentFeeRate, fixedFee: 30, vatRate: 0 },
  { commission: platformPresets.douyin.commissionRate, paymentFee: platformPresets.douyin.paymentFeeRate, fixedFee: 30, vatRate: 0 },
  { commission: 0, paymentFee: defaultChannelPaymentFee, fixedFee: 0, vatRate: 0 },
];
const olderAddedRow = { commission: defaultChannelCommission, paymentFee: defaultChannelPaymentFee, fixedFee: 0, vatRate: 0 };

/**
 * Rows stored or shared before they inherited the main form carry all four cells. A cell equal to that row's old
 * default becomes what the row starts with now (usually: inherit); a cell the reader had changed stays theirs.
 * Rows are matched to the old defaults by position. Anything else is passed on for the schema to judge.
 */
const olderChannelRows = z.transform((value: unknown) => {
  if (!Array.isArray(value)) return value;
  return value.map((row: unknown, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row) || Object.hasOwn(row, 'own')) return row;
    const old = row as Record<string, unknown>;
    if (!channelFields.every((field) => Object.hasOwn(old, field))) return row;
    const before = olderDefaultRows[i] ?? olderAddedRow;
    const now = defaultChannels[i]?.own ?? {};
    const own: Record<string, unknown> = {};
    for (const field of channelFields) {
      if (old[field] !== before[field]) own[field] = old[field];
      else if (now[field] !== undefined) own[field] = now[field];
    }
    return { name: old.name, own };
  });
});

export const pricingFormSchema = z.object({
  /** Solve the price from a target margin, or the margin at a price. */
  mode: z.enum(['margin', 'price']),
  targetMargin: z.number().check(z.gte(0), z.lte(0.99)),
  ending: z.enum(priceEndings),
  channels: z.pipe(olderChannelRows, z.array(channelSchema).check(z.maxLength(MAX_FORM_CHANNELS))),
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
  channels: defaultChannels,
};

/**
 * The row a reader adds to the channel table: every cell taken from the main form until the reader changes it.
 * @example newChannel() //=> { name: '', own: {} }
 */
export function newChannel(): FormChannel {
  return { name: '', own: {} };
}
