import { useMemo, useState } from 'preact/hooks';
import { $stock } from '../../../stores/stock';
import { defaultStockForm, MAX_DAILY_DEMAND, MAX_DAYS, MAX_HISTORY, MAX_MULTIPLIER, MAX_PERIOD_SALES, MAX_UNITS, MIN_MULTIPLIER, stockStateSchema, type StockForm } from '../../../lib/calc/stock/schema';
import { riskCurve } from '../../../lib/calc/stock';
import { stockSteps } from '../../../lib/calc/stock/math';
import { CHINA_RETAIL_MONTHS } from '../../../lib/calc/shared/season';
import { detectDelimiter, numberColumn, parsePastedTable, pasteIssueMessage, splitRecords, type PasteColumn, type PasteIssue } from '../../../lib/paste-table';
import { shareUrl } from '../../../lib/share-state';
import { NumberField } from '../kit/NumberField';
import { MathSteps } from '../kit/MathSteps';
import { CalculatorActions } from '../kit/CalculatorActions';
import { useSharedState } from '../kit/useSharedState';
import { ShareNotice } from '../kit/ShareNotice';
import { PasteReport } from '../kit/PasteReport';
import { toPercent, toRate } from '../kit/format';
import { makeT, type Strings, calcKey } from '../../../i18n/translate';
import { useStockInputs } from './useStockInputs';
import { stockFormat } from './format';
import { curveRange } from './curve';

