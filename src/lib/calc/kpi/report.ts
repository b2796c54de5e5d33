/** The KPI plan as CSV rows, labelled in the reader's language: inputs, funnel, split, channels, pacing. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import { toMajor, type Currency } from '../../money';
import type { KpiScenario } from './core';
import { ordersToPlace } from './funnel';
import { EXAMPLE_YEAR } from './paste';
import type { KpiForm } from './schema';
import { channelName } from '../../channel-name';

export interface KpiReportFormat {
  t: Translate;
  pct: (rate: number, digits?: number) => string;
  /** "January", "Week 3". */
  periodName: (index: number) => string;
  /** A day of the plan year as a date. */
  dateLabel: (day: number) => string;
}

export interface KpiReportInput {
  currency: Currency;
  form: KpiForm;
  scenario: KpiScenario;
}

/**
 * Rows of the plan: amounts are plain numbers in major units and counts are whole numbers, so spreadsheets
 * can sum them (and the sums match the totals: every split adds up exactly).
 * @example kpiReportRows({ currency: 'CNY', form: defaultKpiForm, scenario: kpiScenario(defaultKpiForm) }, f)
 *   .find((r) => r[0] === f.t('kpi.field.uv')) //=> ['Visitors (UV)', 800000]
 */
export function kpiReportRows({ currency, form, scenario: s }: KpiReportInput, f: KpiReportFormat): CsvCell[][] {
  const major = (minor: number) => toMajor(minor, currency);
  const { funnel: fi, plan, pacing: pf } = form;
  const rows: CsvCell[][] = [[f.t('calc.input'), f.t('calc.value')]];
  rows.push([f.t('calc.currency'), currency]);
  rows.push([f.t('kpi.solveFor'), f.t(`kpi.field.${s.funnel.ok ? s.funnel.solved : fi.solveFor}`)]);
  if (fi.solveFor !== 'gmv') rows.push([`${f.t('kpi.field.gmv')} (${f.t(`kpi.basis.${fi.gmvBasis}`)})`, major(fi.gmv)]);
  const solved = s.funnel.ok ? s.funnel.solved : null;
  if (fi.useImpressions) {
    if (solved !== 'impressions') rows.push([f.t('kpi.field.impressions'), fi.impressions]);
    if (solved !== 'ctr') rows.push([f.t('kpi.field.ctr'), csvPercent(fi.ctr, 2)]);
  } else if (solved !== 'uv') rows.push([f.t('kpi.field.uv'), fi.uv]);
  if (solved !== 'cvr') rows.push([f.t('kpi.field.cvr'), csvPercent(fi.cvr, 2)]);
  if (solved !== 'aov') rows.push([f.t('kpi.field.aov'), major(fi.aov)]);
  rows.push([f.t('kpi.field.cancelRate'), csvPercent(fi.cancelRate, 2)]);
  rows.push([f.t('kpi.field.returnRate'), csvPercent(fi.returnRate, 2)]);
  rows.push([]);

  rows.push([f.t('calc.result'), f.t('calc.value')]);
  if (s.funnel.ok) {
    const r = s.funnel;
    rows.push([f.t('kpi.result.paidGmv'), major(r.paidGmv)]);
    rows.push([f.t('kpi.result.netGmv'), major(r.netGmv)]);
    if (r.impressions !== null) rows.push([f.t('kpi.field.impressions'), r.impressions]);
    if (r.ctr !== null) rows.push([f.t('kpi.field.ctr'), csvPercent(r.ctr, 2)]);
    rows.push([f.t('kpi.field.uv'), r.uv]);
    rows.push([f.t('kpi.field.cvr'), csvPercent(r.cvr, 2)]);
    rows.push([f.t('kpi.field.aov'), major(r.aov)]);
    rows.push([f.t('kpi.result.orders'), ordersToPlace(r)]);
  } else {
    rows.push([f.t('kpi.result.none'), f.t(`kpi.error.${s.funnel.reason}`, { field: f.t(`kpi.field.${s.funnel.field}`), value: s.funnel.reason === 'rate-above-100' ? f.pct(s.funnel.value) : '' })]);
  }
  rows.push([]);

  const channels = plan.channels;
  rows.push([
    f.t(`kpi.period.${plan.unit}`),
    f.t('kpi.split.weight'),
    f.t('kpi.split.share'),
    f.t('kpi.split.gmv'),
    f.t('kpi.split.uv'),
    ...channels.map((c, j) => `${f.t('kpi.split.gmv')}: ${channelName(f.t, c.name, j)}`),
  ]);
  s.gmvSplit.periods.forEach((gmv, i) => {
    rows.push([
      f.periodName(i),
      plan.weights[i] ?? 0,
      csvPercent(s.gmvSplit.periodShares[i] ?? 0, 2),
      major(gmv),
      s.uvSplit ? (s.uvSplit.periods[i] ?? 0) : '',
      ...channels.map((_, j) => major(s.gmvSplit.matrix[i]?.[j] ?? 0)),
    ]);
  });
  rows.push([f.t('kpi.split.total'), '', csvPercent(1, 2), major(s.gmvTotal), s.uvTotal ?? '', ...s.gmvSplit.channels.map(major)]);
  rows.push([]);

  rows.push([f.t('kpi.channel.name'), f.t('kpi.channel.share'), f.t('kpi.split.gmv'), f.t('kpi.split.uv')]);
  channels.forEach((c, j) => {
    rows.push([channelName(f.t, c.name, j), csvPercent(s.gmvSplit.channelShares[j] ?? 0, 2), major(s.gmvSplit.channels[j] ?? 0), s.uvSplit ? (s.uvSplit.channels[j] ?? 0) : '']);
  });
  rows.push([]);

  rows.push([f.t('kpi.pacing.title'), f.t('calc.value')]);
  rows.push([f.t('kpi.pacing.scope'), pf.scope === 0 ? f.t('kpi.pacing.scope.year', { year: plan.year }) : f.periodName(pf.scope - 1)]);
  rows.push([f.t('kpi.pacing.target'), major(s.scopeTarget)]);
  rows.push([f.t('kpi.pacing.actual'), major(s.actualToDate)]);
  rows.push([f.t('kpi.pacing.elapsed'), `${s.elapsedDays} / ${s.scopeRange.end - s.scopeRange.start + 1}`]);
  rows.push([f.t('kpi.pacing.asOfLabel'), s.asOfDay === null ? '' : f.dateLabel(s.asOfDay)]);
  if (s.pacing.ok) {
    const p = s.pacing;
    rows.push([f.t('kpi.pacing.expected'), major(p.expectedToDate)]);
    rows.push([f.t('kpi.pacing.pace'), p.pace === null ? '' : csvPercent(p.pace, 1)]);
    rows.push([f.t('kpi.pacing.linePace'), p.straightLinePace === null ? '' : csvPercent(p.straightLinePace, 1)]);
    rows.push([f.t('kpi.pacing.status'), f.t(`kpi.status.${p.status}`)]);
    rows.push([f.t('kpi.pacing.projected'), p.projected === null ? '' : major(p.projected)]);
    rows.push([f.t('kpi.pacing.required'), p.requiredDaily === null ? '' : major(p.requiredDaily)]);
  }
  rows.push([]);
  if (s.exampleActuals !== null) {
    const key = s.exampleActuals === 'shown' ? 'kpi.example.shown' : s.exampleActuals === 'set-aside' ? 'kpi.example.setAside' : 'kpi.example.cleared';
    rows.push([f.t('kpi.example.badge'), f.t(key, { year: EXAMPLE_YEAR, planYear: plan.year })]);
  }
  rows.push([f.t('kpi.actuals.date'), f.t('kpi.actuals.amount')]);
  // The example's rows are listed only in the example's year: in another year their dates would be wrong.
  if (s.exampleActuals !== 'set-aside') for (const [day, amount] of pf.actuals) rows.push([f.dateLabel(day), major(amount)]);
  return rows;
}

/**
 * The CSV document of the KPI plan: UTF-8 with a byte-order mark, CRLF lines, formula-safe text.
 * @example kpiCsv(input, f).startsWith('\uFEFFInput,Value\r\n') //=> true
 */
export function kpiCsv(input: KpiReportInput, f: KpiReportFormat): string {
  return toCsv(kpiReportRows(input, f));
}
