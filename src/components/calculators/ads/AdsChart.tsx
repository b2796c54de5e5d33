import { chartEnd, maxCpcCurve } from '../../../lib/calc/ads';
import { valueOr } from '../../../lib/calc/shared/input-error';
import { formatNumber, formatPercent, toMajor } from '../../../lib/money';
import { LineChart } from '../kit/LineChart';
import { makeT, type Strings } from '../../../i18n/translate';
import { adsFormat } from './format';
import { useAdsInputs } from './useAdsInputs';

/** The highest CPC (break-even and at the target ROAS) against conversion rate, with the reader's rate marked. */
export default function AdsChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { currency, form, plan } = useAdsInputs();
  const f = adsFormat(intl, currency);
  const curve = valueOr(maxCpcCurve(form, valueOr(chartEnd(form.conversionRate), 0.05), 24), { points: [] }).points;
  if (curve.length < 2) return null;
  const breakEven = t('ads.chart.breakEven');
  const target = t('ads.chart.target');
  const money = (minor: number) => formatNumber(toMajor(minor, currency), intl, 2);
  return (
    <LineChart id="ads-chart" t={t} title={t('ads.chart.title')} xLabel={t('ads.chart.x')} yLabel={`${t('ads.chart.y')} (${currency})`}
      width={640} height={300} island="ads-chart" lineName={breakEven}
      series={curve.map((p) => ({ x: p.conversionRate, y: p.maxCpc }))}
      otherSeries={[curve.map((p) => ({ x: p.conversionRate, y: p.maxCpcAtTarget }))]}
      others={[{ name: target, className: 'kpi-chart-plan' }]}
      formatX={(x) => formatPercent(x, intl, 1)}
      formatY={money}
      includeY={[0]}
      markers={[{ x: form.conversionRate, y: plan.maxCpc, label: f.money(plan.maxCpc) }]}
      legend={
        // The same legend as the KPI chart's: the solid line and the dashed one, named, so nothing depends on colour.
        <ul class="kpi-legend">
          <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="chart-line" /></svg>{breakEven}</li>
          <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="kpi-chart-plan" /></svg>{target}</li>
        </ul>
      }
      table={{
        head: <tr><th scope="col">{t('ads.chart.x')}</th><th scope="col" class="num">{breakEven}</th><th scope="col" class="num">{target}</th></tr>,
        rows: curve.map((p, i) => (
          <tr key={i}><td class="num">{formatPercent(p.conversionRate, intl, 2)}</td><td class="num">{f.money(p.maxCpc)}</td><td class="num">{f.money(p.maxCpcAtTarget)}</td></tr>
        )),
      }} />
  );
}
