/**
 * The CSV of a calculator's saved scenarios (`lib/scenarios.ts`), apart so that the scenarios part loads it
 * only when the reader downloads it.
 */
import type { FigureKind, KeyFigure } from './calc/shared/key-figures';
import { csvPercent, toCsv, type CsvCell } from './csv';
import { noNegativeZero, toMajor, type Currency } from './money';

/** The words and formats a scenarios CSV is written with, in the reader's language. */
export interface ScenariosCsvFormat {
  name: string;
  savedAt: string;
  currency: string;
  /** The label of a key figure's column. */
  figure: (id: string) => string;
  /** What an unread item's row says. */
  unread: string;
}

/**
 * Every saved scenario of a calculator as CSV rows: one row each, with its name, the date it was saved, its
 * currency and its key figures (money in major units, rates as percentages, a missing figure empty). The
 * currency column is left out when no figure is money (stock counts items and days): a currency there would
 * claim a unit that no number in the file has. Unread items are listed too, by the name they still have, so
 * the file shows that they exist.
 */
export function scenariosCsvRows(
  items: readonly { name: string; savedAt: string | null; currency: Currency | null; figures: readonly KeyFigure[] | null }[],
  f: ScenariosCsvFormat,
): CsvCell[][] {
  const order: { id: string }[] = [];
  for (const item of items) for (const fig of item.figures ?? []) if (!order.some((o) => o.id === fig.id)) order.push(fig);
  const withMoney = items.some((item) => item.figures?.some((fig) => fig.kind === 'money'));
  const currencyCell = (value: CsvCell): CsvCell[] => (withMoney ? [value] : []);
  const rows: CsvCell[][] = [[f.name, f.savedAt, ...currencyCell(f.currency), ...order.map((o) => f.figure(o.id))]];
  for (const item of items) {
    if (!item.figures || !item.currency) {
      rows.push([item.name, item.savedAt ?? '', ...currencyCell(''), f.unread]);
      continue;
    }
    const currency = item.currency;
    rows.push([
      item.name,
      item.savedAt ?? '',
      ...currencyCell(currency),
      ...order.map(({ id }) => {
        const fig = item.figures?.find((x) => x.id === id);
        if (!fig || fig.value === null) return null;
        return cellOf(fig.kind, fig.value, currency);
      }),
    ]);
  }
  return rows;
}

function cellOf(kind: FigureKind, value: number, currency: Currency): CsvCell {
  if (kind === 'money') return toMajor(value, currency);
  if (kind === 'rate') return csvPercent(value, 2);
  return noNegativeZero(value);
}

/** The CSV document of a calculator's saved scenarios (BOM, CRLF, formulas escaped: `lib/csv.ts`). */
export function scenariosCsv(...args: Parameters<typeof scenariosCsvRows>): string {
  return toCsv(scenariosCsvRows(...args));
}
