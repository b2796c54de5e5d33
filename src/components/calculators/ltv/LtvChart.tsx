import { makeT, type Strings } from '../../../i18n/translate';
import { formatMoney, formatNumber, toMajor } from '../../../lib/money';
import { LineChart } from '../kit/LineChart';
import { useLtvInputs } from './useLtvInputs';

/**
 * Cumulative margin per customer against the CAC line, month by month, with the payback month marked. With
 * discounting, the discounted line is the solid one (payback reads it) and the undiscounted one is dashed; the
 * data table holds every month, so nothing depends on colour or on seeing the chart.
 */
export default function LtvChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { currency, scenario: s } = useLtvInputs();
  const money = (minor: number) => formatMoney(minor, currency, intl);
  const compared = s.months.map((m) => ({ x: m.month, y: s.discounted ? m.discountedCumulative : m.cumulative }));
  // A one-month horizon still draws a line: from nothing at month 0 to the month's margin.
  const series = [{ x: 0, y: 0 }, ...compared];
  const payback = s.paybackMonth === null ? null : compared[s.paybackMonth - 1];
  const monthWord = (month: number) => t('ltv.month', { month });
  const legend = (
    <ul class="kpi-legend">
      <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="chart-line" /></svg>{t('ltv.chart.compared')}</li>
      {s.discounted && <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="kpi-chart-plan" /></svg>{t('ltv.chart.undiscounted')}</li>}
      {s.cac !== null && <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="chart-guide" /></svg>{t('ltv.chart.cac')}</li>}
    </ul>
  );
  const table = {
    head: (
      <tr>
        <th scope="col">{t('ltv.table.month')}</th>
        <th scope="col" class="num">{t('ltv.table.margin')}</th>
        <th scope="col" class="num">{t('ltv.table.cumulative')}</th>
        {s.discounted && <th scope="col" class="num">{t('ltv.table.discountedCumulative')}</th>}
        <th scope="col" class="num">{t('ltv.chart.cac')}</th>
      </tr>
    ),
    rows: s.months.map((m) => (
      <tr key={m.month} data-payback={m.month === s.paybackMonth ? 'true' : undefined}>
        <th scope="row">{m.month}</th>
        <td class="num">{money(m.margin)}</td>
        <td class="num">{money(m.cumulative)}</td>
        {s.discounted && <td class="num">{money(m.discountedCumulative)}</td>}
        <td class="num">{s.cac === null ? '—' : money(s.cac)}</td>
      </tr>
    )),
  };
  return (
    <LineChart id="ltv-chart" t={t} title={t('ltv.chart.title')} xLabel={t('ltv.chart.x')} yLabel={`${t('ltv.chart.y')} (${currency})`}
      class="ltv-chart" island="ltv-chart" width={640} height={300}
      series={series} lineName="compared"
      otherSeries={s.discounted ? [[{ x: 0, y: 0 }, ...s.months.map((m) => ({ x: m.month, y: m.cumulative }))]] : []}
      others={s.discounted ? [{ name: 'undiscounted', className: 'kpi-chart-plan' }] : []}
      formatX={(x) => formatNumber(x, intl, 0)}
      formatY={(y) => formatNumber(toMajor(y, currency), intl, 0)}
      includeY={s.cac === null ? [0] : [0, s.cac]}
      guides={s.cac === null ? [] : [{ y: s.cac, label: `${t('ltv.chart.cac')} ${money(s.cac)}` }]}
      markers={payback ? [{ x: payback.x, y: payback.y, label: monthWord(payback.x) }] : []}
      legend={legend} table={table} />
  );
}
