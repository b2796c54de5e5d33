import { $assumptions } from '../../../stores/assumptions';
import { $pricingForm } from '../../../stores/pricing';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import type { Assumptions } from '../../../lib/calc/shared/schema';
import { defaultPricingForm, type PricingForm } from '../../../lib/calc/pricing/schema';
import { scenarioOf, type PricingScenario } from '../../../lib/calc/pricing';
import { useStoredForm } from '../kit/useStoredForm';

export interface PricingInputs {
  mounted: boolean;
  a: Assumptions;
  form: PricingForm;
  scenario: PricingScenario;
  setA: (patch: Partial<Assumptions>) => void;
  setForm: (patch: Partial<PricingForm>) => void;
}

/** The example's scenario: what the islands show if stored values were ever refused by the module. */
const exampleScenario = (): PricingScenario => {
  const r = scenarioOf(defaultAssumptions, defaultPricingForm);
  if (!r.ok) throw new Error('the pricing example must be valid');
  return r;
};

/** The pricing inputs every pricing island reads (see `useStoredForm`), and the scenario derived from them. */
export function usePricingInputs(): PricingInputs {
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const pricing = useStoredForm($pricingForm, defaultPricingForm);
  const result = scenarioOf(assumptions.value, pricing.value);
  return {
    mounted: assumptions.mounted,
    a: assumptions.value,
    form: pricing.value,
    scenario: result.ok ? result : exampleScenario(),
    setA: assumptions.set,
    setForm: pricing.set,
  };
}
