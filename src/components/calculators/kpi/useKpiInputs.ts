import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $kpi } from '../../../stores/kpi';
import { $assumptions } from '../../../stores/assumptions';
import { defaultKpiForm, type FunnelForm, type KpiForm, type PacingForm, type PlanForm } from '../../../lib/calc/kpi/schema';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { fitPacing, kpiScenario, type KpiScenario } from '../../../lib/calc/kpi';
import type { Currency } from '../../../lib/money';
import { useMounted } from '../kit/useMounted';

export interface KpiInputs {
  mounted: boolean;
  form: KpiForm;
  currency: Currency;
  scenario: KpiScenario;
  setFunnel: (patch: Partial<FunnelForm>) => void;
  setPlan: (plan: PlanForm) => void;
  setPacing: (patch: Partial<PacingForm>) => void;
}

/**
 * The KPI inputs every KPI island reads: the example while hydrating, the stored values once mounted, and the
 * scenario computed from them. The currency is the one shared by every calculator.
 */
export function useKpiInputs(): KpiInputs {
  const mounted = useMounted();
  const stored = useStore($kpi);
  const assumptions = useStore($assumptions);
  const form = mounted ? stored : defaultKpiForm;
  const currency = mounted ? assumptions.currency : defaultAssumptions.currency;
  const scenario = useMemo(() => kpiScenario(form), [form]);
  const update = (patch: Partial<KpiForm>) => $kpi.set({ ...$kpi.get(), ...patch });
  return {
    mounted,
    form,
    currency,
    scenario,
    setFunnel: (patch) => update({ funnel: { ...$kpi.get().funnel, ...patch } }),
    setPlan: (plan) => update({ plan, pacing: fitPacing($kpi.get().pacing, plan) }),
    setPacing: (patch) => update({ pacing: { ...$kpi.get().pacing, ...patch } }),
  };
}
