/**
 * Default inputs shared by the calculators, in one place: the insulated bottle of section 3.2, sold on Tmall.
 * The fee rates are the calculator presets (`content/calculator-presets.json`), which the build checks against
 * the platform reference's sourced fees, so the reference page, the chapters and the calculators agree.
 */
import presets from '../../../../content/calculator-presets.json' with { type: 'json' };
import type { Assumptions, Fee } from './schema';

/** Each platform's starting commission and payment fee (decimals), from the platform reference. */
export const platformPresets = presets;
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
  price: 8100,
};
