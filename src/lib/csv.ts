/**
 * CSV that opens cleanly in Excel and WPS: UTF-8 with a byte-order mark, CRLF line ends, and text cells
 * that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) escaped with
 * a leading apostrophe.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, quoted when needed. Numbers are written as numbers; text is guarded against formula injection.
 * @example csvCell('=HYPERLINK("x")') //=> "\"'=HYPERLINK(\"\"x\"\")\""
 * @example csvCell(-5) //=> '-5'
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
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
