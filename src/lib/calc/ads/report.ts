/** The paid-traffic calculator's inputs and results as CSV rows, labelled in the reader's language. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import { toMajor, type Currency } from '../../money';
import type { AdsForm } from './schema';
import type { AdsPlan } from './core';

export interface AdsReportInput {
  currency: Currency;
  form: AdsForm;
  plan: AdsPlan;
}

/** A ratio (ROAS, ROI) to four decimals, as a plain number a spreadsheet can compute with. */
const ratio = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * Rows of label, value pairs: inputs, results, the planned spend's outcome and the bid table. Amounts are plain
 * numbers in major units so spreadsheets can sum them; the currency has its own row. A figure that does not
 * exist (no break-even without margin) is an empty cell.
 */
export function adsReportRows(r: AdsReportInput, t: Translate): CsvCell[][] {
  const { form, plan } = r;
  const major = (minor: number) => toMajor(minor, r.currency);
  const rows: CsvCell[][] = [[t('calc.input'), t('calc.value')]];
  rows.push([t('calc.currency'), r.currency]);
  rows.push([t('ads.margin'), csvPercent(form.contributionMarginBeforeAds, 2)]);
  rows.push([t('ads.aov'), major(form.aov)]);
  rows.push([t('ads.conversionRate'), csvPercent(form.conversionRate, 2)]);
  rows.push([t('ads.targetRoas'), ratio(form.targetRoas)]);
  rows.push([t('ads.refundRate'), csvPercent(form.refundRate, 2)]);
  rows.push([t('ads.gmvGoal'), major(form.gmvGoal)]);
  rows.push([t('ads.plannedSpend'), major(form.plannedSpend)]);
  rows.push([]);
  rows.push([t('calc.result'), t('calc.value')]);
  rows.push([t('ads.result.breakEvenRoas'), plan.breakEvenRoas === null ? '' : ratio(plan.breakEvenRoas)]);
  rows.push([t('ads.result.breakEvenAcos'), plan.breakEvenAcos === null ? '' : csvPercent(plan.breakEvenAcos, 2)]);
  rows.push([t('ads.result.breakEvenGrossRoi'), plan.breakEvenGrossRoi === null ? '' : ratio(plan.breakEvenGrossRoi)]);
  rows.push([t('ads.result.grossRoi'), ratio(plan.grossRoi)]);
  rows.push([t('ads.result.netRoi'), ratio(plan.netRoi)]);
  rows.push([t('ads.result.maxCpc'), major(plan.maxCpc)]);
  rows.push([t('ads.result.maxCpcAtTarget'), major(plan.maxCpcAtTarget)]);
  rows.push([t('ads.result.budgetForGoal'), major(plan.budgetForGoal)]);
  rows.push([]);
  rows.push([t('ads.spend.title'), t('calc.value')]);
  rows.push([t('ads.spend.spend'), major(plan.atPlannedSpend.spend)]);
  rows.push([t('ads.spend.gmv'), major(plan.atPlannedSpend.gmv)]);
  rows.push([t('ads.spend.keptGmv'), major(plan.atPlannedSpend.keptGmv)]);
  rows.push([t('ads.spend.contribution'), major(plan.atPlannedSpend.contribution)]);
  rows.push([t('ads.spend.profit'), major(plan.atPlannedSpend.profit)]);
  rows.push([]);
  rows.push([t('ads.bids.conversionRate'), t('ads.bids.maxCpc'), t('ads.bids.maxCpcAtTarget')]);
  for (const row of plan.bidTable) rows.push([csvPercent(row.conversionRate, 2), major(row.maxCpc), major(row.maxCpcAtTarget)]);
  return rows;
}

/** The CSV document for the paid-traffic calculator. */
export function adsCsv(r: AdsReportInput, t: Translate): string {
  return toCsv(adsReportRows(r, t));
}