interface Props {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

const salesSpec = { kind: 'number', min: 0, max: MAX_PERIOD_SALES } as const;
/** A date (or week) cell before the sales: any text with a digit in it, so a heading row is still recognised. */
const dateColumn: PasteColumn<string> = {
  key: 'date',
  parse: (raw) => (/\d/.test(raw) ? { ok: true, value: raw } : { ok: false, error: { code: 'invalid' } }),
};

/** Reads pasted sales: one figure per line, or a date column and the figure after it. */
function readPaste(text: string) {
  const cells = splitRecords(text, detectDelimiter(text))[0]?.cells.length ?? 1;
  const sales = numberColumn('sales', salesSpec);
  if (cells >= 2) {
    const r = parsePastedTable<[string, number]>(text, [dateColumn, sales], { maxRows: MAX_HISTORY });
    return { ...r, values: r.rows.map((row) => row.values[1]) };
  }
  const r = parsePastedTable<[number]>(text, [sales], { maxRows: MAX_HISTORY });
  return { ...r, values: r.rows.map((row) => row.values[0]) };
}

/** The stock calculator's form, result, math and actions. The chart is a separate island. */
export default function StockCalculator({ intl, strings }: Props) {
  const t = makeT(strings);
  const { mounted, form, scenario, refused, setForm } = useStockInputs();
  const f = stockFormat(intl);
  const link = () => shareUrl(location.href, 'stock', { stock: $stock.get() });
  const shared = useSharedState(stockStateSchema, 'stock', (state) => $stock.set(state.stock), link);
  const [pasted, setPasted] = useState('');
  const [loaded, setLoaded] = useState('');
  const paste = useMemo(() => (pasted.trim() === '' ? null : readPaste(pasted)), [pasted]);

  const { input, result: r, history } = scenario;
  const monthName = (m: number) => t(calcKey(`stock.month.${m}`));
  const steps = refused ? [] : stockSteps(scenario, intl, form.season === 'curve' ? monthName(form.peakMonth) : undefined);
  const count = (id: keyof StockForm, label: string, value: number, max: number, min = 0) => (
    <NumberField id={`stock-${id}`} label={label} value={value} t={t} spec={{ kind: 'count', min, max, integer: true }}
      format={f.field} formatBound={f.bound} onValid={(v) => setForm({ [id]: v })} />
  );
  const number = (id: keyof StockForm, label: string, value: number, min: number, max: number) => (
    <NumberField id={`stock-${id}`} label={label} value={value} t={t} spec={{ kind: 'number', min, max }}
      format={f.field} formatBound={f.bound} onValid={(v) => setForm({ [id]: v })} />
  );

  const columnLabel = (key: string) => t(key === 'date' ? 'stock.paste.column.date' : 'stock.paste.column.sales');
  const issueMessage = (issue: PasteIssue) =>
    issue.column === null
      ? pasteIssueMessage(issue, t(calcKey(`stock.paste.error.${issue.code}`)), columnLabel, f.bound)
      : t('stock.paste.row', { line: issue.line }) +
        pasteIssueMessage(issue, t(calcKey(issue.code === 'duplicate' ? 'stock.paste.error.duplicate' : `calc.error.${issue.code}`), { field: columnLabel(issue.column), value: issue.raw }), columnLabel, f.bound);

  const csv = async () => {
    const { stockCsv } = await import('../../../lib/calc/stock/report');
    const range = curveRange(scenario);
    const curve = riskCurve(input, range.from, range.to, 20);
    return stockCsv({ form, scenario, curve: curve.ok ? curve.points : [] }, t);
  };

  const items = (n: number | null) => (n === null ? '—' : t('stock.result.items', { count: f.items(n) }));
  const target = 1 - input.serviceLevel;

  return (
    <section class="calculator" data-calculator-island="stock" data-ready={mounted ? 'true' : undefined}>
      <ShareNotice view={shared} t={t} />
      <p class="noscript-note">{t('calc.noscript')}</p>
      <div class="calc-form">
        <fieldset class="calc-mode">
          <legend>{t('stock.source')}</legend>
          {(['history', 'forecast'] as const).map((source) => (
            <label key={source}>
              <input type="radio" name="stock-source" value={source} checked={form.source === source} onChange={() => setForm({ source })} />
              {t(`stock.source.${source}`)}
            </label>
          ))}
        </fieldset>

        {form.source === 'history' ? (
          <div class="stock-history">
            <div class="calc-grid">
              <div class="field">
                <label for="stock-history-unit">{t('stock.history.unit')}</label>
                <select id="stock-history-unit" value={form.historyUnit} onChange={(e) => setForm({ historyUnit: e.currentTarget.value as StockForm['historyUnit'] })}>
                  <option value="day">{t('stock.history.unit.day')}</option>
                  <option value="week">{t('stock.history.unit.week')}</option>
                </select>
              </div>
            </div>
            {history ? (
              <p data-history-summary>
                {t('stock.history.summary', { periods: history.periods, mean: f.one(history.mean), sd: f.one(history.sd) })}
                {history.unit === 'week' ? ` ${t('stock.history.weekly')}` : ''}
              </p>
            ) : null}
            <div class="field stock-paste">
              <label for="stock-paste">{t('stock.paste.label')}</label>
              <textarea id="stock-paste" rows={4} spellcheck={false} value={pasted} placeholder={'262\n295\n281'}
                aria-describedby="stock-paste-report" onInput={(e) => {
                  setPasted(e.currentTarget.value);
                  setLoaded('');
                }} />
            </div>
            <PasteReport id="stock-paste-report" table={paste} loaded={loaded} issueMessage={issueMessage}
              summary={(valid, read) => t('stock.paste.summary', { valid, read })} header={t('stock.paste.header')}
              more={(count) => t('stock.paste.more', { count })} useLabel={(count) => t('stock.paste.use', { count })}
              onUse={() => {
                if (!paste) return;
                // One period shows no spread: keep the history in use and say why.
                if (paste.values.length < 2) {
                  setLoaded(t('stock.history.tooFew'));
                  return;
                }
                setForm({ history: paste.values });
                setLoaded(t('stock.paste.done', { count: paste.values.length }));
                setPasted('');
              }} />
          </div>
        ) : (
          <div class="calc-grid">
            {number('dailyDemand', t('stock.dailyDemand'), form.dailyDemand, 0, MAX_DAILY_DEMAND)}
            {number('dailyDemandSd', t('stock.dailyDemandSd'), form.dailyDemandSd, 0, MAX_DAILY_DEMAND)}
          </div>
        )}

        <fieldset>
          <legend>{t('stock.supply')}</legend>
          <div class="calc-grid">
            {number('leadTimeDays', t('stock.leadTimeDays'), form.leadTimeDays, 1, MAX_DAYS)}
            {number('leadTimeSd', t('stock.leadTimeSd'), form.leadTimeSd, 0, MAX_DAYS)}
            <NumberField id="stock-serviceLevel" label={t('stock.serviceLevel')} value={toPercent(form.serviceLevel)} t={t}
              spec={{ kind: 'percent', min: 50, max: 100 }} format={f.field} formatBound={f.bound} unit="%"
              onValid={(v) => setForm({ serviceLevel: toRate(v) })} />
          </div>
          <p class="calc-note" data-formula>{t('stock.formula')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('stock.peak')}</legend>
          <div class="calc-grid">
            <div class="field">
              <label for="stock-season">{t('stock.season')}</label>
              <select id="stock-season" value={form.season} onChange={(e) => setForm({ season: e.currentTarget.value as StockForm['season'] })}>
                <option value="curve">{t('stock.season.curve')}</option>
                <option value="own">{t('stock.season.own')}</option>
              </select>
            </div>
            {form.season === 'curve' ? (
              <div class="field">
                <label for="stock-peakMonth">{t('stock.peakMonth')}</label>
                <select id="stock-peakMonth" value={String(form.peakMonth)} onChange={(e) => setForm({ peakMonth: Number(e.currentTarget.value) })}>
                  {CHINA_RETAIL_MONTHS.map((w, i) => (
                    <option key={i} value={String(i + 1)}>{t('stock.monthOption', { month: monthName(i + 1), multiplier: f.field(w / 100) })}</option>
                  ))}
                </select>
              </div>
            ) : (
              number('peakMultiplier', t('stock.peakMultiplier'), form.peakMultiplier, MIN_MULTIPLIER, MAX_MULTIPLIER)
            )}
            {count('peakDays', t('stock.peakDays'), form.peakDays, MAX_DAYS)}
          </div>
          <p class="calc-note">{t('stock.peak.note')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('stock.position')}</legend>
          <div class="calc-grid">
            {count('onHand', t('stock.onHand'), form.onHand, MAX_UNITS)}
            {count('onOrder', t('stock.onOrder'), form.onOrder, MAX_UNITS)}
            {count('plannedQuantity', t('stock.plannedQuantity'), form.plannedQuantity, MAX_UNITS)}
          </div>
        </fieldset>
      </div>

      <div class="calc-result" data-result-panel>
        {refused ? (
          <p class="calc-warning" data-warning="refused" data-field={refused.field}>
            {refused.field === 'history' ? t('stock.history.tooFew') : t('calc.sharedRejected')}
          </p>
        ) : (
          <>
            <dl class="calc-figures">
              <div><dt>{t('stock.result.safetyStock')}</dt><dd data-result="safety-stock">{items(r.safetyStock)}</dd></div>
              <div><dt>{t('stock.result.reorderPoint')}</dt><dd data-result="reorder-point">{items(r.reorderPoint)}</dd></div>
              <div><dt>{t('stock.result.daysOfCover')}</dt><dd data-result="days-of-cover">{r.daysOfCover === null ? '—' : t('stock.result.days', { count: f.one(r.daysOfCover) })}</dd></div>
              <div><dt>{t('stock.result.peakOrder')}</dt><dd data-result="peak-order">{items(r.peak.orderQuantity)}</dd></div>
              <div><dt>{t('stock.result.planRisk')}</dt><dd data-result="plan-risk">{f.pct(r.plan.risk)}</dd></div>
            </dl>
            <p data-result="demand-used">
              {t('stock.result.demandUsed', { mean: f.one(input.dailyDemand), sd: f.one(input.dailyDemandSd), multiplier: f.field(input.peakMultiplier) })}
            </p>
            {r.peak.orderQuantity !== null && r.peak.orderQuantity !== input.plannedQuantity && (
              <p data-result="compare">
                {t('stock.result.compare', { planned: f.items(input.plannedQuantity), order: f.items(r.peak.orderQuantity), risk: f.pct(r.plan.risk), target: f.pct(target) })}
              </p>
            )}
            {r.warnings.length > 0 && (
              <ul class="calc-warnings">
                {r.warnings.map((w) => <li key={w} class="calc-warning" data-warning={w}>{t(`stock.warning.${w}`)}</li>)}
              </ul>
            )}
          </>
        )}
        <MathSteps steps={steps} t={t} />
      </div>

      <CalculatorActions t={t} filename="stock.csv" csv={csv} shareUrl={link} onReset={() => $stock.set(defaultStockForm)} />
    </section>
  );
}
