import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { adsFormSchema, defaultAdsForm, type AdsForm } from '../lib/calc/ads/schema';

/** The paid-traffic calculator's inputs (margin, order value, conversion, ROAS target, refunds, goal, spend), kept across visits; the currency is in `$assumptions`. */
export const $ads = persistentAtom<AdsForm>('playbook:ads', defaultAdsForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(adsFormSchema, raw, defaultAdsForm),
});
