/**
 * Tables pasted from a spreadsheet (Excel, WPS, Numbers, Google Sheets) or a CSV file, read into typed,
 * validated rows. Each column brings its own parser; every problem is reported with the line it was on, the
 * column it was in and what was typed, so a calculator can say exactly which cell to fix. Never throws.
 *
 * What it accepts:
 * - cells separated by tabs (what spreadsheets put on the clipboard), semicolons (CSV in locales that write
 *   decimal commas) or commas; the first of these found outside quotes in the first row wins;
 * - quoted cells ("1,234.50", "say ""hi""") that may contain the separator or line breaks;
 * - CRLF, CR or LF line ends, a byte-order mark, blank lines and trailing empty cells (all ignored);
 * - a header row, skipped when none of its cells is a valid value and at least one contains a letter.
 * Pure: no DOM, no locale; messages are filled from templates the caller provides.
 */
import { parseField, type FieldSpec } from './fields';

export type Delimiter = '\t' | ';' | ',';

export interface CellError {
  /** What went wrong; number columns use the codes of `parseField`: empty, invalid, range, integer. */
  code: string;
  min?: number;
  max?: number;
}
export type CellResult<T> = { ok: true; value: T } | { ok: false; error: CellError };

export interface PasteColumn<T> {
  /** Names the column in issues; the caller maps it to a label. */
  key: string;
  /** Reads one trimmed cell. */
  parse: (raw: string) => CellResult<T>;
  /** Refuse a value already given in an earlier row (compared with `String(value)`). */
  unique?: boolean;
}

/** Row-level issues; cell-level issues carry the column parser's code, or `duplicate`. */
export type RowIssueCode = 'columns' | 'quote' | 'too-many-rows' | 'too-long';

export interface PasteIssue {
  /** Line of the pasted text where the row starts (1 = first line); 0 for the text as a whole. */
  line: number;
  /** The column's key for cell issues, `null` for row issues. */
  column: string | null;
  code: string;
  /** What was typed, shortened to 24 characters, control characters blanked. */
  raw: string;
  min?: number;
  max?: number;
  /** For `columns`: how many cells were expected and found. For `duplicate`: the line of the first one. */
  expected?: number;
  found?: number;
}

export interface PasteResult<T extends readonly unknown[]> {
  /** Rows whose every cell is valid, in the order pasted. */
  rows: { line: number; values: T }[];
  issues: PasteIssue[];
  delimiter: Delimiter;
  /** Whether the first row was taken as column headings. */
  header: boolean;
  /** Data rows read, valid or not (header and blank lines not counted). */
  read: number;
}

export interface PasteOptions {
  /** Most data rows read; later rows give one `too-many-rows` issue. Default 1 000. */
  maxRows?: number;
  /** Longest text accepted, in characters. Default 200 000. */
  maxLength?: number;
}

interface RawRecord {
  line: number;
  cells: string[];
  unterminated: boolean;
}

const EXCERPT = 24;

/** A short, printable excerpt of what was typed, for messages. */
function excerpt(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const chars = [...clean];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : clean;
}

/**
 * The separator of a pasted table: tab, else semicolon, else comma, looking outside quotes in the first
 * non-blank line.
 * @example detectDelimiter('2026-06-18\t1234.5\n') //=> '\t'
 * @example detectDelimiter('"1,5";2\n') //=> ';'
 * @example detectDelimiter('day,amount') //=> ','
 */
export function detectDelimiter(text: string): Delimiter {
  let inQuotes = false;
  let seenSemicolon = false;
  let seenComma = false;
  let started = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (started) break;
    } else if (!inQuotes && ch === '\t') return '\t';
    else if (!inQuotes && ch === ';') seenSemicolon = true;
    else if (!inQuotes && ch === ',') seenComma = true;
    if (ch.trim() !== '') started = true;
  }
  return seenSemicolon ? ';' : seenComma ? ',' : '\t';
}

/**
 * Splits text into records of cells, honouring quotes (a quoted cell may hold the separator, doubled quotes
 * and line breaks). Records remember the line they start on. Blank records are dropped.
 * @example splitRecords('a,"b,c"\r\n\r\n"x""y",z', ',').map((r) => r.cells) //=> [['a', 'b,c'], ['x"y', 'z']]
 */
export function splitRecords(text: string, delimiter: Delimiter): RawRecord[] {
  const records: RawRecord[] = [];
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let cellStart = true;
  const endRecord = (unterminated: boolean) => {
    cells.push(cell);
    const trimmed = cells.map((c) => c.trim());
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
    if (trimmed.length > 0 || unterminated) records.push({ line: recordLine, cells: trimmed, unterminated });
    cells = [];
    cell = '';
    cellStart = true;
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cellStart && cell.trim() === '') {
      cell = '';
      inQuotes = true;
      cellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStart = true;
    } else if (ch === '\n') {
      endRecord(false);
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch.trim() !== '') cellStart = false;
    }
  }
  endRecord(inQuotes);
  return records;
}

