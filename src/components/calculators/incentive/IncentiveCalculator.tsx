import { $assumptions } from '../../../stores/assumptions';
import { $incentiveCommission, $incentivePool } from '../../../stores/incentive';
import { defaultAccelerator, defaultCap, defaultCommissionForm, defaultGate, defaultPoolForm, FORM_MAX_TIERS, incentiveStateSchema, nextTier, type CommissionForm } from '../../../lib/calc/incentive/schema';
import { allocateBonusPool, commissionMethods, commissionScenario, teamCommission } from '../../../lib/calc/incentive';
import { toMajor, toMinor } from '../../../lib/money';
import { shareUrl } from '../../../lib/share-state';
import { NumberField } from '../kit/NumberField';
import { RowTable } from '../kit/RowTable';
import { CalculatorActions } from '../kit/CalculatorActions';
import { useSharedState } from '../kit/useSharedState';
import { ShareNotice } from '../kit/ShareNotice';
import { CurrencyField } from '../kit/CurrencyField';
import { makeT, type Strings } from '../../../i18n/translate';
import { moneyLimitMajor, pricingFormat, toPercent, toRate } from '../kit/format';
import { useCommissionInputs } from './useIncentiveInputs';
import { incentiveNames } from './names';
import { CommissionTeam } from './CommissionTeam';

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

type Tier = CommissionForm['tiers'][number];

