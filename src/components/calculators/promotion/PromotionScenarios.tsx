import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { clip } from '../../../lib/scenarios';
import { $assumptions } from '../../../stores/assumptions';
import { $promotion } from '../../../stores/promotion';
import { keyFigures, promotionResult } from '../../../lib/calc/promotion';
import { mechanismOf, promotionInput, promotionStateSchema, type PromotionState } from '../../../lib/calc/promotion/schema';
import { describeMechanism } from '../../../lib/calc/promotion/describe';
import { promotionFormat } from './format';

/** The promotion calculator's saved scenarios: its state (form and currency), promotion A's key figures, named by A's offer and the price. */
export default function PromotionScenarios(props: ScenariosProps) {
  return (
    <Scenarios<PromotionState> {...props} adapter={{
      calculator: 'promotion',
      param: 'promotion',
      schema: promotionStateSchema,
      current: () => ({ ...$promotion.get(), currency: $assumptions.get().currency }),
      apply: ({ currency, ...form }) => {
        $assumptions.set({ ...$assumptions.get(), currency });
        $promotion.set(form);
      },
      figures: (s) => keyFigures(promotionResult(promotionInput(s, 'a'))),
      currency: (s) => s.currency,
      name: (s, t, intl) => {
        const f = promotionFormat(intl, s.currency);
        return t('promotion.scenarioName', { offer: clip(describeMechanism(mechanismOf(s.a.offer), t, f), 48), price: f.short(s.price) });
      },
    }} />
  );
}
