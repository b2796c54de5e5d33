/** The promotion calculator's inputs and both promotions' results as CSV rows, labelled in the reader's language. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import { toMajor } from '../../money';
import { promotionResult, type Mechanism } from './core';
import { mechanismOf, promotionInput, type PromotionState } from './schema';

export interface ReportFormat {
  t: Translate;
  money: (minor: number) => string;
  pct: (rate: number, digits?: number) => string;
  /** The offer in words: "满¥300减¥50". */
  describe: (m: Mechanism) => string;
}

/**
 * Rows of inputs, the order bands with promotion A's discount on each, and the results of A and B side by
 * side. Amounts are plain numbers in major units so spreadsheets can sum them; the currency has its own row.
 */
export function promotionReportRows(s: PromotionState, f: ReportFormat): CsvCell[][] {
  const major = (minor: number) => toMajor(minor, s.currency);
  const { t } = f;
  const rows: CsvCell[][] = [[t('calc.input'), t('calc.value')]];
  rows.push([t('calc.currency'), s.currency]);
  rows.push([t('promotion.price'), major(s.price)]);
  rows.push([t('promotion.unitCost'), major(s.unitCost)]);
  rows.push([t('promotion.fixedFees'), major(s.fixedFees)]);
  for (const fee of s.fees) rows.push([`${t(`promotion.fee.${fee.label}`)} (${t(`promotion.feeBase.${fee.base}`)})`, csvPercent(fee.rate, 2)]);
  rows.push([t('promotion.vatRate'), csvPercent(s.vatRate, 2)]);
  rows.push([t('promotion.pricesIncludeVat'), s.pricesIncludeVat ? '✓' : '✗']);
  rows.push([t('promotion.baselineUnits'), s.baselineUnits]);
  rows.push([t('promotion.pulledForward'), csvPercent(s.pulledForward, 2)]);
  rows.push([t('promotion.cannibalisedUnits'), s.cannibalisedUnits]);
  rows.push([t('promotion.cannibalisedMargin'), major(s.cannibalisedMargin)]);
  rows.push([t('promotion.adSpend'), major(s.adSpend)]);
  rows.push([t('promotion.creativeCost'), major(s.creativeCost)]);
  rows.push([t('promotion.giftCost'), major(s.giftCost)]);

  const results = (['a', 'b'] as const).map((which) => promotionResult(promotionInput(s, which)));
  const [a] = results;
  rows.push([]);
  rows.push([t('promotion.band'), t('promotion.band.value'), t('promotion.band.items'), t('promotion.band.share'), t('promotion.band.discount'), t('promotion.band.rate')]);
  if (a?.ok) {
    a.store.bands.forEach((b, i) => rows.push([i + 1, major(b.value), b.items, csvPercent(b.share, 2), major(b.discount), csvPercent(b.rate, 2)]));
  }

  rows.push([]);
  rows.push([t('calc.result'), t('promotion.compare.a'), t('promotion.compare.b')]);
  const line = (label: string, cell: (r: Extract<(typeof results)[number], { ok: true }>, which: 'a' | 'b') => CsvCell) =>
    rows.push([label, ...results.map((r, i) => (r.ok ? cell(r, i === 0 ? 'a' : 'b') : t('promotion.invalid')))]);
  const uplift = (u: number | null) => (u === null ? t('promotion.none') : csvPercent(u, 2));
  line(t('promotion.mechanism'), (_, w) => f.describe(mechanismOf(s[w].offer)));
  line(t('promotion.uplift'), (_, w) => csvPercent(s[w].uplift, 2));
  line(t('promotion.result.rate'), (r) => csvPercent(r.discountRate, 2));
  line(t('promotion.result.simpleBreakEven'), (r) => uplift(r.simpleBreakEven.ok ? r.simpleBreakEven.uplift : null));
  line(t('promotion.result.breakEven'), (r) => uplift(r.breakEven));
  line(t('promotion.result.incrementalRevenue'), (r) => major(r.incrementalRevenue));
  line(t('promotion.result.incrementalProfit'), (r) => major(r.incrementalProfit));
  line(t('promotion.result.promotionCost'), (r) => major(r.promotionCost));
  line(t('promotion.result.roi'), (r) => (r.roi === null ? '' : csvPercent(r.roi, 2)));
  line(t('promotion.result.roas'), (r) => (r.roas === null ? '' : r.roas));
  line(t('promotion.result.verdict'), (r) => t(`promotion.verdict.${r.verdict}.title`));
  return rows;
}

/** The CSV document for the promotion calculator. */
export function promotionCsv(s: PromotionState, f: ReportFormat): string {
  return toCsv(promotionReportRows(s, f));
}