/** The commission plan (tiers, method, gate, cap, accelerator), its result and cliffs, and the actions. Lines, quick deductions and math are in IncentiveBreakdown. */
export default function IncentiveCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, currency, commission: c, setCurrency, setCommission } = useCommissionInputs();
  const link = () => shareUrl(location.href, 'incentive', { currency: $assumptions.get().currency, commission: $incentiveCommission.get(), pool: $incentivePool.get() });
  const shared = useSharedState(incentiveStateSchema, 'incentive', (state) => {
    $assumptions.set({ ...$assumptions.get(), currency: state.currency });
    $incentiveCommission.set(state.commission);
    $incentivePool.set(state.pool);
  }, link);
  const f = pricingFormat(intl, currency);
  const names = incentiveNames(t);
  const { result, other, cliffs, step } = commissionScenario(c);
  const money = (minor: number) => f.money(minor);
  const moneyField = (id: string, label: string, minor: number, set: (minor: number) => void, hideLabel = false) => (
    <NumberField id={id} label={label} value={toMajor(minor, currency)} t={t} hideLabel={hideLabel}
      spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
      onValid={(v) => set(toMinor(v, currency))} />
  );
  const setTier = (i: number, patch: Partial<Tier>) => setCommission({ tiers: c.tiers.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)) });
  const addTier = () => setCommission({ tiers: [...c.tiers, nextTier(c.tiers)] });

  const csv = async () => {
    const { incentiveCsv } = await import('../../../lib/calc/incentive/report');
    const all = incentiveNames(t, $incentivePool.get());
    return incentiveCsv(
      { currency, commission: c, scenario: commissionScenario(c), team: teamCommission(c, c.people), pool: $incentivePool.get(), split: allocateBonusPool($incentivePool.get()) },
      { t, pct: f.pct, tierName: all.tierName, kpiName: all.kpiName, personName: all.personName },
    );
  };

  return (
    <section class="calculator" data-calculator-island="incentive" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>
      <h3>{t('incentive.commission')}</h3>
      <div class="calc-form">
        <fieldset class="calc-mode">
          <legend>{t('incentive.method')}</legend>
          {commissionMethods.map((method) => (
            <label key={method}>
              <input type="radio" name="incentive-method" value={method} checked={c.method === method} onChange={() => setCommission({ method })} />
              {t(`incentive.method.${method}`, { unit: t(`incentive.unit.${currency}`) })}
            </label>
          ))}
        </fieldset>
        <p class="incentive-note">{t(`incentive.method.${c.method}.note`)}</p>

        <RowTable rows={c.tiers} focusable caption={t('incentive.tiers')} tableProps={{ class: 'incentive-tiers', 'data-tier-table': true }}
          head={
            <tr>
              <th scope="col">{t('incentive.tier')}</th>
              <th scope="col" class="num">{t('incentive.tier.from')}</th>
              <th scope="col" class="num">{t('incentive.tier.to')}</th>
              <th scope="col" class="num">{t('incentive.tier.rate')}</th>
              <th scope="col"><span class="visually-hidden">{t('incentive.actions')}</span></th>
            </tr>
          }
          cells={(tier, i) => {
            const next = c.tiers[i + 1];
            return (
              <>
                <th scope="row">{names.tierName(i)}</th>
                <td class="num">
                  {i === 0 ? money(0) : moneyField(`incentive-tier-${i}-from`, `${names.tierName(i)}: ${t('incentive.tier.from')}`, tier.from, (from) => setTier(i, { from }), true)}
                </td>
                <td class="num">{next ? money(next.from) : t('incentive.tier.open')}</td>
                <td class="num">
                  <NumberField id={`incentive-tier-${i}-rate`} hideLabel label={`${names.tierName(i)}: ${t('incentive.tier.rate')}`} value={toPercent(tier.rate)} t={t}
                    spec={{ kind: 'percent', min: 0, max: 100 }} format={f.percentField} formatBound={f.bound} unit="%" onValid={(v) => setTier(i, { rate: toRate(v) })} />
                </td>
              </>
            );
          }}
          canRemove={(i) => i > 0} removeAction="remove-tier"
          removeLabel={(i) => t('incentive.tier.remove', { tier: names.tierName(i) })}
          onRemove={(i) => setCommission({ tiers: c.tiers.filter((_, j) => j !== i) })}
          addLabel={t('incentive.tier.add')} addAction="add-tier" max={FORM_MAX_TIERS} onAdd={addTier} />

        <div class="calc-grid incentive-fields">
          <CurrencyField id="incentive-currency" value={currency} onChange={(c) => setCurrency(c)} t={t} />
          {moneyField('incentive-sales', t('incentive.sales'), c.sales, (sales) => setCommission({ sales }))}
          {moneyField('incentive-target', t('incentive.target'), c.target, (target) => setCommission({ target }))}
        </div>

        <div class="calc-grid incentive-fields">
          <div class="incentive-option">
            <div class="field field--checkbox">
              <label><input type="checkbox" id="incentive-gate-on" checked={c.gate !== null} onChange={(e) => setCommission({ gate: e.currentTarget.checked ? defaultGate : null })} />{t('incentive.gate.on')}</label>
            </div>
            {c.gate !== null && (
              <NumberField id="incentive-gate" label={t('incentive.gate')} value={toPercent(c.gate)} t={t} spec={{ kind: 'percent', min: 0, max: 100 }}
                format={f.percentField} formatBound={f.bound} unit="%" onValid={(v) => setCommission({ gate: toRate(v) })} />
            )}
          </div>
          <div class="incentive-option">
            <div class="field field--checkbox">
              <label><input type="checkbox" id="incentive-cap-on" checked={c.cap !== null} onChange={(e) => setCommission({ cap: e.currentTarget.checked ? defaultCap : null })} />{t('incentive.cap.on')}</label>
            </div>
            {c.cap !== null && moneyField('incentive-cap', t('incentive.cap'), c.cap, (cap) => setCommission({ cap }))}
          </div>
          <div class="incentive-option">
            <div class="field field--checkbox">
              <label><input type="checkbox" id="incentive-accelerator-on" checked={c.accelerator !== null} onChange={(e) => setCommission({ accelerator: e.currentTarget.checked ? defaultAccelerator : null })} />{t('incentive.accelerator.on')}</label>
            </div>
            {c.accelerator !== null && (
              <>
                <NumberField id="incentive-accelerator-from" label={t('incentive.accelerator.from')} value={toPercent(c.accelerator.from)} t={t} spec={{ kind: 'percent', min: 100, max: 1000 }}
                  format={f.percentField} formatBound={f.bound} unit="%" onValid={(v) => setCommission({ accelerator: { ...defaultAccelerator, ...c.accelerator, from: toRate(v) } })} />
                <NumberField id="incentive-accelerator-multiplier" label={t('incentive.accelerator.multiplier')} value={c.accelerator.multiplier} t={t} spec={{ kind: 'number', min: 1, max: 10 }}
                  format={f.percentField} formatBound={f.bound} unit="×" onValid={(v) => setCommission({ accelerator: { ...defaultAccelerator, ...c.accelerator, multiplier: v } })} />
              </>
            )}
          </div>
        </div>
      </div>

      <div class="calc-result" data-result-panel>
        {!result.ok ? (
          <ul class="calc-warnings" data-errors>
            {result.errors.map((e, i) => <li key={i} class="calc-warning" data-error={e.code}>{names.errorText(e)}</li>)}
          </ul>
        ) : (
          <>
            <dl class="calc-figures">
              <div><dt>{t('incentive.result.payout')}</dt><dd data-result="payout">{money(result.payout)}</dd></div>
              <div><dt>{t('incentive.result.effectiveRate')}</dt><dd data-result="effective-rate">{result.effectiveRate === null ? '—' : f.pct(result.effectiveRate, 2)}</dd></div>
              <div><dt>{t('incentive.result.nextRate')}</dt><dd data-result="next-rate">{f.pct(result.nextRate, 2)}</dd></div>
              {other && <div><dt>{t(`incentive.result.other.${other.method}`)}</dt><dd data-result="other">{money(other.payout)}</dd></div>}
            </dl>
            {(result.gated || result.capped || cliffs.length > 0) && (
              <ul class="calc-warnings" data-cliffs>
                {result.gated && <li class="calc-warning" data-warning="gated">{t('incentive.warning.gated', { level: money(result.gateLevel ?? 0) })}</li>}
                {result.capped && <li class="calc-warning" data-warning="capped">{t('incentive.warning.capped', { gross: money(result.gross), cap: money(result.payout) })}</li>}
                {cliffs.map((cliff) => (
                  <li key={cliff.sales} class="calc-warning" data-cliff={cliff.sales}>
                    {t(cliff.cause === 'gate' ? 'incentive.cliff.gate' : cliff.jump < 0 ? 'incentive.cliff.drop' : 'incentive.cliff.tier', {
                      sales: money(cliff.sales), step: money(step), before: money(cliff.before), after: money(cliff.after), jump: money(Math.abs(cliff.jump)),
                    })}
                    {/* The sentence break is in the string: a space in English, none in Chinese. */}
                    {cliff.marginal && t('incentive.cliff.marginal', { before: money(cliff.marginal.before), after: money(cliff.marginal.after) })}
                  </li>
                ))}
              </ul>
            )}
            {c.method === 'whole' && cliffs.some((cliff) => cliff.marginal) && (
              <button type="button" data-action="use-marginal" onClick={() => setCommission({ method: 'marginal' })}>{t('incentive.cliff.switch')}</button>
            )}
          </>
        )}
      </div>

      <CommissionTeam t={t} f={f} currency={currency} commission={c} setCommission={setCommission} />

      <CalculatorActions t={t} filename="incentive.csv" csv={csv}
        shareUrl={link}
        onReset={() => {
          $assumptions.set({ ...$assumptions.get(), currency: 'CNY' });
          $incentiveCommission.set(defaultCommissionForm);
          $incentivePool.set(defaultPoolForm);
        }} />
    </section>
  );
}
