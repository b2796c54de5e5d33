import { profitCurve } from '../../../lib/calc/promotion';
import { formatNumber, formatPercent, toMajor } from '../../../lib/money';
import { LineChart } from '../kit/LineChart';
import { makeT, type Strings } from '../../../i18n/translate';
import { promotionFormat } from './format';
import { usePromotionA } from './usePromotion';

/** Incremental profit against the volume uplift, with the break-even uplift and the expected uplift marked. */
export default function PromotionChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { s, input, result: r } = usePromotionA();
  if (!r.ok) return null;
  const f = promotionFormat(intl, s.currency);
  // Wide enough to show both the expected uplift and the break-even point, when there is one.
  const hi = Math.min(100, Math.max(0.5, s.a.uplift * 1.5, (r.breakEven ?? 0) * 1.5));
  const result = profitCurve(input, 0, hi, 40);
  const curve = result.ok ? result.points : [];
  const markers = [{ x: s.a.uplift, y: r.incrementalProfit, label: `${t('promotion.chart.expected')} ${f.uplift(s.a.uplift)}` }];
  if (r.breakEven !== null && r.breakEven <= hi) markers.push({ x: r.breakEven, y: 0, label: `${t('promotion.chart.breakEven')} ${f.uplift(r.breakEven)}` });
  return (
    <div data-calculator-island="promotion-chart">
      <LineChart id="promotion-chart" t={t} title={t('promotion.chart.title')} xLabel={t('promotion.chart.x')} yLabel={`${t('promotion.chart.y')} (${s.currency})`}
        width={640} height={300}
        series={curve.map((p) => ({ x: p.uplift, y: p.profit }))}
        formatX={(x) => `+${formatPercent(x, intl, 0)}`}
        formatY={(y) => formatNumber(toMajor(y, s.currency), intl, 0)}
        includeY={[0]}
        markers={markers} />
      {r.breakEven === null && <p class="calc-warning" data-warning="never">{t('promotion.chart.never')}</p>}
    </div>
  );
}
