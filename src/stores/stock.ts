import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { defaultStockForm, stockFormSchema, type StockForm } from '../lib/calc/stock/schema';

/** The stock calculator's inputs (demand, lead time, service level, peak, stock and plan), kept across visits. */
export const $stock = persistentAtom<StockForm>('playbook:stock', defaultStockForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(stockFormSchema, raw, defaultStockForm),
});
