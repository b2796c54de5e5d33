/**
 * The pricing calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three, so a value that passes here is safe for `pricing.ts`.
 */
import * as z from 'zod/mini';
import { currencies } from '../money';
import { priceEndings } from './pricing';

/** Money in minor units: whole, not negative, at most one billion major units. */
export const moneySchema = z.number().check(z.int(), z.gte(0), z.lte(100_000_000_000));
/** A decimal rate between 0 and 1 (0 % to 100 %). */
export const rateSchema = z.number().check(z.gte(0), z.lte(1));
const label = z.string().check(z.maxLength(40));

/** The percentage fees a planner sets; the UI names them in the reader's language. */
export const feeKinds = ['commission', 'payment', 'other'] as const;
export type FeeKind = (typeof feeKinds)[number];

export const feeSchema = z.object({
  label: z.enum(feeKinds),
  rate: rateSchema,
  base: z.enum(['gross', 'net']),
});

/** Assumptions shared by every calculator (the promotion calculator reads the price and costs from here). */
export const assumptionsSchema = z.object({
  currency: z.enum(currencies),
  vatRate: rateSchema,
  pricesIncludeVat: z.boolean(),
  unitCost: moneySchema,
  fixedFees: moneySchema,
  fees: z.array(feeSchema).check(z.maxLength(3)),
  /** The selling price last solved or entered, shown price, minor units. */
  sellingPrice: moneySchema,
});
export type Assumptions = z.infer<typeof assumptionsSchema>;

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
  channels: z.array(channelSchema).check(z.maxLength(8)),
});
export type PricingForm = z.infer<typeof pricingFormSchema>;

/** Everything a share link carries for the pricing calculator. */
export const pricingStateSchema = z.object({
  assumptions: assumptionsSchema,
  pricing: pricingFormSchema,
});
export type PricingState = z.infer<typeof pricingStateSchema>;

/** The default example: the insulated bottle of section 3.2. */
export const defaultAssumptions: Assumptions = {
  currency: 'CNY',
  vatRate: 0,
  pricesIncludeVat: true,
  unitCost: 5000,
  fixedFees: 30,
  fees: [
    { label: 'commission', rate: 0.05, base: 'gross' },
    { label: 'payment', rate: 0.029, base: 'gross' },
    { label: 'other', rate: 0, base: 'gross' },
  ],
  sellingPrice: 8100,
};

export const defaultPricingForm: PricingForm = {
  mode: 'margin',
  targetMargin: 0.3,
  ending: 'none',
  // Unnamed rows are shown as the platform they stand for, in the reader's language (lib/channel-name.ts).
  channels: [
    { name: '', commission: 0.05, paymentFee: 0.006, fixedFee: 30, vatRate: 0 },
    { name: '', commission: 0.08, paymentFee: 0.006, fixedFee: 30, vatRate: 0 },
    { name: '', commission: 0.05, paymentFee: 0.006, fixedFee: 30, vatRate: 0 },
    { name: '', commission: 0, paymentFee: 0.006, fixedFee: 0, vatRate: 0 },
  ],
};
