/**
 * A spreadsheet as plain data: sheets of cells, each a value or a formula with the value it gives for the
 * site's worked example (so a viewer that does not recalculate still shows the site's numbers). The
 * template builders return this; `src/templates/xlsx.ts` writes it, and nothing here knows the file format.
 */

/** How a number cell is shown: money in major units, a rate as a percentage, a whole count, or plain text. */
export type CellFormat = 'money' | 'percent' | 'count' | 'decimal' | 'text';

export interface FormulaCell {
  /** Excel formula without the leading `=`, in A1 references. */
  formula: string;
  /** What the formula gives for the worked example, computed by the site's own module. */
  value: number | string;
  format?: CellFormat;
}

export interface ValueCell {
  value: number | string | null;
  format?: CellFormat;
  /** A heading or a total: set in bold. */
  bold?: boolean;
  /** A cell the team fills in or changes: shaded, and left unlocked. */
  input?: boolean;
  /** A column heading: wrapped to its column's width. */
  wrap?: boolean;
}

export type Cell = ValueCell | FormulaCell | string | number | null;

export interface Sheet {
  /** Sheet tab name (at most 31 characters, none of []:*?/\). */
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: Cell[][];
  /** Rows and columns kept in view when scrolling. */
  freeze?: { rows: number; columns: number };
  /** Cells (A1) that only accept one of a few values, offered as a drop-down. */
  choices?: { cell: string; values: string[] }[];
}

export interface Workbook {
  title: string;
  sheets: Sheet[];
}

export function isFormula(cell: Cell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

/**
 * The column letters of a zero-based column index.
 * @example columnName(0) //=> 'A'
 * @example columnName(27) //=> 'AB'
 */
export function columnName(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * An A1 reference from a zero-based column and a one-based row; `absolute` pins both ($B$3).
 * @example ref(1, 3) //=> 'B3'
 * @example ref(1, 3, true) //=> '$B$3'
 */
export function ref(column: number, row: number, absolute = false): string {
  return absolute ? `$${columnName(column)}$${row}` : `${columnName(column)}${row}`;
}

/** Characters a sheet name may not hold, and its longest length, in Excel. */
const BAD_SHEET_CHARS = /[[\]:*?/\\]/g;
export function sheetName(name: string): string {
  return name.replace(BAD_SHEET_CHARS, ' ').slice(0, 31);
}

/** Money in minor units as the major units a spreadsheet shows (8100 → 81). */
export function major(minor: number, perMajor = 100): number {
  return minor / perMajor;
}
