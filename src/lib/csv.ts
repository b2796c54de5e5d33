/**
 * CSV that opens cleanly in Excel and WPS: UTF-8 with a byte-order mark, CRLF line ends, and text cells
 * that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) escaped with
 * a leading apostrophe.
 */
/** A rate written as a percentage a spreadsheet reads as a number (`-0.81%`), never escaped as text. */
export interface CsvPercent {
  readonly rate: number;
  readonly digits: number;
}
export type CsvCell = string | number | CsvPercent | null | undefined;

/**
 * A percentage cell: the rate rounded to `digits` decimals of a percent, written with a dot and a % sign, which
 * Excel and WPS read as a number (negative or not), so it needs no guard against formulas.
 * @example csvCell(csvPercent(-0.0081, 2)) //=> '-0.81%'
 */
export function csvPercent(rate: number, digits = 2): CsvPercent {
  return { rate, digits };
}

function percentText({ rate, digits }: CsvPercent): string {
  if (!Number.isFinite(rate)) return '';
  const d = Number.isInteger(digits) && digits >= 0 && digits <= 6 ? digits : 2;
  // The same rounding as formatPercent on screen: to `d` decimals of a percent.
  const scale = 10 ** (d + 2);
  const shown = Math.round(rate * scale);
  const text = (shown / 10 ** d).toFixed(d);
  return shown === 0 ? `${(0).toFixed(d)}%` : `${text}%`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, quoted when needed. Numbers and percentages are written as numbers, negative ones included; only
 * text is guarded against formula injection.
 * @example csvCell('=HYPERLINK("x")') //=> "\"'=HYPERLINK(\"\"x\"\")\""
 * @example csvCell(-5) //=> '-5'
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
  if (typeof value === 'object') return percentText(value);
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document, starting with the UTF-8 byte-order mark.
 * @example toCsv([['a', 1], ['b', 2]]) //=> '\uFEFFa,1\r\nb,2\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
