import { quickDeductionTable, tieredCommission } from '../../../lib/calc/incentive';
import { commissionSteps } from '../../../lib/calc/incentive/math';
import { MathSteps } from '../kit/MathSteps';
import { makeT, type Strings } from '../../../i18n/translate';
import { pricingFormat } from '../kit/format';
import { useCommissionInputs } from './useIncentiveInputs';
import { incentiveNames } from './names';
import { valueOr } from '../../../lib/calc/shared/input-error';

/** Commission by tier, the quick-deduction table and the math: below the form, so a separate island. */
export default function IncentiveBreakdown({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { currency, commission: c } = useCommissionInputs();
  const f = pricingFormat(intl, currency);
  const names = incentiveNames(t);
  const result = tieredCommission(c);
  if (!result.ok) return <div data-calculator-island="incentive-breakdown"></div>;
  const quick = result.quickDeductions ?? valueOr(quickDeductionTable(c), []);
  return (
    <section class="incentive-breakdown" aria-labelledby="incentive-breakdown-title" data-calculator-island="incentive-breakdown">
      <h3 id="incentive-breakdown-title">{t('incentive.breakdown')}</h3>
      <div class="table-scroll" tabIndex={0}>
        <table class="calc-breakdown" data-lines>
          <caption>{t('incentive.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('incentive.tier')}</th>
              <th scope="col" class="num">{t('incentive.line.base')}</th>
              <th scope="col" class="num">{t('incentive.tier.rate')}</th>
              <th scope="col" class="num">{t('incentive.line.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((line, i) => (
              <tr key={i}>
                <th scope="row">{names.tierName(line.tier)}{line.multiplier !== 1 ? ` (${t('incentive.line.accelerated')})` : ''}</th>
                <td class="num">{f.money(line.base)}</td>
                <td class="num">{f.pct(line.rate, 2)}{line.multiplier !== 1 ? ` × ${line.multiplier}` : ''}</td>
                <td class="num">{f.money(line.amount)}</td>
              </tr>
            ))}
            <tr class="total"><th scope="row">{t('incentive.result.gross')}</th><td></td><td></td><td class="num" data-result="gross">{f.money(result.gross)}</td></tr>
          </tbody>
        </table>
      </div>
      <div class="table-scroll" tabIndex={0}>
        <table data-quick-table>
          <caption>{t(c.method === 'marginal' ? 'incentive.quick' : 'incentive.quick.suggest')}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">{t('incentive.quick.from')}</th>
              <th scope="col" class="num">{t('incentive.tier.to')}</th>
              <th scope="col" class="num">{t('incentive.tier.rate')}</th>
              <th scope="col" class="num">{t('incentive.quick.deduction')}</th>
            </tr>
          </thead>
          <tbody>
            {quick.map((row, i) => (
              <tr key={i}>
                <td class="num">{f.money(row.from)}</td>
                <td class="num">{row.to === null ? t('incentive.tier.open') : f.money(row.to)}</td>
                <td class="num">{f.pct(row.rate, 2)}</td>
                <td class="num" data-deduction={i}>{f.money(row.deduction)}{result.quickRow === i ? ` ← ${t('incentive.quick.here')}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MathSteps steps={commissionSteps(result, c, currency, intl, names.tierName)} t={t} />
    </section>
  );
}
