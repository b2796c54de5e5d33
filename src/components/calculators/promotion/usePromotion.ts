import { useStore } from '@nanostores/preact';
import { $promotion } from '../../../stores/promotion';
import { defaultPromotionState, type PromotionState, type Scenario } from '../../../lib/calc/promotion/schema';
import { useMounted } from '../kit/useMounted';

export interface PromotionInputs {
  mounted: boolean;
  s: PromotionState;
  set: (patch: Partial<PromotionState>) => void;
  setScenario: (which: 'a' | 'b', patch: Partial<Scenario>) => void;
}

/** The inputs every promotion island reads: the example while hydrating, the stored values once mounted. */
export function usePromotion(): PromotionInputs {
  const mounted = useMounted();
  const stored = useStore($promotion);
  const set = (patch: Partial<PromotionState>) => $promotion.set({ ...$promotion.get(), ...patch });
  return {
    mounted,
    s: mounted ? stored : defaultPromotionState,
    set,
    setScenario: (which, patch) => set({ [which]: { ...$promotion.get()[which], ...patch } }),
  };
}
