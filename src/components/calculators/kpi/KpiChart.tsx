import { plannedAtDay } from '../../../lib/calc/kpi';
import { makeT, type Strings } from '../../../i18n/translate';
import { LineChart } from '../kit/LineChart';
import { useKpiInputs } from './useKpiInputs';
import { kpiFormat } from './format';
import { valueOr } from '../../../lib/calc/shared/input-error';

/**
 * Planned cumulative GMV against actual, on one scale: the plan is dashed and the actual solid with dots, and
 * a table holds the numbers, so nothing depends on colour.
 */
export default function KpiChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { form, currency, scenario: s } = useKpiInputs();
  const f = kpiFormat(intl, currency, t);
  const year = form.plan.year;
  const start = s.scopeRange.start;
  const dayLabel = (x: number) => f.shortDate(year, start + Math.max(0, Math.round(x) - 1));
  const actualAt = new Map(s.actual.map((p) => [p.x, p.y]));
  const xs = [...new Set([...s.planned.map((p) => p.x), ...s.actual.map((p) => p.x)])].filter((x) => x > 0).sort((a, b) => a - b);
  const legend = (
    <ul class="kpi-legend">
      <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="kpi-chart-plan" /></svg>{t('kpi.chart.planned')}</li>
      <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="chart-line" /><circle cx="16" cy="4" r="3" class="chart-marker" /></svg>{t('kpi.chart.actual')}</li>
    </ul>
  );
  const table = {
    head: (
      <tr>
        <th scope="col">{t('kpi.chart.x')}</th>
        <th scope="col" class="num">{t('kpi.chart.planned')}</th>
        <th scope="col" class="num">{t('kpi.chart.actual')}</th>
      </tr>
    ),
    rows: xs.map((x) => (
      <tr key={x}>
        <th scope="row">{f.date(year, start + x - 1)}</th>
        <td class="num">{f.money(valueOr(plannedAtDay(s.planned, x), 0))}</td>
        <td class="num">{actualAt.has(x) ? f.money(actualAt.get(x)!) : '—'}</td>
      </tr>
    )),
  };
  // The plan is dashed and the actual solid with dots, and the table holds the numbers: nothing depends on colour.
  return (
    <LineChart id="kpi-chart" t={t} title={t('kpi.chart.title')} xLabel={t('kpi.chart.x')} yLabel={`${t('kpi.chart.y')} (${currency})`}
      class="kpi-chart" island="kpi-chart" width={640} height={300}
      series={s.planned} lineClass="kpi-chart-plan" lineName="planned"
      otherSeries={[s.actual]} others={[{ name: 'actual', className: 'chart-line', dots: true }]}
      formatX={dayLabel} formatY={f.compactMoney} includeY={[0, s.scopeTarget]} zeroLine={false}
      legend={legend} table={table} />
  );
}
