import { useState } from 'preact/hooks';
import { allocateBonusPool } from '../../../lib/calc/incentive';
import { memberSteps } from '../../../lib/calc/incentive/math';
import { parseTeamPaste } from '../../../lib/calc/incentive/paste';
import { pasteIssueMessage } from '../../../lib/paste-table';
import { FORM_MAX_KPIS, FORM_MAX_PEOPLE, newMember, withKpi, withoutKpi, type MemberForm, type PoolForm } from '../../../lib/calc/incentive/schema';
import { toMajor, toMinor } from '../../../lib/money';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { RowTable } from '../kit/RowTable';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { moneyLimitMajor, pricingFormat, toPercent, toRate } from '../kit/format';
import { usePoolInputs } from './useIncentiveInputs';
import { incentiveNames } from './names';

type Kpi = PoolForm['kpis'][number];
const MEASURE_MAX = 1e12;

/** The bonus pool: scorecard, team table (add, remove, paste), each person's score, share and payout, and one person's math. */
export default function IncentiveTeam({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { mounted, currency, pool, setPool } = usePoolInputs();
  const f = pricingFormat(intl, currency);
  const names = incentiveNames(t, pool);
  const split = allocateBonusPool(pool);
  const [shown, setShown] = useState(0);
  const [pasted, setPasted] = useState('');
  const [pasteStatus, setPasteStatus] = useState('');
  const person = Math.min(shown, Math.max(0, pool.people.length - 1));

  const setKpi = (k: number, patch: Partial<Kpi>) => setPool({ kpis: pool.kpis.map((kpi, j) => (j === k ? { ...kpi, ...patch } : kpi)) });
  const setMember = (i: number, patch: Partial<MemberForm>) => setPool({ people: pool.people.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const setMeasure = (i: number, field: 'actuals' | 'targets', k: number, v: number) =>
    setMember(i, { [field]: pool.people[i]![field].map((x, j) => (j === k ? v : x)) });
  const importPaste = () => {
    const parsed = parseTeamPaste(pasted, pool.kpis.length, FORM_MAX_PEOPLE);
    if (parsed.people.length > 0) setPool({ people: parsed.people });
    const skipped = parsed.issues.map((issue) => pasteIssueMessage(issue, t(calcKey(`incentive.paste.issue.${issue.code}`)), names.columnLabel, f.bound)).join(' ');
    setPasteStatus(`${t('incentive.paste.done', { count: parsed.people.length })} ${skipped}`.trim());
  };
  const percentField = (id: string, label: string, rate: number, max: number, set: (rate: number) => void, hideLabel = false) => (
    <NumberField id={id} label={label} value={toPercent(rate)} t={t} hideLabel={hideLabel} spec={{ kind: 'percent', min: 0, max }}
      format={f.percentField} formatBound={f.bound} unit="%" onValid={(v) => set(toRate(v))} />
  );
  const measureField = (i: number, field: 'actuals' | 'targets', k: number) => (
    <NumberField id={`incentive-person-${i}-${field}-${k}`} hideLabel t={t}
      label={`${names.personName(i)}: ${names.kpiName(k)}, ${t(`incentive.person.${field}`)}`}
      value={pool.people[i]![field][k] ?? 0} format={f.percentField} formatBound={f.bound}
      spec={{ kind: 'number', min: field === 'targets' ? 0.01 : -MEASURE_MAX, max: MEASURE_MAX }}
      onValid={(v) => setMeasure(i, field, k, v)} />
  );

  return (
    <section class="calculator incentive-team" aria-labelledby="incentive-team-title" data-calculator-island="incentive-team" data-ready={mounted ? 'true' : undefined}>
      <h3 id="incentive-team-title">{t('incentive.pool')}</h3>
      <p class="incentive-note">{t('incentive.pool.note')}</p>
      <div class="calc-grid">
        <NumberField id="incentive-pool-amount" label={t('incentive.pool.amount')} value={toMajor(pool.amount, currency)} t={t}
          spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
          onValid={(v) => setPool({ amount: toMinor(v, currency) })} />
        {percentField('incentive-pool-floor', t('incentive.pool.floor'), pool.floor, 1000, (floor) => setPool({ floor }))}
      </div>

      <RowTable rows={pool.kpis} focusable caption={t('incentive.kpis')} tableProps={{ class: 'incentive-kpis', 'data-kpi-table': true }} min={1}
        head={
          <tr>
            <th scope="col">{t('incentive.kpi')}</th>
            <th scope="col">{t('incentive.kpi.name')}</th>
            <th scope="col" class="num">{t('incentive.kpi.weight')}</th>
            <th scope="col" class="num">{t('incentive.kpi.cap')}</th>
            <th scope="col"><span class="visually-hidden">{t('incentive.actions')}</span></th>
          </tr>
        }
        cells={(kpi, k) => (
          <>
            <th scope="row">{t('incentive.kpi.n', { n: k + 1 })}</th>
            <td>
              <label class="visually-hidden" for={`incentive-kpi-${k}-name`}>{`${t('incentive.kpi.n', { n: k + 1 })}: ${t('incentive.kpi.name')}`}</label>
              <input type="text" id={`incentive-kpi-${k}-name`} value={kpi.name} placeholder={names.kpiName(k)} maxLength={40}
                onInput={(e) => setKpi(k, { name: e.currentTarget.value.slice(0, 40) })} />
            </td>
            <td class="num">{percentField(`incentive-kpi-${k}-weight`, `${names.kpiName(k)}: ${t('incentive.kpi.weight')}`, kpi.weight, 100, (weight) => setKpi(k, { weight }), true)}</td>
            <td class="num">{percentField(`incentive-kpi-${k}-cap`, `${names.kpiName(k)}: ${t('incentive.kpi.cap')}`, kpi.cap, 1000, (cap) => setKpi(k, { cap }), true)}</td>
          </>
        )}
        // Unnamed KPIs are named by position: removing one in the middle would rename the ones after it.
        canRemove={(k) => k === pool.kpis.length - 1} removeAction="remove-kpi" removeLabel={(k) => t('incentive.kpi.remove', { kpi: names.kpiName(k) })}
        onRemove={(k) => setPool(withoutKpi(pool, k))}
        addLabel={t('incentive.kpi.add')} addAction="add-kpi" max={FORM_MAX_KPIS} onAdd={() => setPool(withKpi(pool))} />

      <RowTable rows={pool.people} wide focusable wrapperClass="table-scroll incentive-team-scroll" caption={t('incentive.team')} tableProps={{ class: 'incentive-team-table', 'data-team-table': true }}
        head={
          <tr>
            <th scope="col">{t('incentive.person.name')}</th>
            <th scope="col" class="num">{t('incentive.person.score')}</th>
            <th scope="col" class="num">{t('incentive.person.share')}</th>
            <th scope="col" class="num">{t('incentive.person.payout')}</th>
            {pool.kpis.map((_, k) => <th scope="col" key={k}>{names.kpiName(k)} <span class="incentive-sub">{t('incentive.person.pair')}</span></th>)}
            <th scope="col" class="num">{t('incentive.person.grade')}</th>
            <th scope="col"><span class="visually-hidden">{t('incentive.actions')}</span></th>
          </tr>
        }
        rowProps={(_, i) => ({ 'data-person': i })}
        cells={(m, i) => {
          const r = split.ok ? split.people[i] : undefined;
          return (
            <>
              <td>
                <label class="visually-hidden" for={`incentive-person-${i}-name`}>{`${t('incentive.person.name')} ${i + 1}`}</label>
                <input type="text" id={`incentive-person-${i}-name`} value={m.name} placeholder={names.personName(i)} maxLength={40}
                  onInput={(e) => setMember(i, { name: e.currentTarget.value.slice(0, 40) })} />
              </td>
              <td class="num" data-score>{r ? (r.eligible ? f.pct(r.score) : `${f.pct(r.weighted)} ${t('incentive.person.belowFloor')}`) : '—'}</td>
              <td class="num" data-share>{r ? f.pct(r.share, 2) : '—'}</td>
              <td class="num" data-payout>{r ? f.money(r.payout) : '—'}</td>
              {pool.kpis.map((_, k) => (
                <td key={k} class="num"><div class="incentive-pair">{measureField(i, 'actuals', k)}{measureField(i, 'targets', k)}</div></td>
              ))}
              <td class="num">
                <NumberField id={`incentive-person-${i}-grade`} hideLabel label={`${names.personName(i)}: ${t('incentive.person.grade')}`} value={m.grade} t={t}
                  spec={{ kind: 'number', min: 0, max: 10 }} format={f.percentField} formatBound={f.bound} onValid={(grade) => setMember(i, { grade })} />
              </td>
            </>
          );
        }}
        foot={split.ok && (
          <tr class="total">
            <th scope="row">{t('incentive.team.total')}</th>
            <td class="num"></td>
            <td class="num">{f.pct(split.allocated > 0 ? 1 : 0, 2)}</td>
            <td class="num" data-result="pool-total">{f.money(split.allocated)}</td>
            {pool.kpis.map((_, k) => <td key={k}></td>)}
            <td></td>
            <td></td>
          </tr>
        )}
        removeAction="remove-person" removeLabel={(i) => t('incentive.person.remove', { name: names.personName(i) })}
        onRemove={(i) => setPool({ people: pool.people.filter((_, j) => j !== i) })}
        addLabel={t('incentive.person.add')} addAction="add-person" max={FORM_MAX_PEOPLE}
        onAdd={() => setPool({ people: [...pool.people, newMember(pool.kpis.length)] })} />

      <div aria-live="polite" data-pool-messages>
        {!split.ok ? (
          <ul class="calc-warnings">
            {split.errors.map((e, i) => <li key={i} class="calc-warning" data-error={e.code}>{names.errorText(e)}</li>)}
          </ul>
        ) : split.warnings.length > 0 || split.unallocated > 0 ? (
          <ul class="calc-warnings">
            {split.warnings.map((w) => (
              <li key={w} class="calc-warning" data-warning={w}>{t(`incentive.warning.${w}`, { sum: f.pct(split.weightSum), pool: f.money(pool.amount) })}</li>
            ))}
          </ul>
        ) : (
          <p data-pool-check>{t('incentive.pool.exact', { total: f.money(split.allocated), pool: f.money(pool.amount) })}</p>
        )}
      </div>

      <details class="incentive-paste">
        <summary>{t('incentive.paste')}</summary>
        <p id="incentive-paste-help">{t('incentive.paste.help', { kpis: pool.kpis.map((_, k) => names.kpiName(k)).join(', ') })}</p>
        <label for="incentive-paste">{t('incentive.paste.label')}</label>
        <textarea id="incentive-paste" rows={5} aria-describedby="incentive-paste-help" value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" data-action="paste" onClick={importPaste}>{t('incentive.paste.import')}</button>
        <p role="status" data-paste-status>{pasteStatus}</p>
      </details>

      {split.ok && pool.people.length > 0 && (
        <div class="incentive-person-math">
          <div class="field">
            <label for="incentive-math-person">{t('incentive.math.person')}</label>
            <select id="incentive-math-person" value={person} onChange={(e) => setShown(Number(e.currentTarget.value))}>
              {pool.people.map((_, i) => <option key={i} value={i}>{names.personName(i)}</option>)}
            </select>
          </div>
          <MathSteps steps={memberSteps(split, person, pool, currency, intl, names.kpiName)} t={t} />
        </div>
      )}
    </section>
  );
}
