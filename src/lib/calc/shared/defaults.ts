/**
 * Default inputs shared by the calculators, in one place: the insulated bottle of section 3.2. The fee
 * rates here are the ones every calculator starts from (pricing, promotion and the pricing channels).
 */
import type { Assumptions, Fee } from './schema';

/** Marketplace commission, payment fee and an unused third fee, all charged on the gross price. */
export const defaultFees: Fee[] = [
  { label: 'commission', rate: 0.05, base: 'gross' },
  { label: 'payment', rate: 0.029, base: 'gross' },
  { label: 'other', rate: 0, base: 'gross' },
];

/** The payment fee a sales channel starts with in the pricing calculator's channel table. */
export const defaultChannelPaymentFee = 0.006;
/** The commission a channel added to the table starts with. */
export const defaultChannelCommission = 0.05;

export const defaultAssumptions: Assumptions = {
  currency: 'CNY',
  vatRate: 0,
  pricesIncludeVat: true,
  unitCost: 5000,
  fixedFees: 30,
  fees: defaultFees,
  sellingPrice: 8100,
};
