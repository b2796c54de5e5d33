/** The customer value calculator's inputs and results as CSV rows, labelled in the reader's language. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import { toMajor, type Currency } from '../../money';
import type { LtvResult } from './core';
import type { LtvForm } from './schema';

export interface LtvReportInput {
  currency: Currency;
  form: LtvForm;
  result: LtvResult;
}

/**
 * Rows of label, value pairs: inputs, results, then the month-by-month table. Amounts are plain numbers in major
 * units so spreadsheets can sum them; rates are percentages a spreadsheet reads as numbers.
 */
export function ltvReportRows({ currency, form, result: r }: LtvReportInput, t: Translate): CsvCell[][] {
  const major = (minor: number) => toMajor(minor, currency);
  const rows: CsvCell[][] = [[t('calc.input'), t('calc.value')]];
  rows.push([t('calc.currency'), currency]);
  rows.push([t('ltv.marginPerOrder'), major(form.marginPerOrder)]);
  rows.push([t('ltv.ordersPerYear'), form.ordersPerYear]);
  rows.push([t('ltv.source'), t(`ltv.source.${form.source}`)]);
  if (form.source === 'rate') {
    rows.push([t(form.ratePeriod === 'year' ? 'ltv.rate.year' : 'ltv.rate.month'), csvPercent(form.retentionRate, 2)]);
  } else {
    for (const [month, share] of form.cohort) rows.push([t('ltv.cohort.row', { month }), csvPercent(share, 2)]);
  }
  rows.push([t('ltv.horizonMonths'), form.horizonMonths]);
  rows.push([t('ltv.discountRate'), csvPercent(form.discountRate, 2)]);
  rows.push([t('ltv.acquisitionSpend'), major(form.acquisitionSpend)]);
  rows.push([t('ltv.newCustomers'), form.newCustomers]);
  rows.push([]);
  rows.push([t('calc.result'), t('calc.value')]);
  rows.push([t('ltv.result.ltv'), major(r.ltv)]);
  rows.push([t('ltv.result.discountedLtv'), major(r.discountedLtv)]);
  rows.push([t('ltv.result.cac'), r.cac === null ? '' : major(r.cac)]);
  rows.push([t('ltv.result.ratio'), r.ratio === null ? '' : Math.round(r.ratio * 100) / 100]);
  rows.push([t('ltv.result.payback'), r.paybackMonth === null ? t('ltv.result.noPayback') : r.paybackMonth]);
  rows.push([t('ltv.result.orders'), r.expectedOrders]);
  rows.push([]);
  rows.push([t('ltv.table.month'), t('ltv.table.survival'), t('ltv.table.margin'), t('ltv.table.cumulative'), t('ltv.table.discountedCumulative')]);
  for (const m of r.months) rows.push([m.month, csvPercent(m.survival, 2), major(m.margin), major(m.cumulative), major(m.discountedCumulative)]);
  return rows;
}

/** The CSV document for the customer value calculator. */
export function ltvCsv(input: LtvReportInput, t: Translate): string {
  return toCsv(ltvReportRows(input, t));
}
