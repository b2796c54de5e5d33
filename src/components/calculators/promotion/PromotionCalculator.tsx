import { useState } from 'preact/hooks';
import { describeMechanism } from '../../../lib/calc/promotion/describe';
import { $assumptions } from '../../../stores/assumptions';
import { $promotion } from '../../../stores/promotion';
import { $pricingPrice } from '../../../stores/pricing';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { feeKinds } from '../../../lib/calc/shared/schema';
import { isItemMechanism, promotionResult } from '../../../lib/calc/promotion';
import { MAX_BANDS, defaultPromotionForm, fromPricing, newBand, promotionInput, promotionStateSchema } from '../../../lib/calc/promotion/schema';
import { formatNumber } from '../../../lib/money';
import { shareUrl } from '../../../lib/share-state';
import { CalculatorActions } from '../kit/CalculatorActions';
import { RowTable } from '../kit/RowTable';
import { useSharedState } from '../kit/useSharedState';
import { ShareNotice } from '../kit/ShareNotice';
import { CurrencyField } from '../kit/CurrencyField';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { makeFields } from '../kit/fields';
import { promotionFormat } from './format';
import { MechanismFields } from './MechanismFields';
import { usePromotion } from './usePromotion';

/** Input problems the schema cannot rule out (they depend on two fields), explained in words. */
const explained = ['share', 'baskets', 'off', 'tiers', 'coupons'];

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

