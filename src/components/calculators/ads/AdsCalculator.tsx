import { useState } from 'preact/hooks';
import { $assumptions } from '../../../stores/assumptions';
import { $ads } from '../../../stores/ads';
import { $pricingContribution } from '../../../stores/pricing';
import { adsStateSchema, defaultAdsForm, marginRange, roasRange } from '../../../lib/calc/ads/schema';
import { marginFromPricing, type AdsWarning } from '../../../lib/calc/ads';
import { adsSteps } from '../../../lib/calc/ads/math';
import { valueOr } from '../../../lib/calc/shared/input-error';
import { shareUrl } from '../../../lib/share-state';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { CalculatorActions } from '../kit/CalculatorActions';
import { useSharedState } from '../kit/useSharedState';
import { ShareNotice } from '../kit/ShareNotice';
import { CurrencyField } from '../kit/CurrencyField';
import { makeFields } from '../kit/fields';
import { toPercent, toRate } from '../kit/format';
import { makeT, type Strings } from '../../../i18n/translate';
import { adsFormat } from './format';
import { useAdsInputs } from './useAdsInputs';

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

/** The paid-traffic calculator's form, result, math and actions. Bid table and chart are separate islands. */
export default function AdsCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, currency, form, plan, setCurrency, setForm } = useAdsInputs();
  const link = () => shareUrl(location.href, 'ads', { currency: $assumptions.get().currency, ads: $ads.get() });
  const shared = useSharedState(adsStateSchema, 'ads', (state) => {
    $assumptions.set({ ...$assumptions.get(), currency: state.currency });
    $ads.set(state.ads);
  }, link);
  const [pulled, setPulled] = useState('');
  const f = adsFormat(intl, currency);
  const fields = makeFields(t, f, currency);
  const steps = adsSteps(form, plan, currency, intl);
  const o = plan.atPlannedSpend;

  const usePricing = () => {
    const from = $pricingContribution.get();
    const margin = from ? valueOr(marginFromPricing(from.profit, from.grossPrice), null) : null;
    if (!from || margin === null) {
      setPulled(t('ads.pulled.none'));
      return;
    }
    setForm({ contributionMarginBeforeAds: margin });
    setPulled(t('ads.pulled', { profit: f.money(from.profit), price: f.money(from.grossPrice), margin: f.pct(margin, 2) }));
  };

  const warning = (w: AdsWarning) =>
    w === 'no-margin'
      ? t('ads.warning.no-margin', { margin: f.pct(form.contributionMarginBeforeAds) })
      : w === 'target-below-break-even'
        ? t('ads.warning.target-below-break-even', { target: f.ratio(form.targetRoas), breakEven: f.ratio(plan.breakEvenRoas ?? 0), one: f.one })
        : t('ads.warning.refunds-below-break-even', {
            target: f.ratio(form.targetRoas),
            refund: f.pct(form.refundRate),
            net: f.ratio(plan.netRoi),
            breakEven: f.ratio(plan.breakEvenRoas ?? 0),
            gross: plan.breakEvenGrossRoi === null ? '—' : f.ratio(plan.breakEvenGrossRoi),
          });

  const csv = async () => {
    // Loaded on demand: only a download needs the report.
    const { adsCsv } = await import('../../../lib/calc/ads/report');
    return adsCsv({ currency, form, plan }, t);
  };

  return (
    <section class="calculator" data-calculator-island="ads" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>
      <div class="calc-form">
        <div class="promo-pull">
          <button type="button" data-action="use-pricing" onClick={usePricing}>{t('ads.usePricing')}</button>
          <p role="status" class="promo-pull-status">{pulled}</p>
        </div>
        <p class="promo-note">{t('ads.margin.help')}</p>
        <div class="calc-grid">
          <CurrencyField id="ads-currency" value={currency} onChange={setCurrency} t={t} />
          <NumberField id="ads-margin" label={t('ads.margin')} value={toPercent(form.contributionMarginBeforeAds)} t={t}
            spec={{ kind: 'percent', min: marginRange.min * 100, max: marginRange.max * 100 }} format={f.percentField} formatBound={f.bound} unit="%"
            onValid={(v) => setForm({ contributionMarginBeforeAds: toRate(v) })} />
          {fields.money('ads-aov', t('ads.aov'), form.aov, (aov) => setForm({ aov }))}
          {fields.percent('ads-conversion-rate', t('ads.conversionRate'), form.conversionRate, (conversionRate) => setForm({ conversionRate }))}
          <NumberField id="ads-target-roas" label={t('ads.targetRoas')} value={form.targetRoas} t={t}
            spec={{ kind: 'number', min: roasRange.min, max: roasRange.max }} format={f.ratioField} formatBound={f.bound}
            onValid={(v) => setForm({ targetRoas: Math.round(v * 1e4) / 1e4 })} />
          {fields.percent('ads-refund-rate', t('ads.refundRate'), form.refundRate, (refundRate) => setForm({ refundRate }))}
          {fields.money('ads-gmv-goal', t('ads.gmvGoal'), form.gmvGoal, (gmvGoal) => setForm({ gmvGoal }))}
          {fields.money('ads-planned-spend', t('ads.plannedSpend'), form.plannedSpend, (plannedSpend) => setForm({ plannedSpend }))}
        </div>
      </div>

      <div class="calc-result" data-result-panel>
        {plan.warnings.length > 0 && (
          <ul class="calc-warnings">
            {plan.warnings.map((w) => <li key={w} class="calc-warning" data-warning={w}>{warning(w)}</li>)}
          </ul>
        )}
        <dl class="calc-figures">
          <div><dt>{t('ads.result.breakEvenRoas')}</dt><dd data-result="break-even-roas">{plan.breakEvenRoas === null ? '—' : f.ratio(plan.breakEvenRoas)}</dd></div>
          <div><dt>{t('ads.result.breakEvenAcos')}</dt><dd data-result="break-even-acos">{plan.breakEvenAcos === null ? '—' : f.pct(plan.breakEvenAcos)}</dd></div>
          <div><dt>{t('ads.result.maxCpc')}</dt><dd data-result="max-cpc">{f.money(plan.maxCpc)}</dd></div>
          <div><dt>{t('ads.result.budgetForGoal')}</dt><dd data-result="budget">{f.money(plan.budgetForGoal)}</dd></div>
        </dl>
        {plan.breakEvenRoas !== null && (
          <p data-result="identity">{t('ads.result.identity', { roas: f.ratio(plan.breakEvenRoas), margin: f.pct(form.contributionMarginBeforeAds, 2) })}</p>
        )}
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('ads.result.netRoi')}>
          <table class="calc-breakdown">
            <tbody>
              <tr><th scope="row">{t('ads.result.grossRoi')}</th><td class="num" data-result="gross-roi">{f.ratio(plan.grossRoi)}</td></tr>
              <tr><th scope="row">{t('ads.result.netRoi')}</th><td class="num" data-result="net-roi">{f.ratio(plan.netRoi)}</td></tr>
              <tr><th scope="row">{t('ads.result.breakEvenGrossRoi')}</th><td class="num" data-result="break-even-gross-roi">{plan.breakEvenGrossRoi === null ? '—' : f.ratio(plan.breakEvenGrossRoi)}</td></tr>
              <tr><th scope="row">{t('ads.result.maxCpcAtTarget')}</th><td class="num" data-result="max-cpc-at-target">{f.money(plan.maxCpcAtTarget)}</td></tr>
            </tbody>
          </table>
        </div>
        <p class="promo-note">{t('ads.result.rounding')}</p>
        <h3>{t('ads.spend.title')}</h3>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('ads.spend.title')}>
          <table class="calc-breakdown">
            <tbody>
              <tr><th scope="row">{t('ads.spend.gmv')}</th><td class="num">{f.money(o.gmv)}</td></tr>
              <tr><th scope="row">{t('ads.spend.keptGmv')}</th><td class="num">{f.money(o.keptGmv)}</td></tr>
              <tr><th scope="row">{t('ads.spend.contribution')}</th><td class="num">{f.money(o.contribution)}</td></tr>
              <tr><th scope="row">{t('ads.spend.spend')}</th><td class="num">−{f.money(o.spend)}</td></tr>
              <tr class="total"><th scope="row">{t('ads.spend.profit')}</th><td class="num" data-result="profit">{f.money(o.profit)}</td></tr>
            </tbody>
          </table>
        </div>
        <MathSteps steps={steps} t={t} />
      </div>

      <CalculatorActions t={t} filename="ads.csv" csv={csv}
        shareUrl={link}
        onReset={() => $ads.set(defaultAdsForm)} />
    </section>
  );
}