/**
 * A column of numbers typed the way people type them (see `parseField`), optionally converted (e.g. to
 * minor units).
 * @example numberColumn('amount', { kind: 'money', min: 0, max: 1e9 }).parse('¥1,234.50') //=> { ok: true, value: 1234.5 }
 * @example numberColumn('amount', { kind: 'money', min: 0, max: 1e9 }).parse('-5').ok //=> false
 */
export function numberColumn(key: string, spec: FieldSpec, convert: (n: number) => number = (n) => n): PasteColumn<number> {
  return {
    key,
    parse: (raw) => {
      const r = parseField(raw, spec);
      return r.ok ? { ok: true, value: convert(r.value) } : { ok: false, error: r.error };
    },
  };
}

/**
 * Reads pasted text into rows of typed values, one parser per column, and lists every problem. A row is kept
 * only when all its cells are valid; the others are reported, cell by cell.
 * @example
 * const r = parsePastedTable<[number, number]>('day\tamount\n1\t100\n2\tabc\n',
 *   [numberColumn('day', { kind: 'count', min: 1, max: 31, integer: true }), numberColumn('amount', { kind: 'money', min: 0, max: 1e9 })]);
 * [r.header, r.rows, r.issues[0].line, r.issues[0].column, r.issues[0].code]
 * //=> [true, [{ line: 2, values: [1, 100] }], 3, 'amount', 'invalid']
 */
export function parsePastedTable<T extends readonly unknown[]>(
  text: string,
  columns: { readonly [K in keyof T]: PasteColumn<T[K]> },
  options: PasteOptions = {},
): PasteResult<T> {
  const maxRows = options.maxRows ?? 1000;
  const maxLength = options.maxLength ?? 200_000;
  const cols = columns as readonly PasteColumn<unknown>[];
  const result: PasteResult<T> = { rows: [], issues: [], delimiter: '\t', header: false, read: 0 };
  if (typeof text !== 'string') return result;
  if (text.length > maxLength) {
    result.issues.push({ line: 0, column: null, code: 'too-long', raw: '', max: maxLength });
    return result;
  }
  result.delimiter = detectDelimiter(text);
  const records = splitRecords(text, result.delimiter);
  const seen = cols.map(() => new Map<string, number>());

  records.forEach((record, index) => {
    const parsed = cols.map((col, j) => (j < record.cells.length ? col.parse(record.cells[j]!) : null));
    if (index === 0 && !record.unterminated && parsed.every((p) => p === null || !p.ok) && record.cells.some((c) => /\p{L}/u.test(c))) {
      result.header = true;
      return;
    }
    if (result.read >= maxRows) {
      if (result.read === maxRows) result.issues.push({ line: record.line, column: null, code: 'too-many-rows', raw: '', max: maxRows });
      result.read++;
      return;
    }
    result.read++;
    if (record.unterminated) {
      result.issues.push({ line: record.line, column: null, code: 'quote', raw: excerpt(record.cells.join(' ')) });
      return;
    }
    if (record.cells.length !== cols.length) {
      result.issues.push({ line: record.line, column: null, code: 'columns', raw: excerpt(record.cells.join(' ')), expected: cols.length, found: record.cells.length });
      return;
    }
    let valid = true;
    const values: unknown[] = [];
    cols.forEach((col, j) => {
      const p = parsed[j]!;
      const raw = record.cells[j]!;
      if (!p.ok) {
        valid = false;
        result.issues.push({ line: record.line, column: col.key, raw: excerpt(raw), ...p.error });
        return;
      }
      if (col.unique) {
        const key = String(p.value);
        const first = seen[j]!.get(key);
        if (first !== undefined) {
          valid = false;
          result.issues.push({ line: record.line, column: col.key, code: 'duplicate', raw: excerpt(raw), found: first });
          return;
        }
      }
      values.push(p.value);
    });
    if (!valid) return;
    cols.forEach((col, j) => {
      if (col.unique) seen[j]!.set(String(values[j]), record.line);
    });
    result.rows.push({ line: record.line, values: values as unknown as T });
  });
  return result;
}

/**
 * Fills a message template for an issue: `{line}`, `{column}`, `{value}`, `{min}`, `{max}`, `{expected}` and
 * `{found}` are replaced; unknown placeholders are left as they are.
 * @example
 * pasteIssueMessage({ line: 3, column: 'amount', code: 'invalid', raw: 'abc' }, 'Line {line}, {column}: “{value}” is not a number.', () => 'Amount', String)
 * //=> 'Line 3, Amount: “abc” is not a number.'
 */
export function pasteIssueMessage(
  issue: PasteIssue,
  template: string,
  columnLabel: (key: string) => string,
  formatBound: (n: number) => string,
): string {
  const values: Record<string, string> = {
    line: String(issue.line),
    column: issue.column === null ? '' : columnLabel(issue.column),
    value: issue.raw,
  };
  if (issue.min !== undefined) values.min = formatBound(issue.min);
  if (issue.max !== undefined) values.max = formatBound(issue.max);
  if (issue.expected !== undefined) values.expected = String(issue.expected);
  if (issue.found !== undefined) values.found = String(issue.found);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
