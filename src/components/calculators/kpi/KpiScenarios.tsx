import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { $assumptions } from '../../../stores/assumptions';
import { $kpi } from '../../../stores/kpi';
import { keyFigures, solveFunnel } from '../../../lib/calc/kpi';
import { kpiStateSchema, type KpiState } from '../../../lib/calc/kpi/schema';
import { formatMoney, formatNumber } from '../../../lib/money';

/** The KPI calculator's saved scenarios: the whole plan and its currency, the funnel's key figures, named by the GMV target and the visitors it needs. */
export default function KpiScenarios(props: ScenariosProps) {
  return (
    <Scenarios<KpiState> {...props} adapter={{
      calculator: 'kpi',
      param: 'kpi',
      schema: kpiStateSchema,
      current: () => ({ currency: $assumptions.get().currency, kpi: $kpi.get() }),
      apply: (s) => {
        $assumptions.set({ ...$assumptions.get(), currency: s.currency });
        $kpi.set(s.kpi);
      },
      figures: (s) => keyFigures(solveFunnel(s.kpi.funnel)),
      currency: (s) => s.currency,
      name: (s, t, intl) => {
        const [paid, net, uv] = keyFigures(solveFunnel(s.kpi.funnel)).map((x) => x.value);
        const gmv = (s.kpi.funnel.gmvBasis === 'net' ? net : paid) ?? s.kpi.funnel.gmv;
        return t('kpi.scenarioName', { gmv: formatMoney(gmv, s.currency, intl), uv: uv === null || uv === undefined ? '—' : formatNumber(uv, intl, 0) });
      },
    }} />
  );
}
