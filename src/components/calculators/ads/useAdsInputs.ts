import { $assumptions } from '../../../stores/assumptions';
import { $ads } from '../../../stores/ads';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import type { Currency } from '../../../lib/money';
import { defaultAdsForm, type AdsForm } from '../../../lib/calc/ads/schema';
import { adsPlan, type AdsPlan } from '../../../lib/calc/ads';
import { useStoredForm } from '../kit/useStoredForm';

export interface AdsInputs {
  mounted: boolean;
  currency: Currency;
  form: AdsForm;
  plan: AdsPlan;
  setCurrency: (currency: Currency) => void;
  setForm: (patch: Partial<AdsForm>) => void;
}

/** The example's plan: what the islands show if stored values were ever refused by the module. */
const examplePlan = (): AdsPlan => {
  const r = adsPlan(defaultAdsForm);
  if (!r.ok) throw new Error('the paid-traffic example must be valid');
  return r;
};

/** The paid-traffic inputs every island of this calculator reads (see `useStoredForm`), and the plan derived from them. */
export function useAdsInputs(): AdsInputs {
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const ads = useStoredForm($ads, defaultAdsForm);
  const result = adsPlan(ads.value);
  const ok = result.ok;
  return {
    mounted: assumptions.mounted,
    currency: assumptions.value.currency,
    form: ok ? ads.value : defaultAdsForm,
    plan: ok ? result : examplePlan(),
    setCurrency: (currency) => assumptions.set({ currency }),
    setForm: ads.set,
  };
}
