import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { $stock } from '../../../stores/stock';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { stockStateSchema, type StockState } from '../../../lib/calc/stock/schema';
import { stockFigures, stockScenarioName } from './scenario-name';

/** The stock calculator's saved scenarios: its form, its plan's key figures, named by the peak and the order for it. */
export default function StockScenarios(props: ScenariosProps) {
  return (
    <Scenarios<StockState> {...props} adapter={{
      calculator: 'stock',
      param: 'stock',
      schema: stockStateSchema,
      current: () => ({ stock: $stock.get() }),
      apply: (s) => $stock.set(s.stock),
      figures: stockFigures,
      // Items, days and rates only: no figure is money, so the currency never shows and the CSV has no currency column.
      currency: () => defaultAssumptions.currency,
      name: stockScenarioName,
    }} />
  );
}
