import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { $assumptions } from '../../../stores/assumptions';
import { $ads } from '../../../stores/ads';
import { adsStateSchema, type AdsState } from '../../../lib/calc/ads/schema';
import { adsFigures, adsScenarioName } from './scenario-name';

/** The paid-traffic calculator's saved scenarios: its form and currency, its plan's key figures, named by the ROAS target and the margin. */
export default function AdsScenarios(props: ScenariosProps) {
  return (
    <Scenarios<AdsState> {...props} adapter={{
      calculator: 'ads',
      param: 'ads',
      schema: adsStateSchema,
      current: () => ({ currency: $assumptions.get().currency, ads: $ads.get() }),
      apply: ({ currency, ads }) => {
        $assumptions.set({ ...$assumptions.get(), currency });
        $ads.set(ads);
      },
      figures: adsFigures,
      currency: (s) => s.currency,
      name: adsScenarioName,
    }} />
  );
}
