import { $promotion } from '../../../stores/promotion';
import { $assumptions } from '../../../stores/assumptions';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { defaultPromotionForm, promotionInput, type PromotionState, type Scenario } from '../../../lib/calc/promotion/schema';
import { promotionResult } from '../../../lib/calc/promotion';
import { useStoredForm } from '../kit/useStoredForm';

export interface PromotionInputs {
  mounted: boolean;
  /** The promotion form with the shared currency. */
  s: PromotionState;
  set: (patch: Partial<PromotionState>) => void;
  setScenario: (which: 'a' | 'b', patch: Partial<Scenario>) => void;
}

/**
 * The inputs every promotion island reads (see `useStoredForm`): the promotion form, and the currency shared
 * by every calculator. A patch's currency goes to `$assumptions`, the rest to `$promotion`.
 */
export function usePromotion(): PromotionInputs {
  const stored = useStoredForm($promotion, defaultPromotionForm);
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const set = ({ currency, ...rest }: Partial<PromotionState>) => {
    if (currency) assumptions.set({ currency });
    stored.set(rest);
  };
  return {
    mounted: stored.mounted,
    s: { ...stored.value, currency: assumptions.value.currency },
    set,
    setScenario: (which, patch) => stored.set({ [which]: { ...$promotion.get()[which], ...patch } }),
  };
}

/** Promotion A as the breakdown and the chart read it: the form, the module's input and its result. */
export function usePromotionA() {
  const { s } = usePromotion();
  const input = promotionInput(s, 'a');
  return { s, input, result: promotionResult(input) };
}
