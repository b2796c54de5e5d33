import { useMemo, useState } from 'preact/hooks';
import { $assumptions } from '../../../stores/assumptions';
import { $ltv } from '../../../stores/ltv';
import { defaultLtvForm, ltvStateSchema, MAX_COHORT_ROWS, MAX_NEW_CUSTOMERS, MAX_ORDERS_PER_YEAR, type LtvForm } from '../../../lib/calc/ltv/schema';
import { MAX_HORIZON_MONTHS, parseCohortPaste } from '../../../lib/calc/ltv';
import { ltvSteps } from '../../../lib/calc/ltv/math';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { pasteIssueMessage, type PasteIssue } from '../../../lib/paste-table';
import { shareUrl } from '../../../lib/share-state';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { RowTable } from '../kit/RowTable';
import { PasteReport } from '../kit/PasteReport';
import { CalculatorActions } from '../kit/CalculatorActions';
import { CurrencyField } from '../kit/CurrencyField';
import { ShareNotice } from '../kit/ShareNotice';
import { useSharedState } from '../kit/useSharedState';
import { makeFields } from '../kit/fields';
import { pricingFormat } from '../kit/format';
import { formatNumber } from '../../../lib/money';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { useLtvInputs } from './useLtvInputs';

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

/** The customer value calculator's form, result, math and actions; the chart is a separate island. */
export default function LtvCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, form, currency, scenario: s, setForm, setCurrency } = useLtvInputs();
  const link = () => shareUrl(location.href, 'ltv', { currency: $assumptions.get().currency, ltv: $ltv.get() });
  const shared = useSharedState(ltvStateSchema, 'ltv', (state) => {
    $assumptions.set({ ...$assumptions.get(), currency: state.currency });
    $ltv.set(state.ltv);
  }, link);

  const f = pricingFormat(intl, currency);
  const fields = makeFields(t, { ...f, count: (n) => formatNumber(n, intl, 0) }, currency);
  const monthWord = (month: number) => t('ltv.month', { month });
  const steps = ltvSteps(form, s, currency, intl, monthWord);

  const [pasted, setPasted] = useState('');
  const [loaded, setLoaded] = useState('');
  const paste = useMemo(() => (pasted.trim() === '' ? null : parseCohortPaste(pasted)), [pasted]);
  const columnLabel = (key: string) => t(key === 'month' ? 'ltv.cohort.month' : 'ltv.cohort.share');
  const issueMessage = (issue: PasteIssue) => {
    if (issue.column === null) return pasteIssueMessage(issue, t(calcKey(`ltv.paste.error.${issue.code}`)), columnLabel, f.bound);
    const key = issue.code === 'duplicate' ? 'ltv.paste.error.duplicate' : `calc.error.${issue.code}`;
    const template = t(calcKey(key), { field: columnLabel(issue.column) });
    return t('ltv.paste.row', { line: issue.line }) + pasteIssueMessage(issue, template, columnLabel, f.bound);
  };

  const setCohortShare = (i: number, share: number) =>
    setForm({ cohort: $ltv.get().cohort.map(([m, v], j): [number, number] => [m, j === i ? share : v]) });
  const addCohortRow = () => {
    const cohort = $ltv.get().cohort;
    const last = cohort[cohort.length - 1];
    const month = last ? Math.min(MAX_HORIZON_MONTHS, last[0] + 1) : 1;
    if (cohort.some(([m]) => m === month)) return;
    setForm({ cohort: [...cohort, [month, last ? last[1] : 1]] });
  };
  const horizonInYears = form.horizonUnit === 'year';

  const csv = async () => {
    const { ltvCsv } = await import('../../../lib/calc/ltv/report');
    return ltvCsv({ currency, form, result: s }, t);
  };

  return (
    <section class="calculator" data-calculator-island="ltv" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>
      <div class="calc-form">
        <div class="calc-grid">
          <CurrencyField id="ltv-currency" value={currency} onChange={setCurrency} t={t} />
          <div class="field-with-note">
            {fields.money('ltv-margin', t('ltv.marginPerOrder'), form.marginPerOrder, (v) => setForm({ marginPerOrder: v }))}
            <small class="field-note">{t('ltv.marginPerOrder.note')}</small>
          </div>
          <NumberField id="ltv-orders" label={t('ltv.ordersPerYear')} value={form.ordersPerYear} t={t}
            spec={{ kind: 'number', min: 0, max: MAX_ORDERS_PER_YEAR }} format={(n) => formatNumber(n, intl, 2)} formatBound={f.bound}
            onValid={(v) => setForm({ ordersPerYear: Math.round(v * 100) / 100 })} />
        </div>

        <fieldset class="calc-mode">
          <legend>{t('ltv.source')}</legend>
          {(['rate', 'cohort'] as const).map((source) => (
            <label key={source}>
              <input type="radio" name="ltv-source" value={source} checked={form.source === source} onChange={() => setForm({ source })} />
              {t(`ltv.source.${source}`)}
            </label>
          ))}
        </fieldset>

        {form.source === 'rate' ? (
          <div class="calc-grid">
            <div class="field">
              <label for="ltv-rate-period">{t('ltv.ratePeriod')}</label>
              <select id="ltv-rate-period" value={form.ratePeriod} onChange={(e) => setForm({ ratePeriod: e.currentTarget.value as LtvForm['ratePeriod'] })}>
                <option value="month">{t('ltv.ratePeriod.month')}</option>
                <option value="year">{t('ltv.ratePeriod.year')}</option>
              </select>
            </div>
            <div class="field-with-note">
              {fields.percent('ltv-rate', t(form.ratePeriod === 'year' ? 'ltv.rate.year' : 'ltv.rate.month'), form.retentionRate, (v) => setForm({ retentionRate: v }))}
              <small class="field-note">{t('ltv.rate.note')}</small>
            </div>
          </div>
        ) : (
          <div class="ltv-cohort">
            <p><strong>{t('ltv.cohort.title')}</strong><br /><small>{t('ltv.cohort.note')}</small></p>
            <RowTable rows={form.cohort} label={t('ltv.cohort.title')}
              tableProps={{ 'data-cohort-table': true }}
              head={<tr><th scope="col">{t('ltv.cohort.month')}</th><th scope="col">{t('ltv.cohort.share')}</th><th scope="col"><span class="visually-hidden">{t('ltv.cohort.removeShort')}</span></th></tr>}
              rowKey={(row) => row[0]}
              cells={([month, share], i) => (
                <>
                  <th scope="row">{month}</th>
                  <td>{fields.percent(`ltv-cohort-${month}`, t('ltv.cohort.row', { month }), share, (v) => setCohortShare(i, v), { hideLabel: true })}</td>
                </>
              )}
              empty={<p>{t('ltv.cohort.empty')}</p>}
              removeLabel={(i) => (
                // A short word on screen, so the table fits a phone; the whole "remove month N" for screen readers.
                <><span aria-hidden="true">{t('ltv.cohort.removeShort')}</span><span class="visually-hidden">{t('ltv.cohort.remove', { month: form.cohort[i]?.[0] ?? '' })}</span></>
              )}
              removeAction="remove-cohort-row"
              onRemove={(i) => setForm({ cohort: $ltv.get().cohort.filter((_, j) => j !== i) })}
              addLabel={t('ltv.cohort.add')} addAction="add-cohort-row" onAdd={addCohortRow} max={MAX_COHORT_ROWS} />
            <div class="field ltv-paste">
              <label for="ltv-paste">{t('ltv.paste.label')}</label>
              <textarea id="ltv-paste" rows={5} spellcheck={false} value={pasted} placeholder={'1\t100%\n2\t42%'}
                aria-describedby="ltv-paste-report" onInput={(e) => {
                  setPasted(e.currentTarget.value);
                  setLoaded('');
                }} />
            </div>
            <PasteReport id="ltv-paste-report" table={paste?.table ?? null} loaded={loaded} issueMessage={issueMessage}
              summary={(valid, read) => t('ltv.paste.summary', { valid, read })} header={t('ltv.paste.header')}
              more={(count) => t('ltv.paste.more', { count })} useLabel={(count) => t('ltv.paste.use', { count })}
              onUse={() => {
                if (!paste) return;
                setForm({ cohort: paste.points });
                setLoaded(t('ltv.paste.done', { count: paste.points.length }));
                setPasted('');
              }} />
          </div>
        )}

        <div class="calc-grid">
          <div class="field">
            <label for="ltv-horizon-unit">{t('ltv.horizonUnit')}</label>
            <select id="ltv-horizon-unit" value={form.horizonUnit} onChange={(e) => {
              const unit = e.currentTarget.value as LtvForm['horizonUnit'];
              // Years are whole: switching to years rounds the horizon up to the next full year.
              setForm({ horizonUnit: unit, horizonMonths: unit === 'year' ? Math.min(MAX_HORIZON_MONTHS, Math.ceil(form.horizonMonths / 12) * 12) : form.horizonMonths });
            }}>
              <option value="month">{t('ltv.horizonUnit.month')}</option>
              <option value="year">{t('ltv.horizonUnit.year')}</option>
            </select>
          </div>
          <NumberField id="ltv-horizon" label={t(horizonInYears ? 'ltv.horizonYears' : 'ltv.horizonMonths')} t={t}
            value={horizonInYears ? form.horizonMonths / 12 : form.horizonMonths}
            spec={{ kind: 'count', min: 1, max: horizonInYears ? MAX_HORIZON_MONTHS / 12 : MAX_HORIZON_MONTHS, integer: true }}
            format={(n) => formatNumber(n, intl, 0)} formatBound={f.bound}
            onValid={(v) => setForm({ horizonMonths: horizonInYears ? v * 12 : v })} />
          <div class="field-with-note">
            {fields.percent('ltv-discount', t('ltv.discountRate'), form.discountRate, (v) => setForm({ discountRate: v }))}
            <small class="field-note">{t('ltv.discountRate.note')}</small>
          </div>
          <div class="field-with-note">
            {fields.money('ltv-spend', t('ltv.acquisitionSpend'), form.acquisitionSpend, (v) => setForm({ acquisitionSpend: v }))}
            <small class="field-note">{t('ltv.acquisitionSpend.note')}</small>
          </div>
          {fields.count('ltv-customers', t('ltv.newCustomers'), form.newCustomers, (v) => setForm({ newCustomers: v }), { max: MAX_NEW_CUSTOMERS })}
        </div>
      </div>

      <div class="calc-result" data-result-panel>
        <dl class="calc-figures">
          <div><dt>{t('ltv.result.ltv')}</dt><dd data-result="ltv">{f.money(s.ltv)}</dd></div>
          {s.discounted && <div><dt>{t('ltv.result.discountedLtv')}</dt><dd data-result="discounted-ltv">{f.money(s.discountedLtv)}</dd></div>}
          <div><dt>{t('ltv.result.cac')}</dt><dd data-result="cac">{s.cac === null ? '—' : f.money(s.cac)}</dd></div>
          <div><dt>{t('ltv.result.ratio')}</dt><dd data-result="ratio">{s.ratio === null ? '—' : formatNumber(s.ratio, intl, 2)}</dd></div>
          <div><dt>{t('ltv.result.payback')}</dt><dd data-result="payback">{s.paybackMonth === null ? t('ltv.result.noPayback') : monthWord(s.paybackMonth)}</dd></div>
        </dl>
        <p data-result="basis">
          {s.discounted ? t('ltv.result.basis.discounted', { rate: f.pct(form.discountRate) }) : t('ltv.result.basis.plain')}{' '}
          <span data-result="orders">{t('ltv.result.ordersLine', { orders: formatNumber(s.expectedOrders, intl, 2) })}</span>
        </p>
        {s.warnings.length > 0 && (
          <ul class="calc-warnings">
            {s.warnings.map((w) => <li key={w} class="calc-warning" data-warning={w}>{t(`ltv.warning.${w}`)}</li>)}
          </ul>
        )}
        <MathSteps steps={steps} t={t} />
      </div>

      <CalculatorActions t={t} filename="ltv.csv" csv={csv}
        shareUrl={link}
        onReset={() => {
          $assumptions.set({ ...$assumptions.get(), currency: defaultAssumptions.currency });
          $ltv.set(defaultLtvForm);
        }} />
    </section>
  );
}
