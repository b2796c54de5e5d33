import { $kpi } from '../../../stores/kpi';
import { $assumptions } from '../../../stores/assumptions';
import { defaultKpiForm, kpiStateSchema, type FunnelForm } from '../../../lib/calc/kpi/schema';
import { MAX_COUNT, funnelUnknown, ordersToPlace, withSolvedValue, type FunnelUnknown } from '../../../lib/calc/kpi';
import { funnelSteps } from '../../../lib/calc/kpi/math';
import { toMajor, toMinor } from '../../../lib/money';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { CalculatorActions } from '../kit/CalculatorActions';
import { useSharedState } from '../kit/useSharedState';
import { ShareNotice } from '../kit/ShareNotice';
import { CurrencyField } from '../kit/CurrencyField';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { useKpiInputs } from './useKpiInputs';
import { AOV_MAX_MAJOR, GMV_MAX_MAJOR, kpiFormat, toPercent, toRate } from './format';
import { kpiShareUrl } from './share';
import { valueOr } from '../../../lib/calc/shared/input-error';

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

const plainUnknowns: FunnelUnknown[] = ['gmv', 'uv', 'cvr', 'aov'];
const impressionUnknowns: FunnelUnknown[] = ['gmv', 'impressions', 'ctr', 'cvr', 'aov'];

