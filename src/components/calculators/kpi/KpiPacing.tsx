import { useMemo, useState } from 'preact/hooks';
import { EXAMPLE_YEAR, ownActuals, parseDayCell, sortActuals, withOwnActuals, type ActualRow, type PacingStatus } from '../../../lib/calc/kpi';
import { MAX_ACTUALS } from '../../../lib/calc/kpi/schema';
import { pacingSteps } from '../../../lib/calc/kpi/math';
import { numberColumn, parsePastedTable, pasteIssueMessage, type PasteColumn, type PasteIssue } from '../../../lib/paste-table';
import { toMajor, toMinor } from '../../../lib/money';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { RowTable } from '../kit/RowTable';
import { PasteReport } from '../kit/PasteReport';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { useKpiInputs } from './useKpiInputs';
import { GMV_MAX_MAJOR, kpiFormat, toPercent, toRate } from './format';
import { valueOr } from '../../../lib/calc/shared/input-error';

/** A shape beside the status word, so the status never rests on colour alone. */
const statusMark: Record<PacingStatus, string> = { 'not-started': '○', behind: '▼', 'on-track': '●', ahead: '▲' };
const amountSpec = { kind: 'money', min: 0, max: GMV_MAX_MAJOR } as const;

/** Pacing against the planned cumulative curve, with actuals typed row by row or pasted from a spreadsheet. */
export default function KpiPacing({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { form, currency, scenario: s, setPacing } = useKpiInputs();
  const { plan, pacing: pf } = form;
  const f = kpiFormat(intl, currency, t);
  const year = plan.year;
  const scope = s.scopeRange;
  const days = scope.end - scope.start + 1;
  const p = s.pacing;

  const [newDate, setNewDate] = useState('');
  const [newAmount, setNewAmount] = useState(0);
  const [dateError, setDateError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [loaded, setLoaded] = useState('');

  const columnLabel = (key: string) => t(key === 'date' ? 'kpi.actuals.date' : 'kpi.actuals.amount');
  /** One cell's problem in words; the date column has its own messages, amounts use the shared ones. */
  const cellMessage = (issue: PasteIssue) => {
    const key = issue.code === 'duplicate' ? 'kpi.paste.error.duplicate' : issue.column === 'date' ? `kpi.date.error.${issue.code}` : `calc.error.${issue.code}`;
    const template = t(calcKey(key), {
      field: columnLabel(issue.column ?? ''),
      example: f.iso(year, scope.start),
      month: f.iso(year, scope.start).slice(0, 7),
      from: f.date(year, scope.start),
      to: f.date(year, scope.end),
      year,
    });
    return pasteIssueMessage(issue, template, columnLabel, f.bound);
  };
  const issueMessage = (issue: PasteIssue) =>
    issue.column === null
      ? pasteIssueMessage(issue, t(calcKey(`kpi.paste.error.${issue.code}`)), columnLabel, f.bound)
      : t('kpi.paste.row', { line: issue.line }) + cellMessage(issue);

  const dateColumn: PasteColumn<number> = { key: 'date', parse: (raw) => valueOr(parseDayCell(raw, year, scope), { ok: false as const, error: { code: 'invalid' as const, min: 1, max: 1 } }), unique: true };
  const paste = useMemo(
    () =>
      pasted.trim() === ''
        ? null
        : parsePastedTable<[number, number]>(pasted, [dateColumn, numberColumn('amount', amountSpec, (v) => toMinor(v, currency))], { maxRows: MAX_ACTUALS }),
    [pasted, year, scope.start, scope.end, currency],
  );

  const addRow = () => {
    const day = valueOr(parseDayCell(newDate, year, scope), { ok: false as const, error: { code: 'invalid' as const, min: 1, max: 1 } });
    if (!day.ok) {
      setDateError(cellMessage({ line: 0, column: 'date', code: day.error.code, raw: newDate.slice(0, 24), min: day.error.min, max: day.error.max }));
      return;
    }
    setDateError(null);
    // A row the reader adds replaces the example's rows rather than joining them.
    const own = valueOr(ownActuals(pf), []);
    setOwn(valueOr(sortActuals([...own, [day.value, toMinor(newAmount, currency)]]), own).slice(-MAX_ACTUALS));
    setNewDate('');
  };
  const setOwn = (rows: readonly ActualRow[]) => setPacing(valueOr(withOwnActuals(pf, rows), { ...pf }));
  const setAmount = (day: number, amount: number) =>
    setPacing({ actuals: pf.actuals.map(([d, a]): [number, number] => [d, d === day ? amount : a]) });
  const example = s.exampleActuals;
  const outside = pf.actuals.filter(([d]) => d < scope.start || d > scope.end).length;
  const pct = (v: number | null) => (v === null ? '—' : f.pct(v, 1));

  return (
    <section class="kpi-pacing" aria-labelledby="kpi-pacing-title" data-calculator-island="kpi-pacing">
      <h3 id="kpi-pacing-title">{t('kpi.pacing.title')}</h3>
      <p>{t('kpi.pacing.note')}</p>
      <div class="calc-grid">
        <div class="field">
          <label for="kpi-scope">{t('kpi.pacing.scope')}</label>
          <select id="kpi-scope" value={String(pf.scope)} onChange={(e) => setPacing({ scope: Number(e.currentTarget.value) })}>
            <option value="0">{t('kpi.pacing.scope.year', { year })}</option>
            {plan.weights.map((_, i) => <option key={i} value={String(i + 1)}>{f.period(plan.unit, year, i)}</option>)}
          </select>
        </div>
        <NumberField id="kpi-tolerance" label={t('kpi.pacing.tolerance')} value={toPercent(pf.tolerance)} t={t}
          spec={{ kind: 'percent', min: 0, max: 50 }} format={f.percentField} formatBound={f.bound} unit="%"
          onValid={(v) => setPacing({ tolerance: toRate(v) })} />
      </div>

      {example !== null && (
        <p class={`kpi-example kpi-example--${example}`} data-example-actuals={example} role="note">
          <span class="kpi-example-badge">{t('kpi.example.badge')}</span>{' '}
          {t(example === 'shown' ? 'kpi.example.shown' : example === 'set-aside' ? 'kpi.example.setAside' : 'kpi.example.cleared', { year: EXAMPLE_YEAR, planYear: year })}
        </p>
      )}
      {p.ok && (
        <div class="calc-result" aria-live="polite" data-pacing-result>
          <dl class="calc-figures kpi-figures">
            <div class={`kpi-status kpi-status--${p.status}`}>
              <dt>{t('kpi.pacing.status')}</dt>
              <dd data-result="status" data-status={p.status}><span aria-hidden="true">{statusMark[p.status]} </span>{t(`kpi.status.${p.status}`)}</dd>
            </div>
            <div><dt>{t('kpi.pacing.pace')}</dt><dd data-result="pace">{pct(p.pace)}</dd></div>
            <div><dt>{t('kpi.pacing.linePace')}</dt><dd data-result="line-pace">{pct(p.straightLinePace)}</dd></div>
            <div><dt>{t('kpi.pacing.actual')}</dt><dd data-result="actual">{f.money(s.actualToDate)}</dd></div>
            <div><dt>{t('kpi.pacing.expected')}</dt><dd data-result="expected">{f.money(p.expectedToDate)}</dd></div>
            <div><dt>{t('kpi.pacing.target')}</dt><dd data-result="scope-target">{f.money(s.scopeTarget)}</dd></div>
            <div><dt>{t('kpi.pacing.projected')}</dt><dd data-result="projected">{p.projected === null ? '—' : f.money(p.projected)}</dd></div>
            <div><dt>{t('kpi.pacing.required')}</dt><dd data-result="required">{p.requiredDaily === null ? '—' : f.money(p.requiredDaily)}</dd></div>
          </dl>
          {s.asOfDay !== null && <p data-as-of>{t('kpi.pacing.asOf', { date: f.date(year, s.asOfDay), day: s.elapsedDays, days })}</p>}
          <p>{t('kpi.pacing.thresholds', { behind: f.pct(1 - p.tolerance), ahead: f.pct(1 + p.tolerance) })}</p>
          {p.status !== 'not-started' && (
            <p data-line-status>{t('kpi.pacing.lineStatus', { status: t(`kpi.status.${p.straightLineStatus}`), pace: pct(p.straightLinePace) })}</p>
          )}
          {p.plannedDaily !== null && p.requiredVsPlan !== null && p.status !== 'not-started' && (
            <p>{t('kpi.pacing.plannedDaily', { amount: f.money(p.plannedDaily), ratio: f.pct(p.requiredVsPlan, 0) })}</p>
          )}
          {p.daysLeft === 0 && p.remaining > 0 && <p>{t('kpi.pacing.done', { remaining: f.money(p.remaining) })}</p>}
          <MathSteps steps={pacingSteps({ target: s.scopeTarget, days, elapsedDays: s.elapsedDays, actualToDate: s.actualToDate }, p, currency, intl)} t={t} />
        </div>
      )}

      <h4>{t('kpi.actuals.title')}</h4>
      <p>{t('kpi.actuals.note')}</p>
      <RowTable rows={example === 'set-aside' ? [] : pf.actuals} rowKey={([day]) => day} empty={<p data-actuals-empty>{t('kpi.actuals.empty')}</p>}
        wrapperClass={`table-scroll${pf.actuals.length > 12 ? ' kpi-table-scroll' : ''}`} tableProps={{ class: 'kpi-actuals', 'data-actuals-table': true }}
        head={
          <tr>
            <th scope="col">{t('kpi.actuals.date')}</th>
            <th scope="col" class="num">{t('kpi.actuals.amount')}</th>
            <td></td>
          </tr>
        }
        cells={([day, amount]) => (
          <>
            <th scope="row">{f.date(year, day)}{example === 'shown' && <>{' '}<span class="kpi-example-badge kpi-example-badge--row">{t('kpi.example.badge')}</span></>}</th>
            <td class="num">
              <NumberField id={`kpi-actual-${day}`} hideLabel label={t('kpi.actuals.amountOf', { date: f.date(year, day) })}
                value={toMajor(amount, currency)} t={t} spec={amountSpec} format={f.moneyField} formatBound={f.bound}
                onValid={(v) => setAmount(day, toMinor(v, currency))} />
            </td>
          </>
        )}
        removeLabel={(i) => <>{t('kpi.remove')}<span class="visually-hidden"> {f.date(year, pf.actuals[i]![0])}</span></>}
        onRemove={(i) => setPacing({ actuals: pf.actuals.filter((_, j) => j !== i) })} />
      {outside > 0 && <p>{t('kpi.actuals.outside', { count: outside })}</p>}

      <div class="kpi-new-row">
        <div class={`field${dateError ? ' field--invalid' : ''}`}>
          <label for="kpi-new-date">{t('kpi.actuals.new')}</label>
          <input id="kpi-new-date" type="text" autoComplete="off" spellcheck={false} value={newDate} placeholder={f.iso(year, scope.start)}
            aria-invalid={dateError ? 'true' : undefined} aria-describedby={dateError ? 'kpi-new-date-error' : undefined}
            onInput={(e) => setNewDate(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') addRow();
            }} />
          {dateError && <p class="field-error" id="kpi-new-date-error" role="alert">{dateError}</p>}
        </div>
        <NumberField id="kpi-new-amount" label={t('kpi.actuals.newAmount')} value={newAmount} t={t} spec={amountSpec}
          format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit} onValid={setNewAmount} />
        <button type="button" data-action="add-actual" onClick={addRow}>{t('kpi.actuals.add')}</button>
        {pf.actuals.length > 0 && (
          <button type="button" data-action="clear-actuals" onClick={() => setOwn([])}>{t('kpi.actuals.clear')}</button>
        )}
      </div>

      <div class="field kpi-paste">
        <label for="kpi-paste">{t('kpi.paste.label')}</label>
        <textarea id="kpi-paste" rows={5} spellcheck={false} value={pasted} placeholder={`${f.iso(year, scope.start)}\t123456.78`}
          aria-describedby="kpi-paste-report" onInput={(e) => {
            setPasted(e.currentTarget.value);
            setLoaded('');
          }} />
      </div>
      <PasteReport id="kpi-paste-report" table={paste} loaded={loaded} issueMessage={issueMessage}
        summary={(valid, read) => t('kpi.paste.summary', { valid, read })} header={t('kpi.paste.header')}
        more={(count) => t('kpi.paste.more', { count })} useLabel={(count) => t('kpi.paste.use', { count })}
        onUse={() => {
          if (!paste) return;
          setOwn(valueOr(sortActuals(paste.rows.map((r) => r.values)), valueOr(ownActuals(pf), [])));
          setLoaded(t('kpi.paste.done', { count: paste.rows.length }));
          setPasted('');
        }} />
    </section>
  );
}
