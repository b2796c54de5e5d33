import { findCliffs, payoutCurve } from '../../../lib/calc/incentive';
import { MONEY_LIMIT } from '../../../lib/calc/shared/limits';
import { formatNumber, toMajor } from '../../../lib/money';
import { LineChart } from '../kit/LineChart';
import { makeT, type Strings } from '../../../i18n/translate';
import { pricingFormat } from '../kit/format';
import { useCommissionInputs } from './useIncentiveInputs';
import { valueOr } from '../../../lib/calc/shared/input-error';

/** Payout against sales for the current plan, with every cliff and the current sales marked. */
export default function IncentiveChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { currency, commission: c } = useCommissionInputs();
  const f = pricingFormat(intl, currency);
  const top = Math.min(MONEY_LIMIT, Math.max(c.sales * 1.25, (c.tiers.at(-1)?.from ?? 0) * 1.5, c.target * 1.5, 100_000));
  const curve = valueOr(payoutCurve(c, top, 60, [c.sales]), []);
  const found = findCliffs(c);
  if (curve.length < 2 || !found.ok) {
    return <p class="incentive-chart-empty" data-calculator-island="incentive-chart">{t('incentive.chart.invalid')}</p>;
  }
  const here = curve.find((p) => p.sales === c.sales);
  const markers = [
    ...found.cliffs.map((cliff) => ({ x: cliff.sales, y: cliff.after, label: t('incentive.chart.cliff', { jump: f.money(cliff.jump) }) })),
    ...(here ? [{ x: here.sales, y: here.payout, label: f.money(here.payout) }] : []),
  ];
  return (
    <div data-calculator-island="incentive-chart">
      <LineChart id="incentive-chart" t={t} title={t(`incentive.chart.title.${c.method}`)} xLabel={`${t('incentive.sales')} (${currency})`}
        yLabel={`${t('incentive.result.payout')} (${currency})`} width={640} height={300}
        series={curve.map((p) => ({ x: p.sales, y: p.payout }))}
        formatX={(x) => formatNumber(toMajor(x, currency), intl, 0)}
        formatY={(y) => formatNumber(toMajor(y, currency), intl, 2)}
        includeY={[0]} markers={markers} />
      {found.cliffs.length > 0 && (
        <ul class="incentive-chart-cliffs">
          {found.cliffs.map((cliff) => (
            <li key={cliff.sales}>{t('incentive.chart.cliffNote', { sales: f.money(cliff.sales), jump: f.money(cliff.jump) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
