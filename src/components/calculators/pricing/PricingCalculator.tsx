import { $assumptions } from '../../../stores/assumptions';
import { $pricingForm } from '../../../stores/pricing';
import { defaultPricingForm, pricingStateSchema, type PricingForm } from '../../../lib/calc/pricing/schema';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { feeKinds } from '../../../lib/calc/shared/schema';
import { channelRowsOf, enteredPriceOnSwitch, priceEndings } from '../../../lib/calc/pricing';
import { priceSteps, targetMarginSteps } from '../../../lib/calc/pricing/math';
import { toMajor, toMinor } from '../../../lib/money';
import { shareUrl } from '../../../lib/share-state';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { CalculatorActions } from '../kit/CalculatorActions';
import { useSharedState } from '../kit/useSharedState';
import { ShareNotice } from '../kit/ShareNotice';
import { CurrencyField } from '../kit/CurrencyField';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { usePricingInputs } from './usePricingInputs';
import { moneyLimitMajor, pricingFormat, toPercent, toRate } from '../kit/format';

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

/** The pricing calculator's form, result, math and actions. Chart, channels and converter are separate islands. */
export default function PricingCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, a, form, scenario, setA, setForm } = usePricingInputs();
  const { solved, breakdown, base } = scenario;
  const link = () => shareUrl(location.href, 'pricing', { assumptions: $assumptions.get(), pricing: $pricingForm.get() });
  const shared = useSharedState(pricingStateSchema, 'pricing', (state) => {
    $assumptions.set(state.assumptions);
    $pricingForm.set(state.pricing);
  }, link);

  const currency = a.currency;
  const f = pricingFormat(intl, currency);
  const feeName = (label: string) => t(calcKey(`pricing.fee.${label}`));

  const steps = solved
    ? targetMarginSteps({ ...base, targetMargin: form.targetMargin, ending: form.ending }, solved, intl, feeName)
    : breakdown
      ? priceSteps(base, breakdown, intl, feeName)
      : [];

  const csv = async () => {
    const { pricingCsv } = await import('../../../lib/calc/pricing/report');
    const table = channelRowsOf(a, form, scenario.price);
    const rows = table.ok ? table.rows : [];
    return pricingCsv({ assumptions: a, form, solved, breakdown, rows }, { t, money: f.money, pct: f.pct, feeName });
  };

  return (
    <section class="calculator" data-calculator-island="pricing" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>
      <div class="calc-form">
        <fieldset class="calc-mode">
          <legend>{t('pricing.mode')}</legend>
          {(['margin', 'price'] as const).map((mode) => (
            <label key={mode}>
              <input type="radio" name="pricing-mode" value={mode} checked={form.mode === mode} onChange={() => {
                setA(enteredPriceOnSwitch(mode, scenario));
                setForm({ mode });
              }} />
              {t(`pricing.mode.${mode}`)}
            </label>
          ))}
        </fieldset>

        <div class="calc-grid">
          <CurrencyField id="pricing-currency" value={currency} onChange={(c) => setA({ currency: c })} t={t} />
          <NumberField id="pricing-unit-cost" label={t('pricing.unitCost')} value={toMajor(a.unitCost, currency)} t={t}
            spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
            onValid={(v) => setA({ unitCost: toMinor(v, currency) })} />
          <NumberField id="pricing-fixed-fees" label={t('pricing.fixedFees')} value={toMajor(a.fixedFees, currency)} t={t}
            spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
            onValid={(v) => setA({ fixedFees: toMinor(v, currency) })} />
          {form.mode === 'margin' ? (
            <NumberField id="pricing-target-margin" label={t('pricing.targetMargin')} value={toPercent(form.targetMargin)} t={t}
              spec={{ kind: 'percent', min: 0, max: 99 }} format={f.percentField} formatBound={f.bound} unit="%"
              onValid={(v) => setForm({ targetMargin: toRate(v) })} />
          ) : (
            <NumberField id="pricing-price" label={t('pricing.price')} value={toMajor(a.price, currency)} t={t}
              spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
              onValid={(v) => setA({ price: toMinor(v, currency) })} />
          )}
          <NumberField id="pricing-vat" label={t('pricing.vatRate')} value={toPercent(a.vatRate)} t={t}
            spec={{ kind: 'percent', min: 0, max: 100 }} format={f.percentField} formatBound={f.bound} unit="%"
            onValid={(v) => setA({ vatRate: toRate(v) })} />
          <div class="field field--checkbox">
            <label>
              <input type="checkbox" id="pricing-includes-vat" checked={a.pricesIncludeVat}
                onChange={(e) => setA({ pricesIncludeVat: e.currentTarget.checked })} />
              {t('pricing.pricesIncludeVat')}
            </label>
          </div>
          {form.mode === 'margin' && (
            <div class="field">
              <label for="pricing-ending">{t('pricing.ending')}</label>
              <select id="pricing-ending" value={form.ending} onChange={(e) => setForm({ ending: e.currentTarget.value as PricingForm['ending'] })}>
                {priceEndings.map((e) => <option key={e} value={e}>{t(`pricing.ending.${e}`)}</option>)}
              </select>
            </div>
          )}
        </div>

        <div class="calc-fees">
          {feeKinds.map((kind, i) => {
            const fee = a.fees[i] ?? { label: kind, rate: 0, base: 'gross' as const };
            const setFee = (patch: Partial<typeof fee>) => {
              const fees = feeKinds.map((k, j) => a.fees[j] ?? { label: k, rate: 0, base: 'gross' as const });
              fees[i] = { ...fee, ...patch, label: kind };
              setA({ fees });
            };
            return (
              <div class="calc-fee" key={kind}>
                <NumberField id={`pricing-fee-${kind}`} label={feeName(kind)} value={toPercent(fee.rate)} t={t}
                  spec={{ kind: 'percent', min: 0, max: 100 }} format={f.percentField} formatBound={f.bound} unit="%"
                  onValid={(v) => setFee({ rate: toRate(v) })} />
                <div class="field">
                  <label for={`pricing-fee-${kind}-base`}>{t('pricing.feeBase')}</label>
                  <select id={`pricing-fee-${kind}-base`} value={fee.base} onChange={(e) => setFee({ base: e.currentTarget.value as 'gross' | 'net' })}>
                    <option value="gross">{t('pricing.feeBase.gross')}</option>
                    <option value="net">{t('pricing.feeBase.net')}</option>
                  </select>
                </div>
              </div>
            );
          })}
        </div>
      </div>

      <div class="calc-result" data-result-panel>
        {solved && !solved.ok ? (
          <p class="calc-warning" data-warning="unreachable">
            {solved.reason === 'price-too-high'
              ? t('pricing.tooHigh')
              : t('pricing.unreachable', { margin: f.pct(solved.targetMargin), fees: f.pct(solved.feeShare) })}
          </p>
        ) : breakdown ? (
          <>
            <dl class="calc-figures">
              <div><dt>{t('pricing.result.price')}</dt><dd data-result="price">{f.money(breakdown.price)}</dd></div>
              <div><dt>{t('pricing.result.margin')}</dt><dd data-result="margin">{breakdown.margin === null ? '—' : f.pct(breakdown.margin)}</dd></div>
              <div><dt>{t('pricing.result.profit')}</dt><dd data-result="profit">{f.money(breakdown.profit)}</dd></div>
              <div><dt>{t('pricing.result.markup')}</dt><dd data-result="markup">{breakdown.markup === null ? '—' : f.pct(breakdown.markup)}</dd></div>
            </dl>
            {solved?.ok && solved.minimumPrice !== breakdown.price && (
              <p>{t('pricing.result.minimumPrice')}: <span data-result="minimum-price">{f.money(solved.minimumPrice)}</span></p>
            )}
            {breakdown.warnings.length > 0 && (
              <ul class="calc-warnings">
                {breakdown.warnings.map((w) => <li key={w} class="calc-warning" data-warning={w}>{t(`pricing.warning.${w}`)}</li>)}
              </ul>
            )}
            <h3>{t('pricing.breakdown')}</h3>
            <div class="table-scroll" tabIndex={0} role="region" aria-label={t('pricing.breakdown')}>
              <table class="calc-breakdown">
                <tbody>
                  <tr><th scope="row">{t('pricing.line.gross')}</th><td class="num">{f.money(breakdown.grossPrice)}</td></tr>
                  <tr><th scope="row">{t('pricing.line.vat')}</th><td class="num">−{f.money(breakdown.vat)}</td></tr>
                  <tr><th scope="row">{t('pricing.line.net')}</th><td class="num">{f.money(breakdown.netPrice)}</td></tr>
                  <tr><th scope="row">{t('pricing.line.unitCost')}</th><td class="num">−{f.money(breakdown.unitCost)}</td></tr>
                  <tr><th scope="row">{t('pricing.line.fixedFees')}</th><td class="num">−{f.money(breakdown.fixedFees)}</td></tr>
                  {breakdown.fees.filter((fee) => fee.rate > 0).map((fee) => (
                    <tr key={fee.label}><th scope="row">{feeName(fee.label)} ({f.pct(fee.rate, 2)})</th><td class="num">−{f.money(fee.amount)}</td></tr>
                  ))}
                  <tr class="total"><th scope="row">{t('pricing.line.profit')}</th><td class="num" data-result="breakdown-profit">{f.money(breakdown.profit)}</td></tr>
                </tbody>
              </table>
            </div>
          </>
        ) : null}
        <MathSteps steps={steps} t={t} />
      </div>

      <CalculatorActions t={t} filename="pricing.csv" csv={csv}
        shareUrl={link}
        onReset={() => {
          $assumptions.set(defaultAssumptions);
          $pricingForm.set(defaultPricingForm);
        }} />
    </section>
  );
}
