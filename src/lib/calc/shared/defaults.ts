/**
 * Default inputs shared by the calculators, in one place: the insulated bottle of section 3.2, sold on Tmall.
 * The fee rates are the platform reference's calculator presets (`content/platforms.json`), so the reference
 * page, the chapters and the calculators quote the same rates. Only the `calculatorPresets` root field is
 * imported: the bundler leaves the rest of the reference out of the calculators' code.
 */
import { calculatorPresets } from '../../../../content/platforms.json';
import type { Assumptions, Fee } from './schema';

/** Each platform's starting commission and payment fee (decimals), from the platform reference. */
export const platformPresets = calculatorPresets;
/** The platform the default example sells on. */
const home = platformPresets.tmall;

/** Marketplace commission, payment fee and an unused third fee, all charged on the gross price. */
export const defaultFees: Fee[] = [
  { label: 'commission', rate: home.commissionRate, base: 'gross' },
  { label: 'payment', rate: home.paymentFeeRate, base: 'gross' },
  { label: 'other', rate: 0, base: 'gross' },
];

/** The payment fee a sales channel starts with in the pricing calculator's channel table. */
export const defaultChannelPaymentFee = home.paymentFeeRate;
/** The commission a channel added to the table starts with. */
export const defaultChannelCommission = home.commissionRate;

export const defaultAssumptions: Assumptions = {
  currency: 'CNY',
  vatRate: 0,
  pricesIncludeVat: true,
  unitCost: 5000,
  fixedFees: 30,
  fees: defaultFees,
  sellingPrice: 8100,
};
