/** The pricing calculator's inputs and results as CSV rows, labelled in the reader's language. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import { toMajor } from '../../money';
import { channelName } from '../../channel-name';
import type { Assumptions } from '../shared/schema';
import type { PricingForm } from './schema';
import type { ChannelRow, PriceBreakdown, TargetMarginResult } from './core';

export interface ReportFormat {
  t: Translate;
  money: (minor: number) => string;
  pct: (rate: number, digits?: number) => string;
  feeName: (label: string) => string;
}

export interface PricingReportInput {
  assumptions: Assumptions;
  form: PricingForm;
  solved: TargetMarginResult | null;
  breakdown: PriceBreakdown | null;
  rows: ChannelRow[];
}

/**
 * Rows of label, value pairs: inputs, results, the breakdown and the channel table. Amounts are written as
 * plain numbers in major units so spreadsheets can sum them; the currency has its own row.
 */
export function pricingReportRows(r: PricingReportInput, f: ReportFormat): CsvCell[][] {
  const { assumptions: a, form } = r;
  const major = (minor: number) => toMajor(minor, a.currency);
  const rows: CsvCell[][] = [[f.t('calc.input'), f.t('calc.value')]];
  rows.push([f.t('pricing.mode'), f.t(`pricing.mode.${form.mode}`)]);
  rows.push([f.t('calc.currency'), a.currency]);
  rows.push([f.t('pricing.unitCost'), major(a.unitCost)]);
  rows.push([f.t('pricing.fixedFees'), major(a.fixedFees)]);
  for (const fee of a.fees) rows.push([`${f.feeName(fee.label)} (${f.t(`pricing.feeBase.${fee.base}`)})`, csvPercent(fee.rate, 2)]);
  rows.push([f.t('pricing.vatRate'), csvPercent(a.vatRate, 2)]);
  rows.push([f.t('pricing.pricesIncludeVat'), a.pricesIncludeVat ? '✓' : '✗']);
  if (form.mode === 'margin') {
    rows.push([f.t('pricing.targetMargin'), csvPercent(form.targetMargin, 2)]);
    rows.push([f.t('pricing.ending'), f.t(`pricing.ending.${form.ending}`)]);
  } else {
    rows.push([f.t('pricing.price'), major(a.price)]);
  }
  rows.push([]);
  rows.push([f.t('calc.result'), f.t('calc.value')]);
  if (r.solved && !r.solved.ok) {
    rows.push([f.t('pricing.result.price'), f.t('pricing.channel.unreachable')]);
  }
  const b = r.breakdown;
  if (b) {
    rows.push([f.t('pricing.result.price'), major(b.price)]);
    if (r.solved?.ok) rows.push([f.t('pricing.result.minimumPrice'), major(r.solved.minimumPrice)]);
    rows.push([f.t('pricing.line.gross'), major(b.grossPrice)]);
    rows.push([f.t('pricing.line.vat'), major(b.vat)]);
    rows.push([f.t('pricing.line.net'), major(b.netPrice)]);
    for (const fee of b.fees) rows.push([f.feeName(fee.label), major(fee.amount)]);
    rows.push([f.t('pricing.line.profit'), major(b.profit)]);
    rows.push([f.t('pricing.result.margin'), b.margin === null ? '' : csvPercent(b.margin, 2)]);
    rows.push([f.t('pricing.result.markup'), b.markup === null ? '' : csvPercent(b.markup, 2)]);
  }
  rows.push([]);
  rows.push([
    f.t('pricing.channel.name'),
    f.t('pricing.channel.commission'),
    f.t('pricing.channel.paymentFee'),
    f.t('pricing.channel.fixedFee'),
    f.t('pricing.channel.vatRate'),
    f.t('pricing.channel.price'),
    f.t('pricing.channel.marginAt', { price: b ? f.money(b.price) : '' }),
  ]);
  for (const [i, row] of r.rows.entries()) {
    rows.push([
      channelName(f.t, row.channel.name, i),
      csvPercent(row.channel.commission, 2),
      csvPercent(row.channel.paymentFee, 2),
      major(row.channel.fixedFee),
      csvPercent(row.channel.vatRate, 2),
      row.solved.ok ? major(row.solved.breakdown.price) : f.t('pricing.channel.unreachable'),
      row.atPrice.margin === null ? '' : csvPercent(row.atPrice.margin, 2),
    ]);
  }
  return rows;
}

/** The CSV document for the pricing calculator. */
export function pricingCsv(r: PricingReportInput, f: ReportFormat): string {
  return toCsv(pricingReportRows(r, f));
}
