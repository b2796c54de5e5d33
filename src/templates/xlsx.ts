/**
 * Writes a template workbook (`lib/templates/workbook.ts`) as .xlsx with exceljs. Runs at build time only:
 * the endpoints under `pages/[locale]/templates/` call it, and no page script imports it.
 */
import ExcelJS from 'exceljs';
import { isFormula, type CellFormat, type Workbook } from '../lib/templates/workbook';

const numberFormats: Record<CellFormat, string | undefined> = {
  money: '#,##0.00',
  percent: '0.00%',
  count: '#,##0',
  decimal: '0.00',
  text: '@',
};

/** A fixed date, so the same data gives the same file (and the same size on the templates page). */
const STAMP = new Date(Date.UTC(2026, 0, 1));

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * Lines a heading takes when wrapped in a column `width` characters wide: a CJK character is two characters
 * wide, and a character of each line is left for word breaks.
 */
function wrappedLines(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(units / Math.max(1, width - 2)));
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

export async function writeXlsx(book: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Playbook';
  wb.title = book.title;
  wb.created = STAMP;
  wb.modified = STAMP;
  // Ask every viewer to recalculate on open, so edited inputs and the cached example values never disagree.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: sheet.freeze ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
    });
    ws.columns = sheet.widths.map((width) => ({ width }));
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const target = row.getCell(c + 1);
        if (typeof cell !== 'object') {
          target.value = cell;
          return;
        }
        if (isFormula(cell)) {
          target.value = { formula: cell.formula, result: cell.value };
        } else {
          target.value = cell.value;
          if (cell.bold) target.font = { bold: true };
          if (cell.input) target.fill = INPUT_FILL;
          if (cell.wrap) target.alignment = { wrapText: true, vertical: 'top' };
        }
        const format = cell.format ? numberFormats[cell.format] : undefined;
        if (format) target.numFmt = format;
      });
      // A wrapped heading needs a row tall enough for its lines: viewers keep a row one line high unless told.
      const lines = cells.map((cell, c) =>
        cell && typeof cell === 'object' && !isFormula(cell) && cell.wrap && typeof cell.value === 'string' ? wrappedLines(cell.value, sheet.widths[c] ?? 10) : 1,
      );
      const tallest = Math.max(1, ...lines);
      if (tallest > 1) row.height = LINE_HEIGHT * tallest + 3;
      row.commit();
    });
    for (const choice of sheet.choices ?? []) {
      ws.getCell(choice.cell).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${choice.values.join(',')}"`] };
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
