import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { $assumptions } from '../../../stores/assumptions';
import { $pricingForm } from '../../../stores/pricing';
import { keyFigures, scenarioOf } from '../../../lib/calc/pricing';
import { pricingStateSchema, type PricingState } from '../../../lib/calc/pricing/schema';
import { pricingFormat } from '../kit/format';

/** The pricing calculator's saved scenarios: the shared assumptions and its form, named by the price and its margin. */
export default function PricingScenarios(props: ScenariosProps) {
  return (
    <Scenarios<PricingState> {...props} adapter={{
      calculator: 'pricing',
      param: 'pricing',
      schema: pricingStateSchema,
      current: () => ({ assumptions: $assumptions.get(), pricing: $pricingForm.get() }),
      apply: (s) => {
        $assumptions.set(s.assumptions);
        $pricingForm.set(s.pricing);
      },
      figures: (s) => keyFigures(scenarioOf(s.assumptions, s.pricing)),
      currency: (s) => s.assumptions.currency,
      name: (s, t, intl) => {
        const f = pricingFormat(intl, s.assumptions.currency);
        const [price, , margin] = keyFigures(scenarioOf(s.assumptions, s.pricing)).map((x) => x.value);
        return t('pricing.scenarioName', { price: f.money(price ?? s.assumptions.price), margin: margin === null || margin === undefined ? '—' : f.pct(margin) });
      },
    }} />
  );
}
