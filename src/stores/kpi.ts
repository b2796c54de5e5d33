import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import { defaultKpiForm, kpiFormSchema, type KpiForm } from '../lib/calc/kpi/schema';

/** The KPI calculator's inputs (funnel, split, pacing and actuals), kept across visits. */
export const $kpi = persistentAtom<KpiForm>('playbook:kpi', defaultKpiForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(kpiFormSchema, raw, defaultKpiForm),
});
