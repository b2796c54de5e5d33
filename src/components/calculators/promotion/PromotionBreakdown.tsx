import { promotionSteps } from '../../../lib/calc/promotion/math';
import { MathSteps } from '../kit/MathSteps';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { promotionFormat } from './format';
import { usePromotionA } from './usePromotion';

/** Where the incremental profit comes from, line by line, and the math behind it. */
export default function PromotionBreakdown({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { s, input, result: r } = usePromotionA();
  if (!r.ok) return null;
  const f = promotionFormat(intl, s.currency);
  const row = (key: string, value: string, sign = '', total = false) => (
    <tr class={total ? 'total' : undefined}><th scope="row">{t(calcKey(`promotion.line.${key}`))}</th><td class="num" data-line={key}>{sign}{value}</td></tr>
  );
  return (
    <section class="promo-panel" aria-labelledby="promotion-breakdown-title" data-calculator-island="promotion-breakdown">
      <h3 id="promotion-breakdown-title">{t('promotion.breakdown')}</h3>
      <div class="table-scroll" tabIndex={0}>
        <table class="calc-breakdown">
          <tbody>
            {row('promoUnits', f.count(r.promoUnits))}
            {row('extraUnits', f.count(r.extraUnits))}
            {row('pulledForwardUnits', f.count(r.pulledForwardUnits))}
            {row('promoRevenue', f.money(r.promoRevenue))}
            {row('baselineRevenue', f.money(r.baselineRevenue), '−')}
            {row('pulledForwardRevenue', f.money(r.pulledForwardRevenue), '−')}
            {row('incrementalRevenue', f.money(r.incrementalRevenue), '', true)}
            {row('promoContribution', f.money(r.promoContribution))}
            {row('baselineContribution', f.money(r.baselineContribution), '−')}
            {row('pulledForwardContribution', f.money(r.pulledForwardContribution), '−')}
            {row('cannibalisedContribution', f.money(r.cannibalisedContribution), '−')}
            {row('fixedCosts', f.money(r.fixedCosts), '−')}
            {row('incrementalProfit', f.money(r.incrementalProfit), '', true)}
            {row('discountCost', f.money(r.discountCost))}
            {row('subsidy', f.money(r.subsidy))}
            {row('promotionCost', f.money(r.promotionCost))}
            {row('breakEven', r.breakEven === null ? t('promotion.none') : f.uplift(r.breakEven))}
          </tbody>
        </table>
      </div>
      <MathSteps steps={promotionSteps(input, r, intl, t('promotion.band'))} t={t} />
    </section>
  );
}
