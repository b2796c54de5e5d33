import { useMemo } from 'preact/hooks';
import { $ltv } from '../../../stores/ltv';
import { $assumptions } from '../../../stores/assumptions';
import { defaultLtvForm, type LtvForm } from '../../../lib/calc/ltv/schema';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { ltvOf, type LtvScenario } from '../../../lib/calc/ltv';
import type { Currency } from '../../../lib/money';
import { useStoredForm } from '../kit/useStoredForm';

export interface LtvInputs {
  mounted: boolean;
  form: LtvForm;
  currency: Currency;
  scenario: LtvScenario;
  setForm: (patch: Partial<LtvForm>) => void;
  setCurrency: (currency: Currency) => void;
}

/** The example's scenario: what the islands show if stored values were ever refused by the module. */
function exampleScenario(): LtvScenario {
  const r = ltvOf(defaultLtvForm);
  if (!r.ok) throw new Error('the customer value example must be valid');
  return r;
}

/** The inputs every customer value island reads (see `useStoredForm`), the shared currency and the derived scenario. */
export function useLtvInputs(): LtvInputs {
  const ltv = useStoredForm($ltv, defaultLtvForm);
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const form = ltv.value;
  const scenario = useMemo(() => {
    const r = ltvOf(form);
    return r.ok ? r : exampleScenario();
  }, [form]);
  return {
    mounted: ltv.mounted,
    form,
    currency: assumptions.value.currency,
    scenario,
    setForm: ltv.set,
    setCurrency: (currency) => assumptions.set({ currency }),
  };
}
