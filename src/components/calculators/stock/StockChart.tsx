import { riskCurve } from '../../../lib/calc/stock';
import { LineChart } from '../kit/LineChart';
import { makeT, type Strings } from '../../../i18n/translate';
import { useStockInputs } from './useStockInputs';
import { stockFormat } from './format';
import { curveRange } from './curve';

/** Stock-out risk against the quantity ordered, with the service level's target and the planned quantity marked. */
export default function StockChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { scenario, refused } = useStockInputs();
  if (refused) return null;
  const f = stockFormat(intl);
  const { input, result: r } = scenario;
  const range = curveRange(scenario);
  const result = riskCurve(input, range.from, range.to, 30);
  const curve = result.ok ? result.points : [];
  if (curve.length < 2) return null;
  const target = 1 - input.serviceLevel;
  return (
    <LineChart id="stock-chart" island="stock-chart" t={t} title={t('stock.chart.title')} xLabel={t('stock.chart.x')} yLabel={t('stock.chart.y')}
      width={640} height={300}
      series={curve.map((p) => ({ x: p.quantity, y: p.risk }))}
      formatX={(x) => f.items(x)}
      formatY={(y) => f.pct(y, 0)}
      includeY={[0, 1]}
      guides={[{ y: target, label: `${t('stock.chart.target')} ${f.pct(target)}` }]}
      markers={[
        { x: input.plannedQuantity, y: r.plan.risk, label: `${t('stock.chart.planned')} ${f.items(input.plannedQuantity)}` },
        ...(r.peak.orderQuantity !== null && r.peak.orderRisk !== null && r.peak.orderQuantity !== input.plannedQuantity
          ? [{ x: r.peak.orderQuantity, y: r.peak.orderRisk, label: `${t('stock.chart.order')} ${f.items(r.peak.orderQuantity)}` }]
          : []),
      ]} />
  );
}
