import { $promotion } from '../../../stores/promotion';
import { defaultPromotionState, type PromotionState, type Scenario } from '../../../lib/calc/promotion/schema';
import { useStoredForm } from '../kit/useStoredForm';

export interface PromotionInputs {
  mounted: boolean;
  s: PromotionState;
  set: (patch: Partial<PromotionState>) => void;
  setScenario: (which: 'a' | 'b', patch: Partial<Scenario>) => void;
}

/** The inputs every promotion island reads (see `useStoredForm`), and a setter for promotion A or B. */
export function usePromotion(): PromotionInputs {
  const stored = useStoredForm($promotion, defaultPromotionState);
  return {
    mounted: stored.mounted,
    s: stored.value,
    set: stored.set,
    setScenario: (which, patch) => stored.set({ [which]: { ...$promotion.get()[which], ...patch } }),
  };
}
