import { useStore } from '@nanostores/preact';
import { $assumptions } from '../../../stores/assumptions';
import { $pricingForm } from '../../../stores/pricing';
import { defaultAssumptions, defaultPricingForm, type Assumptions, type PricingForm } from '../../../lib/calc/pricing-schema';
import { pricingScenario, type PricingBase, type PricingScenario } from '../../../lib/calc/pricing';
import { useMounted } from '../kit/useMounted';

export interface PricingInputs {
  mounted: boolean;
  a: Assumptions;
  form: PricingForm;
  scenario: PricingScenario;
  setA: (patch: Partial<Assumptions>) => void;
  setForm: (patch: Partial<PricingForm>) => void;
}

/**
 * The pricing inputs every pricing island reads: the example while hydrating, the stored values once
 * mounted, and the scenario computed from them.
 */
export function usePricingInputs(): PricingInputs {
  const mounted = useMounted();
  const storedA = useStore($assumptions);
  const storedForm = useStore($pricingForm);
  const a = mounted ? storedA : defaultAssumptions;
  const form = mounted ? storedForm : defaultPricingForm;
  const base: PricingBase = {
    currency: a.currency,
    unitCost: a.unitCost,
    fixedFees: a.fixedFees,
    fees: a.fees,
    vatRate: a.vatRate,
    pricesIncludeVat: a.pricesIncludeVat,
  };
  return {
    mounted,
    a,
    form,
    scenario: pricingScenario(base, form, a.sellingPrice),
    setA: (patch) => $assumptions.set({ ...$assumptions.get(), ...patch }),
    setForm: (patch) => $pricingForm.set({ ...$pricingForm.get(), ...patch }),
  };
}
