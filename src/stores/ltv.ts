import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { defaultLtvForm, ltvFormSchema, type LtvForm } from '../lib/calc/ltv/schema';

/** The customer value calculator's inputs (margin, orders, retention, horizon, discounting, acquisition), kept across visits; the currency is in `$assumptions`. */
export const $ltv = persistentAtom<LtvForm>('playbook:ltv', defaultLtvForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(ltvFormSchema, raw, defaultLtvForm),
});
