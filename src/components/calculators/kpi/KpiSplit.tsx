import { replan, periodUnits, type PeriodUnit, type SeasonPreset } from '../../../lib/calc/kpi';
import { MAX_PLAN_CHANNELS, MAX_WEIGHT, newChannel, type PlanForm } from '../../../lib/calc/kpi/schema';
import { NumberField } from '../kit/NumberField';
import { RowTable } from '../kit/RowTable';
import { makeT, type Strings } from '../../../i18n/translate';
import { useKpiInputs } from './useKpiInputs';
import { kpiFormat } from './format';
import { channelName } from '../../../lib/channel-name';
import { valueOr } from '../../../lib/calc/shared/input-error';

const presets: SeasonPreset[] = ['china', 'flat', 'custom'];

/** The split as editable tables: seasonal index per period, channel shares, and GMV by period and channel. */
export default function KpiSplit({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { form, currency, scenario, setPlan } = useKpiInputs();
  const plan = form.plan;
  const f = kpiFormat(intl, currency, t);
  const { gmvSplit: g, uvSplit: u } = scenario;
  const periodName = (i: number) => f.period(plan.unit, plan.year, i);
  const setChannels = (channels: PlanForm['channels']) => setPlan({ ...plan, channels });
  const setWeight = (i: number, w: number) =>
    setPlan({ ...plan, preset: 'custom', weights: plan.weights.map((x, j) => (j === i ? w : x)) });

  return (
    <section class="kpi-split" aria-labelledby="kpi-split-title" data-calculator-island="kpi-split">
      <h3 id="kpi-split-title">{t('kpi.split.title')}</h3>
      <p>{t('kpi.split.note')}</p>
      <div class="calc-grid">
        <NumberField id="kpi-year" label={t('kpi.split.year')} value={plan.year} t={t}
          spec={{ kind: 'number', min: 2000, max: 2100, integer: true }} format={String} formatBound={String}
          onValid={(year) => setPlan(valueOr(replan(plan, { year }), plan))} />
        <div class="field">
          <label for="kpi-unit">{t('kpi.split.unit')}</label>
          <select id="kpi-unit" value={plan.unit} onChange={(e) => setPlan(valueOr(replan(plan, { unit: e.currentTarget.value as PeriodUnit }), plan))}>
            {periodUnits.map((unit) => <option key={unit} value={unit}>{t(`kpi.unit.${unit}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="kpi-preset">{t('kpi.split.preset')}</label>
          <select id="kpi-preset" value={plan.preset} onChange={(e) => setPlan(valueOr(replan(plan, { preset: e.currentTarget.value as SeasonPreset }), plan))}>
            {presets.map((p) => <option key={p} value={p} disabled={p === 'custom' && plan.preset !== 'custom'}>{t(`kpi.preset.${p}`)}</option>)}
          </select>
        </div>
      </div>

      <div class={`table-scroll${plan.unit === 'week' ? ' kpi-table-scroll' : ''}`}>
        <table class="kpi-periods" data-split-table>
          <thead>
            <tr>
              <th scope="col">{t(`kpi.period.${plan.unit}`)}</th>
              <th scope="col" class="num">{t('kpi.split.weight')}</th>
              <th scope="col" class="num">{t('kpi.split.share')}</th>
              <th scope="col" class="num">{t('kpi.split.gmv')}</th>
              <th scope="col" class="num">{t('kpi.split.uv')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.weights.map((w, i) => (
              <tr key={`${plan.unit}-${i}`}>
                <th scope="row">{periodName(i)}</th>
                <td class="num">
                  <NumberField id={`kpi-weight-${i}`} hideLabel label={t('kpi.split.weightOf', { period: periodName(i) })} value={w} t={t}
                    spec={{ kind: 'number', min: 0, max: MAX_WEIGHT }} format={f.percentField} formatBound={f.bound}
                    onValid={(v) => setWeight(i, v)} />
                </td>
                <td class="num">{f.pct(g.periodShares[i] ?? 0)}</td>
                <td class="num" data-split-gmv>{f.money(g.periods[i] ?? 0)}</td>
                <td class="num">{u ? f.count(u.periods[i] ?? 0) : '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr class="total">
              <th scope="row">{t('kpi.split.total')}</th>
              <td></td>
              <td class="num">{f.pct(1)}</td>
              <td class="num" data-split-total>{f.money(scenario.gmvTotal)}</td>
              <td class="num">{scenario.uvTotal === null ? '—' : f.count(scenario.uvTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h4>{t('kpi.channels.title')}</h4>
      <p>{t('kpi.channels.note')}</p>
      <RowTable rows={plan.channels} focusable tableProps={{ class: 'kpi-channels', 'data-channel-table': true }}
        head={
          <tr>
            <th scope="col">{t('kpi.channel.name')}</th>
            <th scope="col" class="num">{t('kpi.channel.share')}</th>
            <th scope="col" class="num">{t('kpi.channel.normalised')}</th>
            <th scope="col" class="num">{t('kpi.split.gmv')}</th>
            <th scope="col" class="num">{t('kpi.split.uv')}</th>
            <td></td>
          </tr>
        }
        cells={(c, j) => (
          <>
            <td>
              <input type="text" id={`kpi-channel-${j}-name`} aria-label={t('kpi.channel.nameOf', { n: j + 1 })} value={c.name} placeholder={channelName(t, c.name, j)} maxLength={40}
                onInput={(e) => setChannels(plan.channels.map((x, k) => (k === j ? { ...x, name: e.currentTarget.value.slice(0, 40) } : x)))} />
            </td>
            <td class="num">
              <NumberField id={`kpi-channel-${j}-share`} hideLabel label={t('kpi.channel.shareOf', { name: channelName(t, c.name, j) })} value={c.share} t={t}
                spec={{ kind: 'number', min: 0, max: 1000 }} format={f.percentField} formatBound={f.bound}
                onValid={(share) => setChannels(plan.channels.map((x, k) => (k === j ? { ...x, share } : x)))} />
            </td>
            <td class="num">{f.pct(g.channelShares[j] ?? 0)}</td>
            <td class="num" data-channel-gmv>{f.money(g.channels[j] ?? 0)}</td>
            <td class="num">{u ? f.count(u.channels[j] ?? 0) : '—'}</td>
          </>
        )}
        removeLabel={(j) => <>{t('kpi.remove')}<span class="visually-hidden"> {channelName(t, plan.channels[j]?.name ?? '', j)}</span></>}
        onRemove={(j) => setChannels(plan.channels.filter((_, k) => k !== j))}
        addLabel={t('kpi.channel.add')} addAction="add-channel" max={MAX_PLAN_CHANNELS}
        onAdd={() => setChannels([...plan.channels, newChannel(t('kpi.channel.default', { n: plan.channels.length + 1 }))])} />

      {plan.channels.length > 0 && (
        <>
          <h4 id="kpi-matrix-title">{t('kpi.matrix.title')}</h4>
          {/* Focusable so keyboard users can scroll a long table that holds no controls. */}
          <div class={`table-scroll${plan.unit === 'week' ? ' kpi-table-scroll' : ''}`} tabIndex={0} role="region" aria-labelledby="kpi-matrix-title">
            <table class="kpi-matrix" aria-labelledby="kpi-matrix-title" data-matrix-table>
              <thead>
                <tr>
                  <th scope="col">{t(`kpi.period.${plan.unit}`)}</th>
                  {plan.channels.map((c, j) => <th scope="col" class="num" key={j}>{channelName(t, c.name, j)}</th>)}
                  <th scope="col" class="num">{t('kpi.split.total')}</th>
                </tr>
              </thead>
              <tbody>
                {g.matrix.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{periodName(i)}</th>
                    {row.map((v, j) => <td class="num" key={j}>{f.money(v)}</td>)}
                    <td class="num">{f.money(g.periods[i] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr class="total">
                  <th scope="row">{t('kpi.split.total')}</th>
                  {g.channels.map((v, j) => <td class="num" key={j}>{f.money(v)}</td>)}
                  <td class="num">{f.money(scenario.gmvTotal)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
