import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { assumptionsSchema, type Assumptions } from '../lib/calc/shared/schema';
import { defaultAssumptions } from '../lib/calc/shared/defaults';

/**
 * Currency, VAT, unit cost, fees and selling price shared by every calculator and kept across visits.
 * Corrupted or foreign stored data falls back to the defaults.
 */
export const $assumptions = persistentAtom<Assumptions>('playbook:assumptions', defaultAssumptions, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(assumptionsSchema, raw, defaultAssumptions),
});
