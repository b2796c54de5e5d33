import { $stock } from '../../../stores/stock';
import { defaultStockForm, type StockForm } from '../../../lib/calc/stock/schema';
import { stockScenario, type StockScenario } from '../../../lib/calc/stock';
import type { InvalidInput } from '../../../lib/calc/shared/input-error';
import { useStoredForm } from '../kit/useStoredForm';

export interface StockInputs {
  mounted: boolean;
  form: StockForm;
  /** The plan for the stored form; the example's plan when the form is refused (`refused` names the field). */
  scenario: StockScenario;
  refused: InvalidInput | null;
  setForm: (patch: Partial<StockForm>) => void;
}

/** The example's scenario: what the islands show if the stored form were ever refused by the module. */
const exampleScenario = (): StockScenario => {
  const r = stockScenario(defaultStockForm);
  if (!r.ok) throw new Error('the stock example must be valid');
  return r;
};

/** The stock inputs every stock island reads (see `useStoredForm`), and the scenario derived from them. */
export function useStockInputs(): StockInputs {
  const stock = useStoredForm($stock, defaultStockForm);
  const result = stockScenario(stock.value);
  return {
    mounted: stock.mounted,
    form: stock.value,
    scenario: result.ok ? result : exampleScenario(),
    refused: result.ok ? null : result,
    setForm: stock.set,
  };
}
