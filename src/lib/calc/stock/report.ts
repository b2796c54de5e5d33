/** The stock calculator's inputs and results as CSV rows, labelled in the reader's language. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import type { StockForm } from './schema';
import type { StockScenario } from './index';

export interface StockReportInput {
  form: StockForm;
  scenario: StockScenario;
  /** The risk at other order quantities (the chart's data). */
  curve: readonly { quantity: number; risk: number }[];
}

/** Up to four decimals, so a spreadsheet gets the number the screen rounds. */
const exact = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * Rows of label, value pairs: inputs, results, then the risk at each order quantity. Quantities are whole
 * items (rounded up), rates are percentages a spreadsheet reads as numbers.
 */
export function stockReportRows(r: StockReportInput, t: Translate): CsvCell[][] {
  const { form, scenario } = r;
  const { input: i, result: s, history: h } = scenario;
  const none = (v: number | null) => (v === null ? '' : v);
  const rows: CsvCell[][] = [[t('calc.input'), t('calc.value')]];
  rows.push([t('stock.source'), t(`stock.source.${form.source}`)]);
  if (h) {
    rows.push([t('stock.history.unit'), t(`stock.history.unit.${h.unit}`)]);
    rows.push([t('stock.history.periods'), h.periods]);
    for (const [n, v] of form.history.entries()) rows.push([t('stock.history.period', { n: n + 1 }), v]);
  }
  rows.push([t('stock.dailyDemand'), exact(i.dailyDemand)]);
  rows.push([t('stock.dailyDemandSd'), exact(i.dailyDemandSd)]);
  rows.push([t('stock.leadTimeDays'), i.leadTimeDays]);
  rows.push([t('stock.leadTimeSd'), i.leadTimeSd]);
  rows.push([t('stock.serviceLevel'), csvPercent(i.serviceLevel, 2)]);
  rows.push([t('stock.peakMultiplier'), exact(i.peakMultiplier)]);
  rows.push([t('stock.peakDays'), i.peakDays]);
  rows.push([t('stock.onHand'), i.onHand]);
  rows.push([t('stock.onOrder'), i.onOrder]);
  rows.push([t('stock.plannedQuantity'), i.plannedQuantity]);
  rows.push([]);
  rows.push([t('calc.result'), t('calc.value')]);
  rows.push([t('stock.result.z'), s.z === null ? '' : exact(s.z)]);
  rows.push([t('stock.result.safetyStock'), none(s.safetyStock)]);
  rows.push([t('stock.result.reorderPoint'), none(s.reorderPoint)]);
  rows.push([t('stock.result.daysOfCover'), s.daysOfCover === null ? '' : exact(s.daysOfCover)]);
  rows.push([t('stock.result.peakDemand'), exact(s.peak.expectedDemand)]);
  rows.push([t('stock.result.peakSafety'), none(s.peak.safetyStock)]);
  rows.push([t('stock.result.peakOrder'), none(s.peak.orderQuantity)]);
  rows.push([t('stock.result.planStock'), s.plan.stock]);
  rows.push([t('stock.result.planRisk'), csvPercent(s.plan.risk, 2)]);
  for (const w of s.warnings) rows.push([t('stock.csv.warning'), t(`stock.warning.${w}`)]);
  rows.push([]);
  rows.push([t('stock.chart.x'), t('stock.chart.y')]);
  for (const p of r.curve) rows.push([p.quantity, csvPercent(p.risk, 2)]);
  return rows;
}

/** The CSV document for the stock calculator. */
export function stockCsv(r: StockReportInput, t: Translate): string {
  return toCsv(stockReportRows(r, t));
}
