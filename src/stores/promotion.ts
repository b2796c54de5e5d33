import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { defaultPromotionForm, promotionFormSchema, type PromotionForm } from '../lib/calc/promotion/schema';

/** The promotion calculator's inputs (product, orders, both promotions, costs), kept across visits; the currency is in `$assumptions`. */
export const $promotion = persistentAtom<PromotionForm>('playbook:promotion', defaultPromotionForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(promotionFormSchema, raw, defaultPromotionForm),
});
