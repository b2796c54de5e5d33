/**
 * Schemas every calculator shares: money, rates, fees and the assumptions kept in `$assumptions` (currency,
 * VAT, unit cost, fees). A value that passes here is safe for every calculator module.
 */
import * as z from 'zod/mini';
import { currencies } from '../../money';
import { MONEY_LIMIT } from './limits';

/** Money in minor units: whole, not negative, at most the money limit. */
export const moneySchema = z.number().check(z.int(), z.gte(0), z.lte(MONEY_LIMIT));
/** A decimal rate between 0 and 1 (0 % to 100 %). */
export const rateSchema = z.number().check(z.gte(0), z.lte(1));
export const currencySchema = z.enum(currencies);

/** The percentage fees a planner sets; the UI names them in the reader's language. */
export const feeKinds = ['commission', 'payment', 'other'] as const;
export type FeeKind = (typeof feeKinds)[number];

export const feeSchema = z.object({
  label: z.enum(feeKinds),
  rate: rateSchema,
  base: z.enum(['gross', 'net']),
});
export type Fee = z.infer<typeof feeSchema>;

/** Assumptions shared by every calculator (the promotion calculator can start from the same price and costs). */
const assumptionsObject = z.object({
  currency: currencySchema,
  vatRate: rateSchema,
  pricesIncludeVat: z.boolean(),
  unitCost: moneySchema,
  fixedFees: moneySchema,
  fees: z.array(feeSchema).check(z.maxLength(3)),
  /** The price the reader entered in the pricing calculator's "margin at a price" mode: the price the customer sees, minor units. */
  price: moneySchema,
});

/**
 * Stored inputs and share links written before the entered price was named `price` carry it as
 * `sellingPrice`; they still open, with that price. A value that has `price` keeps it.
 */
const olderPriceKey = z.transform((value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, 'price') && Object.hasOwn(value, 'sellingPrice')
    ? { ...value, price: (value as { sellingPrice: unknown }).sellingPrice }
    : value,
);

export const assumptionsSchema = z.pipe(olderPriceKey, assumptionsObject);
export type Assumptions = z.infer<typeof assumptionsSchema>;
