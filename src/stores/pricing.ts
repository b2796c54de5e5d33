import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { computed } from 'nanostores';
import { decodeJson } from '../lib/codec';
import { scenarioOf } from '../lib/calc/pricing';
import { $assumptions } from './assumptions';
import { defaultPricingForm, pricingFormSchema, type PricingForm } from '../lib/calc/pricing/schema';

/** The pricing calculator's own inputs (mode, target margin, ending, channels), kept across visits. */
export const $pricingForm = persistentAtom<PricingForm>('playbook:pricing', defaultPricingForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(pricingFormSchema, raw, defaultPricingForm),
});

/**
 * The price on the pricing calculator's screen (solved or entered), derived from the stored inputs and
 * never stored: the promotion calculator's "use my pricing result" reads it.
 */
export const $pricingPrice = computed([$assumptions, $pricingForm], (a, form) => {
  const scenario = scenarioOf(a, form);
  return scenario.ok ? scenario.price : a.price;
});

/**
 * The contribution before ads per order on the pricing calculator's screen and the price the customer pays
 * (VAT included), derived and never stored: the paid-traffic calculator's "use my pricing result" turns them
 * into a margin on GMV. `null` when the pricing inputs give no price.
 */
export const $pricingContribution = computed([$assumptions, $pricingForm], (a, form) => {
  const scenario = scenarioOf(a, form);
  return scenario.ok && scenario.breakdown ? { profit: scenario.breakdown.profit, grossPrice: scenario.breakdown.grossPrice } : null;
});
