import { marginCurve } from '../../../lib/calc/pricing';
import { formatNumber, formatPercent, toMajor } from '../../../lib/money';
import { MONEY_LIMIT } from '../../../lib/calc/shared/limits';
import { LineChart } from '../kit/LineChart';
import { makeT, type Strings } from '../../../i18n/translate';
import { usePricingInputs } from './usePricingInputs';
import { pricingFormat } from '../kit/format';

/** Margin against price, with the target and the current price marked. */
export default function PricingChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { a, form, scenario } = usePricingInputs();
  const { breakdown } = scenario;
  const f = pricingFormat(intl, a.currency);
  const centre = Math.max(scenario.price, a.unitCost + a.fixedFees, 100);
  const result = marginCurve(scenario.base, Math.round(centre * 0.6), Math.min(MONEY_LIMIT, Math.round(centre * 1.8)), 36);
  const curve = result.ok ? result.points : [];
  if (curve.length < 2) return null;
  const showTarget = form.mode === 'margin';
  return (
    <LineChart id="pricing-chart" t={t} title={t('pricing.chart.title')} xLabel={`${t('pricing.chart.x')} (${a.currency})`} yLabel={t('pricing.chart.y')}
      width={640} height={300}
      series={curve.map((p) => ({ x: p.price, y: p.margin }))}
      formatX={(x) => formatNumber(toMajor(x, a.currency), intl, 2)}
      formatY={(y) => formatPercent(y, intl, 0)}
      includeY={showTarget ? [0, form.targetMargin] : [0]}
      guides={showTarget ? [{ y: form.targetMargin, label: `${t('pricing.chart.target')} ${f.pct(form.targetMargin)}` }] : []}
      markers={breakdown && breakdown.margin !== null ? [{ x: breakdown.price, y: breakdown.margin, label: f.money(breakdown.price) }] : []} />
  );
}
