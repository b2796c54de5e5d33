import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { defaultPromotionState, promotionStateSchema, type PromotionState } from '../lib/calc/promotion/schema';

/** The promotion calculator's inputs (product, orders, both promotions, costs), kept across visits. */
export const $promotion = persistentAtom<PromotionState>('playbook:promotion', defaultPromotionState, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(promotionStateSchema, raw, defaultPromotionState),
});