/** The promotion calculator's form, result and actions. Breakdown, chart and comparison are separate islands. */
export default function PromotionCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, s, set, setScenario } = usePromotion();
  const link = () => shareUrl(location.href, 'promotion', { ...$promotion.get(), currency: $assumptions.get().currency });
  const shared = useSharedState(promotionStateSchema, 'promotion', ({ currency, ...form }) => {
    $assumptions.set({ ...$assumptions.get(), currency });
    $promotion.set(form);
  }, link);
  const [pulled, setPulled] = useState('');
  const f = promotionFormat(intl, s.currency);
  const fields = makeFields(t, f, s.currency);
  const r = promotionResult(promotionInput(s, 'a'));
  const itemOffer = isItemMechanism(s.a.offer);
  const fee = (kind: string) => t(calcKey(`promotion.fee.${kind}`));
  const shareSum = s.baskets.reduce((sum, b) => sum + b.share, 0);

  const usePricing = () => {
    const a = $assumptions.get();
    const { patch, perOrder, itemsPerOrder } = fromPricing(a, $pricingPrice.get(), $promotion.get().baskets);
    set(patch);
    const pf = promotionFormat(intl, a.currency);
    const values = { price: pf.money(patch.price), perOrder: pf.money(perOrder), perItem: pf.money(patch.fixedFees) };
    setPulled(itemsPerOrder === null ? t('promotion.pulled.oneItem', values) : t('promotion.pulled', { ...values, items: formatNumber(itemsPerOrder, intl, 2) }));
  };
  const setBand = (i: number, patch: Partial<(typeof s.baskets)[number]>) => set({ baskets: s.baskets.map((b, j) => (j === i ? { ...b, ...patch } : b)) });

  const csv = async () => {
    // Loaded on demand: only a download needs the report and the offers in words.
    const { promotionCsv } = await import('../../../lib/calc/promotion/report');
    return promotionCsv(s, { t, money: f.money, pct: f.pct, describe: (m) => describeMechanism(m, t, f) });
  };

  return (
    <section class="calculator" data-calculator-island="promotion" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>

      <div class="calc-form">
        <h3>{t('promotion.product')}</h3>
        <div class="promo-pull">
          <button type="button" data-action="use-pricing" onClick={usePricing}>{t('promotion.usePricing')}</button>
          <p role="status" class="promo-pull-status">{pulled}</p>
        </div>
        <div class="calc-grid">
          <CurrencyField id="promotion-currency" value={s.currency} onChange={(c) => set({ currency: c })} t={t} />
          {fields.money('promotion-price', t('promotion.price'), s.price, (price) => set({ price }), { min: 0.01 })}
          {fields.money('promotion-unit-cost', t('promotion.unitCost'), s.unitCost, (unitCost) => set({ unitCost }))}
          {fields.money('promotion-fixed-fees', t('promotion.fixedFees'), s.fixedFees, (fixedFees) => set({ fixedFees }))}
          {fields.percent('promotion-vat', t('promotion.vatRate'), s.vatRate, (vatRate) => set({ vatRate }))}
          <div class="field field--checkbox">
            <label>
              <input type="checkbox" id="promotion-includes-vat" checked={s.pricesIncludeVat} onChange={(e) => set({ pricesIncludeVat: e.currentTarget.checked })} />
              {t('promotion.pricesIncludeVat')}
            </label>
          </div>
        </div>
        <div class="calc-fees">
          {feeKinds.map((kind, i) => {
            const current = s.fees[i] ?? { label: kind, rate: 0, base: 'gross' as const };
            const setFee = (patch: Partial<typeof current>) =>
              set({ fees: feeKinds.map((k, j) => (j === i ? { ...current, ...patch, label: kind } : (s.fees[j] ?? { label: k, rate: 0, base: 'gross' as const }))) });
            return (
              <div class="calc-fee" key={kind}>
                {fields.percent(`promotion-fee-${kind}`, fee(kind), current.rate, (rate) => setFee({ rate }))}
                <div class="field">
                  <label for={`promotion-fee-${kind}-base`}>{t('promotion.feeBase')}</label>
                  <select id={`promotion-fee-${kind}-base`} value={current.base} onChange={(e) => setFee({ base: e.currentTarget.value as 'gross' | 'net' })}>
                    <option value="gross">{t('promotion.feeBase.gross')}</option>
                    <option value="net">{t('promotion.feeBase.net')}</option>
                  </select>
                </div>
              </div>
            );
          })}
        </div>

        <h3>{t('promotion.offer')}</h3>
        <MechanismFields id="promotion-a" o={s.a.offer} onChange={(offer) => setScenario('a', { offer })} t={t} f={f} fields={fields} />

        <h3>{t('promotion.orders')}</h3>
        <p class="promo-note">{t(itemOffer ? 'promotion.orders.items' : 'promotion.orders.note')}</p>
        <RowTable rows={s.baskets} wide wrapperClass="table-scroll promo-rows" tableProps={{ 'data-basket-table': true }} min={1}
          head={
            <tr>
              <th scope="col">{t('promotion.band')}</th>
              <th scope="col">{t('promotion.band.value')}</th>
              <th scope="col">{t('promotion.band.items')}</th>
              <th scope="col">{t('promotion.band.share')}</th>
              <th scope="col" class="num">{t('promotion.band.discount')}</th>
              <th scope="col" class="num">{t('promotion.band.rate')}</th>
              <td></td>
            </tr>
          }
          cells={(b, i) => {
            const name = `${t('promotion.band')} ${i + 1}`;
            const row = r.ok ? r.store.bands[i] : undefined;
            return (
              <>
                <th scope="row">{i + 1}</th>
                <td>{itemOffer ? <span class="num">{f.money(row?.value ?? 0)}</span>
                  : fields.money(`promotion-band-${i}-value`, `${name}: ${t('promotion.band.value')}`, b.value, (value) => setBand(i, { value }), { hideLabel: true })}</td>
                <td>{fields.count(`promotion-band-${i}-items`, `${name}: ${t('promotion.band.items')}`, b.items, (items) => setBand(i, { items }), { max: 10000, hideLabel: true })}</td>
                <td>{fields.percent(`promotion-band-${i}-share`, `${name}: ${t('promotion.band.share')}`, b.share, (share) => setBand(i, { share }), { hideLabel: true })}</td>
                <td class="num" data-band-discount>{row ? f.money(row.discount) : '—'}</td>
                <td class="num">{row ? f.pct(row.rate, 2) : '—'}</td>
              </>
            );
          }}
          removeLabel={(i) => t('promotion.remove', { name: `${t('promotion.band')} ${i + 1}` })}
          onRemove={(i) => set({ baskets: s.baskets.filter((_, j) => j !== i) })}
          addLabel={t('promotion.band.add')} addAction="add-band" max={MAX_BANDS}
          onAdd={() => set({ baskets: [...s.baskets, newBand(s)] })} />
        {Math.abs(shareSum - 1) > 1e-9 && shareSum > 0 && <p class="promo-note">{t('promotion.band.scaled', { sum: f.pct(shareSum) })}</p>}

        <h3>{t('promotion.volume')}</h3>
        <div class="calc-grid">
          {fields.count('promotion-baseline-units', t('promotion.baselineUnits'), s.baselineUnits, (baselineUnits) => set({ baselineUnits }), { min: 1 })}
          {fields.percent('promotion-uplift', t('promotion.uplift'), s.a.uplift, (uplift) => setScenario('a', { uplift }), { max: 10000 })}
          {fields.percent('promotion-pulled-forward', t('promotion.pulledForward'), s.pulledForward, (pulledForward) => set({ pulledForward }))}
          {fields.count('promotion-cannibalised-units', t('promotion.cannibalisedUnits'), s.cannibalisedUnits, (cannibalisedUnits) => set({ cannibalisedUnits }))}
          {fields.money('promotion-cannibalised-margin', t('promotion.cannibalisedMargin'), s.cannibalisedMargin, (cannibalisedMargin) => set({ cannibalisedMargin }))}
          {fields.money('promotion-ad-spend', t('promotion.adSpend'), s.adSpend, (adSpend) => set({ adSpend }))}
          {fields.money('promotion-creative-cost', t('promotion.creativeCost'), s.creativeCost, (creativeCost) => set({ creativeCost }))}
          {fields.money('promotion-gift-cost', t('promotion.giftCost'), s.giftCost, (giftCost) => set({ giftCost }))}
        </div>
      </div>

      <div class="calc-result" data-result-panel>
        {!r.ok ? (
          <p class="calc-warning" data-warning="invalid">{t(calcKey(explained.includes(r.field) ? `promotion.invalid.${r.field}` : 'promotion.invalid'))}</p>
        ) : (
          <>
            <dl class="calc-figures promo-figures">
              <div><dt>{t('promotion.result.rate')}</dt><dd data-result="rate">{f.pct(r.discountRate, 2)}</dd></div>
              <div><dt>{t('promotion.result.simpleBreakEven')}</dt><dd data-result="simple-break-even">{r.simpleBreakEven.ok ? f.uplift(r.simpleBreakEven.uplift) : t('promotion.none')}</dd></div>
              <div><dt>{t('promotion.result.incrementalRevenue')}</dt><dd data-result="incremental-revenue">{f.money(r.incrementalRevenue)}</dd></div>
              <div><dt>{t('promotion.result.incrementalProfit')}</dt><dd data-result="incremental-profit">{f.money(r.incrementalProfit)}</dd></div>
              <div><dt>{t('promotion.result.roi')}</dt><dd data-result="roi">{r.roi === null ? '—' : f.pct(r.roi)}</dd></div>
              <div><dt>{t('promotion.result.roas')}</dt><dd data-result="roas">{r.roas === null ? '—' : f.times(r.roas)}</dd></div>
            </dl>
            <p class={`promo-verdict promo-verdict--${r.verdict}`} data-verdict={r.verdict}>
              <strong>{t(`promotion.verdict.${r.verdict}.title`)}</strong>{' '}
              {t(`promotion.verdict.${r.verdict}`, {
                profit: f.money(Math.abs(r.incrementalProfit)),
                roi: r.roi === null ? '—' : f.pct(r.roi),
                uplift: f.uplift(s.a.uplift),
                breakEven: r.breakEven === null ? '—' : f.uplift(r.breakEven),
              })}
            </p>
            {!r.simpleBreakEven.ok && (
              <p class="calc-warning" data-warning="no-uplift">{t('promotion.noUplift', { rate: f.pct(r.discountRate), breakEven: f.pct(r.unit.breakEvenDiscount) })}</p>
            )}
            <p class="promo-note" data-platform-roi>
              {t('promotion.platformRoi', { roas: r.roas === null ? '—' : f.times(r.roas), roi: r.roi === null ? '—' : f.pct(r.roi) })}
            </p>
          </>
        )}
      </div>

      <CalculatorActions t={t} filename="promotion.csv" csv={csv}
        shareUrl={link}
        onReset={() => {
          $promotion.set(defaultPromotionForm);
          $assumptions.set({ ...$assumptions.get(), currency: defaultAssumptions.currency });
        }} />
    </section>
  );
}
