import { useMemo } from 'preact/hooks';
import { $kpi } from '../../../stores/kpi';
import { $assumptions } from '../../../stores/assumptions';
import { defaultKpiForm, type FunnelForm, type KpiForm, type PacingForm, type PlanForm } from '../../../lib/calc/kpi/schema';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { valueOr } from '../../../lib/calc/shared/input-error';
import { fitPacing, kpiScenario, type KpiScenario } from '../../../lib/calc/kpi';
import type { Currency } from '../../../lib/money';
import { useStoredForm } from '../kit/useStoredForm';

export interface KpiInputs {
  mounted: boolean;
  form: KpiForm;
  currency: Currency;
  scenario: KpiScenario;
  setFunnel: (patch: Partial<FunnelForm>) => void;
  setPlan: (plan: PlanForm) => void;
  setPacing: (patch: Partial<PacingForm>) => void;
}

/** The example's scenario, shown if the module ever refused stored values that passed the schema. */
function exampleScenario(): KpiScenario {
  const r = kpiScenario(defaultKpiForm);
  if (!r.ok) throw new Error('the KPI example must be valid');
  return r;
}

/** The KPI inputs every KPI island reads (see `useStoredForm`), the shared currency and the derived scenario. */
export function useKpiInputs(): KpiInputs {
  const kpi = useStoredForm($kpi, defaultKpiForm);
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const form = kpi.value;
  const scenario = useMemo(() => {
    const r = kpiScenario(form);
    return r.ok ? r : exampleScenario();
  }, [form]);
  return {
    mounted: kpi.mounted,
    form,
    currency: assumptions.value.currency,
    scenario,
    setFunnel: (patch) => kpi.set({ funnel: { ...$kpi.get().funnel, ...patch } }),
    setPlan: (plan) => kpi.set({ plan, pacing: valueOr(fitPacing($kpi.get().pacing, plan), $kpi.get().pacing) }),
    setPacing: (patch) => kpi.set({ pacing: { ...$kpi.get().pacing, ...patch } }),
  };
}
