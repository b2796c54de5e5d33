import { promotionResult } from '../../../lib/calc/promotion';
import { mechanismOf, promotionInput } from '../../../lib/calc/promotion/schema';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { makeFields } from '../kit/fields';
import { describeMechanism } from '../../../lib/calc/promotion/describe';
import { promotionFormat } from './format';
import { MechanismFields } from './MechanismFields';
import { usePromotion } from './usePromotion';

/** Promotion A (the one above) against promotion B, on the same product, orders and costs. */
export default function PromotionCompare({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { s, setScenario } = usePromotion();
  const f = promotionFormat(intl, s.currency);
  const fields = makeFields(t, f, s.currency);
  const [a, b] = [promotionResult(promotionInput(s, 'a')), promotionResult(promotionInput(s, 'b'))];
  const uplift = (u: number | null) => (u === null ? t('promotion.none') : f.uplift(u));
  const rows: [string, (r: Extract<typeof a, { ok: true }>) => string][] = [
    ['rate', (r) => f.pct(r.discountRate, 2)],
    ['simpleBreakEven', (r) => uplift(r.simpleBreakEven.ok ? r.simpleBreakEven.uplift : null)],
    ['breakEven', (r) => uplift(r.breakEven)],
    ['incrementalRevenue', (r) => f.money(r.incrementalRevenue)],
    ['incrementalProfit', (r) => f.money(r.incrementalProfit)],
    ['promotionCost', (r) => f.money(r.promotionCost)],
    ['roi', (r) => (r.roi === null ? '—' : f.pct(r.roi))],
    ['roas', (r) => (r.roas === null ? '—' : f.times(r.roas))],
    ['verdict', (r) => t(`promotion.verdict.${r.verdict}.title`)],
  ];
  const diff = a.ok && b.ok ? b.incrementalProfit - a.incrementalProfit : 0;
  return (
    <section class="promo-panel" aria-labelledby="promotion-compare-title" data-calculator-island="promotion-compare">
      <h3 id="promotion-compare-title">{t('promotion.compare')}</h3>
      <p class="promo-note">{t('promotion.compare.note')}</p>
      <h4>{t('promotion.compare.b')}</h4>
      <MechanismFields id="promotion-b" o={s.b.offer} onChange={(offer) => setScenario('b', { offer })} t={t} f={f} fields={fields}>
        {fields.percent('promotion-b-uplift', t('promotion.uplift'), s.b.uplift, (u) => setScenario('b', { uplift: u }), { max: 10000 })}
      </MechanismFields>
      <div class="table-scroll" tabIndex={0}>
        <table data-compare-table>
          <thead>
            <tr>
              <td></td>
              <th scope="col">{t('promotion.compare.a')}: {describeMechanism(mechanismOf(s.a.offer), t, f)}</th>
              <th scope="col">{t('promotion.compare.b')}: {describeMechanism(mechanismOf(s.b.offer), t, f)}</th>
            </tr>
          </thead>
          <tbody>
            <tr><th scope="row">{t('promotion.uplift')}</th><td class="num">{f.uplift(s.a.uplift)}</td><td class="num">{f.uplift(s.b.uplift)}</td></tr>
            {rows.map(([key, cell]) => (
              <tr key={key}>
                <th scope="row">{t(calcKey(`promotion.result.${key}`))}</th>
                {[a, b].map((r, i) => <td key={i} class="num" data-compare={`${key}-${i ? 'b' : 'a'}`}>{r.ok ? cell(r) : t('promotion.invalid')}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a.ok && b.ok && (
        <p data-compare-summary>
          {diff === 0 ? t('promotion.compare.same') : t('promotion.compare.better', { name: t(diff > 0 ? 'promotion.compare.b' : 'promotion.compare.a'), diff: f.money(Math.abs(diff)) })}
        </p>
      )}
    </section>
  );
}