/** The funnel: solve any one of GMV, traffic, conversion and order value; actions for the whole plan. */
export default function KpiCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, form, currency, scenario, setFunnel } = useKpiInputs();
  const fi = form.funnel;
  const r = scenario.funnel;
  const f = kpiFormat(intl, currency, t);
  const link = () => kpiShareUrl(location.href, $assumptions.get().currency, $kpi.get());
  const shared = useSharedState(kpiStateSchema, 'kpi', (state) => {
    $assumptions.set({ ...$assumptions.get(), currency: state.currency });
    $kpi.set(state.kpi);
  }, link);
  const unknown = valueOr(funnelUnknown(fi.solveFor, fi.useImpressions), fi.solveFor);
  const field = (name: string) => t(calcKey(`kpi.field.${name}`));

  // Switching what to solve for keeps the solved number in its field, so the other numbers stay consistent.
  const solveFor = (next: FunnelUnknown) => setFunnel({ ...valueOr(withSolvedValue(fi, r), fi), solveFor: next });
  const toggleImpressions = (on: boolean) =>
    setFunnel({ ...valueOr(withSolvedValue(fi, r), fi), useImpressions: on, solveFor: valueOr(funnelUnknown(unknown, on), unknown) });

  const money = (id: 'gmv' | 'aov', max: number) => (
    <NumberField id={`kpi-${id}`} label={field(id)} value={toMajor(fi[id], currency)} t={t}
      spec={{ kind: 'money', min: 0, max }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
      onValid={(v) => setFunnel({ [id]: toMinor(v, currency) })} />
  );
  const count = (id: 'uv' | 'impressions') => (
    <NumberField id={`kpi-${id}`} label={field(id)} value={fi[id]} t={t}
      spec={{ kind: 'count', min: 0, max: MAX_COUNT, integer: true }} format={f.countField} formatBound={f.bound}
      onValid={(v) => setFunnel({ [id]: v })} />
  );
  const percent = (id: 'cvr' | 'ctr' | 'cancelRate' | 'returnRate', max: number) => (
    <NumberField id={`kpi-${id}`} label={field(id)} value={toPercent(fi[id])} t={t}
      spec={{ kind: 'percent', min: 0, max }} format={f.percentField} formatBound={f.bound} unit="%"
      onValid={(v) => setFunnel({ [id]: toRate(v) })} />
  );

  const solvedFigure = () => {
    if (!r.ok) return null;
    switch (r.solved) {
      case 'gmv':
        return [t('kpi.result.gmv'), f.money(fi.gmvBasis === 'net' ? r.netGmv : r.paidGmv)];
      case 'uv':
        return [t('kpi.result.needed', { field: field('uv') }), f.count(r.uv)];
      case 'impressions':
        return [t('kpi.result.needed', { field: field('impressions') }), f.count(r.impressions ?? 0)];
      case 'ctr':
        return [t('kpi.result.needed', { field: field('ctr') }), f.pct(r.ctr ?? 0, 2)];
      case 'cvr':
        return [t('kpi.result.needed', { field: field('cvr') }), f.pct(r.cvr, 2)];
      case 'aov':
        return [t('kpi.result.needed', { field: field('aov') }), f.money(r.aov)];
    }
  };
  const solved = solvedFigure();

  const csv = async () => {
    const { kpiCsv } = await import('../../../lib/calc/kpi/report');
    const { year, unit } = form.plan;
    return kpiCsv(
      { currency, form, scenario },
      { t, pct: f.pct, periodName: (i) => f.period(unit, year, i), dateLabel: (day) => f.iso(year, day) },
    );
  };

  return (
    <section class="calculator" data-calculator-island="kpi" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>
      <h3 class="kpi-heading">{t('kpi.funnel.title')}</h3>
      <p>{t('kpi.funnel.note')}</p>
      <div class="calc-form">
        <fieldset class="calc-mode">
          <legend>{t('kpi.solveFor')}</legend>
          {(fi.useImpressions ? impressionUnknowns : plainUnknowns).map((u) => (
            <label key={u}>
              <input type="radio" name="kpi-solve-for" value={u} checked={unknown === u} onChange={() => solveFor(u)} />
              {field(u)}
            </label>
          ))}
        </fieldset>
        <div class="calc-grid">
          <CurrencyField id="kpi-currency" value={currency} onChange={(c) => $assumptions.set({ ...$assumptions.get(), currency: c })} t={t} />
          <div class="field">
            <label for="kpi-basis">{t('kpi.basis')}</label>
            <select id="kpi-basis" value={fi.gmvBasis} onChange={(e) => setFunnel({ gmvBasis: e.currentTarget.value as FunnelForm['gmvBasis'] })}>
              <option value="paid">{t('kpi.basis.paid')}</option>
              <option value="net">{t('kpi.basis.net')}</option>
            </select>
          </div>
          {unknown !== 'gmv' && money('gmv', GMV_MAX_MAJOR)}
          {!fi.useImpressions && unknown !== 'uv' && count('uv')}
          {fi.useImpressions && unknown !== 'impressions' && count('impressions')}
          {fi.useImpressions && unknown !== 'ctr' && percent('ctr', 100)}
          {unknown !== 'cvr' && percent('cvr', 100)}
          {unknown !== 'aov' && money('aov', AOV_MAX_MAJOR)}
          {percent('cancelRate', 99)}
          {percent('returnRate', 99)}
          <div class="field field--checkbox">
            <label>
              <input type="checkbox" id="kpi-use-impressions" checked={fi.useImpressions} onChange={(e) => toggleImpressions(e.currentTarget.checked)} />
              {t('kpi.useImpressions')}
            </label>
          </div>
        </div>
      </div>

      <div class="calc-result" data-result-panel>
        {!r.ok ? (
          <p class="calc-warning" data-warning={r.reason}>
            {t(`kpi.error.${r.reason}`, { field: field(r.field), value: r.reason === 'rate-above-100' ? f.pct(r.value, 1) : '' })}
          </p>
        ) : (
          <>
            <dl class="calc-figures kpi-figures">
              {solved && (
                <div class="kpi-solved" data-solved={r.solved}><dt>{solved[0]}</dt><dd data-result={r.solved}>{solved[1]}</dd></div>
              )}
              {r.solved !== 'uv' && <div><dt>{field('uv')}</dt><dd data-result="uv">{f.count(r.uv)}</dd></div>}
              <div><dt>{t('kpi.result.orders')}</dt><dd data-result="orders">{f.count(valueOr(ordersToPlace(r), 0))}</dd></div>
              <div><dt>{t('kpi.result.paidGmv')}</dt><dd data-result="paid-gmv">{f.money(r.paidGmv)}</dd></div>
              <div><dt>{t('kpi.result.netGmv')}</dt><dd data-result="net-gmv">{f.money(r.netGmv)}</dd></div>
            </dl>
            {r.keepRate < 1 && <p>{t('kpi.result.keep', { rate: f.pct(r.keepRate, 1) })}</p>}
            <MathSteps steps={funnelSteps(fi, r, currency, intl)} t={t} />
          </>
        )}
      </div>

      <CalculatorActions t={t} filename="kpi-plan.csv" csv={csv}
        shareUrl={link}
        onReset={() => $kpi.set(defaultKpiForm)} />
    </section>
  );
}
