import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { defaultPricingForm, pricingFormSchema, type PricingForm } from '../lib/calc/pricing-schema';

/** The pricing calculator's own inputs (mode, target margin, ending, channels), kept across visits. */
export const $pricingForm = persistentAtom<PricingForm>('playbook:pricing', defaultPricingForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(pricingFormSchema, raw, defaultPricingForm),
});
