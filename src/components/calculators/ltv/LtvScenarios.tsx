import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { $assumptions } from '../../../stores/assumptions';
import { $ltv } from '../../../stores/ltv';
import { ltvStateSchema, type LtvState } from '../../../lib/calc/ltv/schema';
import { ltvFigures, ltvScenarioName } from './scenario-name';

/** The customer value calculator's saved scenarios: its form and currency, its key figures, named by LTV and CAC. */
export default function LtvScenarios(props: ScenariosProps) {
  return (
    <Scenarios<LtvState> {...props} adapter={{
      calculator: 'ltv',
      param: 'ltv',
      schema: ltvStateSchema,
      current: () => ({ currency: $assumptions.get().currency, ltv: $ltv.get() }),
      apply: ({ currency, ltv }) => {
        $assumptions.set({ ...$assumptions.get(), currency });
        $ltv.set(ltv);
      },
      figures: ltvFigures,
      currency: (s) => s.currency,
      name: ltvScenarioName,
    }} />
  );
}
